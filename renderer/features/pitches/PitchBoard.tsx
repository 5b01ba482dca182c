// The stage board: one column per open stage, closed pitches apart in a strip below. A pitch moves by dragging it
// (mouse, or keyboard: Space to pick up, ←/→ between stages, ↓ to the closed strip, Space to drop) or from its menu.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type ClientRect,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { closedPitchStages, openPitchStages } from '@shared/model/pitch';
import { pipelineTotals, type OpenStage } from '@shared/metrics/pitch-pipeline';
import { Badge, pitchStageTone } from '../../components/Badge';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import { MenuButton } from './MenuButton';
import type { PitchRow } from './pitch-rows';

/** The drop zone of the closed strip: dropping a pitch there asks for its outcome. */
export const CLOSED_ZONE = 'closed';

type Zone = { id: string; rect: ClientRect };

/**
 * Keyboard moves jump a whole column (the default moves 25 px, which takes a dozen presses to cross one): ←/→ go to
 * the neighbouring stage, ↓ to the closed strip, ↑ back up. The current column is found from where the card is now,
 * so quick presses never act on a stale "over".
 */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const zones: Zone[] = [];
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (rect) zones.push({ id: String(container.id), rect });
  }
  const columns = zones.filter((z) => z.id !== CLOSED_ZONE).sort((a, b) => a.rect.left - b.rect.left);
  const closed = zones.find((z) => z.id === CLOSED_ZONE);
  if (columns.length === 0) return undefined;
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  let index = columns.findIndex((c) => cx >= c.rect.left && cx <= c.rect.left + c.rect.width);
  if (index < 0) {
    const distances = columns.map((c) => Math.abs(c.rect.left + c.rect.width / 2 - cx));
    index = distances.indexOf(Math.min(...distances));
  }
  const inClosed = closed !== undefined && cy >= closed.rect.top;
  const inColumn = (zone: Zone) => ({ x: zone.rect.left + (zone.rect.width - collisionRect.width) / 2, y: zone.rect.top + 44 });
  switch (event.code) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      if (inClosed) return undefined;
      const next = columns[Math.max(0, Math.min(columns.length - 1, index + (event.code === 'ArrowRight' ? 1 : -1)))];
      return next ? inColumn(next) : undefined;
    }
    case 'ArrowDown':
      return closed && !inClosed ? { x: collisionRect.left, y: closed.rect.top + 4 } : undefined;
    case 'ArrowUp': {
      const column = columns[index];
      return inClosed && column ? inColumn(column) : undefined;
    }
    default:
      return undefined;
  }
};

/** The pointer decides where a mouse drag is; a keyboard drag has no pointer, so the card's overlap decides. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

type Props = {
  open: PitchRow[];
  closedCounts: Record<(typeof closedPitchStages)[number], number>;
  onMove: (row: PitchRow, stage: OpenStage) => void;
  onClose: (row: PitchRow) => void;
  onShowClosed: (stage: (typeof closedPitchStages)[number]) => void;
};

export function PitchBoard({ open, closedCounts, onMove, onClose, onShowClosed }: Props) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<PitchRow | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }));
  const byStage = useMemo(() => {
    const map = new Map<OpenStage, PitchRow[]>(openPitchStages.map((s) => [s, []]));
    const sorted = [...open].sort((a, b) => (a.pitchDate ?? '9999') < (b.pitchDate ?? '9999') ? -1 : (a.pitchDate ?? '9999') > (b.pitchDate ?? '9999') ? 1 : a.title.localeCompare(b.title, 'zh-CN'));
    for (const row of sorted) map.get(row.stage as OpenStage)?.push(row);
    return map;
  }, [open]);

  const rowOf = (id: string | number) => open.find((row) => row.id === String(id));
  const zoneName = (id: string | number | undefined) => (id === undefined ? '' : id === CLOSED_ZONE ? t('pitches.board.closedZone') : t(`enums.pitchStage.${String(id) as OpenStage}`));
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('pitches.board.pickedUp', { title: rowOf(active.id)?.title ?? '' }),
    onDragOver: ({ active, over }) => (over ? t('pitches.board.over', { title: rowOf(active.id)?.title ?? '', zone: zoneName(over.id) }) : t('pitches.board.overNothing', { title: rowOf(active.id)?.title ?? '' })),
    onDragEnd: ({ active, over }) => (over ? t('pitches.board.dropped', { title: rowOf(active.id)?.title ?? '', zone: zoneName(over.id) }) : t('pitches.board.cancelled', { title: rowOf(active.id)?.title ?? '' })),
    onDragCancel: ({ active }) => t('pitches.board.cancelled', { title: rowOf(active.id)?.title ?? '' }),
  };

  const onDragStart = (event: DragStartEvent) => setDragging(rowOf(event.active.id) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const row = rowOf(event.active.id);
    const target = event.over?.id;
    if (!row || target === undefined) return;
    if (target === CLOSED_ZONE) onClose(row);
    else if (target !== row.stage) onMove(row, target as OpenStage);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('pitches.board.instructions') } }}
    >
      <div className="board" aria-label={t('pitches.board.label')} role="group">
        <div className="board-columns">
          {openPitchStages.map((stage) => (
            <BoardColumn key={stage} stage={stage} rows={byStage.get(stage) ?? []} onMove={onMove} onClose={onClose} />
          ))}
        </div>
        <ClosedStrip counts={closedCounts} onShow={onShowClosed} />
      </div>
      <DragOverlay dropAnimation={null}>{dragging ? <CardBody row={dragging} overlay /> : null}</DragOverlay>
    </DndContext>
  );
}

function BoardColumn({ stage, rows, onMove, onClose }: { stage: OpenStage; rows: PitchRow[]; onMove: Props['onMove']; onClose: Props['onClose'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const [total, ...others] = pipelineTotals(rows);
  const label = t(`enums.pitchStage.${stage}`);
  return (
    <section ref={setNodeRef} className={`board-column${isOver ? ' is-over' : ''}`} aria-label={label}>
      <header className="board-column-head">
        <h3 title={label}>{label}</h3>
        <span className="board-count num">
          <span aria-hidden="true">{rows.length}</span>
          <span className="visually-hidden">{t('pitches.board.count', { count: rows.length })}</span>
        </span>
        <p className="board-sum num" title={t('pitches.board.weightedHint')}>
          {total ? `${formatMoney(total.weighted, total.currency, language)}${others.length > 0 ? ' +' : ''}` : '\u00a0'}
        </p>
      </header>
      <ul className="board-cards" aria-label={t('pitches.board.cardsIn', { stage: label })}>
        {rows.map((row) => (
          <li key={row.id}>
            <BoardCard row={row} onMove={onMove} onClose={onClose} />
          </li>
        ))}
      </ul>
      {rows.length === 0 && <p className="board-empty">{t('pitches.board.emptyColumn')}</p>}
    </section>
  );
}

function BoardCard({ row, onMove, onClose }: { row: PitchRow; onMove: Props['onMove']; onClose: Props['onClose'] }) {
  const { t } = useTranslation();
  const stageLabel = t(`enums.pitchStage.${row.stage}`);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: row.id, attributes: { roleDescription: t('pitches.board.roleDescription') } });
  const items = [
    ...openPitchStages
      .filter((stage) => stage !== row.stage)
      .map((stage) => ({ key: stage, label: t('pitches.board.moveTo', { stage: t(`enums.pitchStage.${stage}`) }), onSelect: () => onMove(row, stage) })),
    { key: 'outcome', label: t('pitches.board.recordOutcome'), onSelect: () => onClose(row), separatorBefore: true },
  ];
  return (
    <article ref={setNodeRef} className={`board-card${isDragging ? ' is-dragging' : ''}${row.stalled ? ' is-stalled' : ''}`} aria-label={row.title}>
      <div className="board-card-top">
        <button type="button" className="drag-handle" aria-label={t('pitches.board.dragHandle', { title: row.title, stage: stageLabel })} {...attributes} {...listeners}>
          <GripIcon />
        </button>
        <Link href={`/pitches/${row.id}`} className="board-card-title">{row.title}</Link>
        <MenuButton label={t('pitches.board.menu', { title: row.title })} items={items} className="board-card-menu">
          <span aria-hidden="true">⋯</span>
        </MenuButton>
      </div>
      <CardDetails row={row} />
    </article>
  );
}

/** What the drag overlay shows: the card's text without its controls. */
function CardBody({ row, overlay = false }: { row: PitchRow; overlay?: boolean }) {
  return (
    <div className={`board-card${overlay ? ' is-overlay' : ''}`} aria-hidden="true">
      <div className="board-card-top">
        <span className="drag-handle"><GripIcon /></span>
        <span className="board-card-title">{row.title}</span>
      </div>
      <CardDetails row={row} />
    </div>
  );
}

function CardDetails({ row }: { row: PitchRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <p className="board-card-account">
        {row.accountName}
        {row.accountStatus === 'prospect' && <span className="tag">{t('enums.accountStatus.prospect')}</span>}
      </p>
      <p className="board-card-meta">
        {t(`pitches.typeShort.${row.type}`)}
        {row.pitchDate && <span className="num"> · {formatDate(row.pitchDate, language)}</span>}
      </p>
      <p className="board-card-meta num">
        {row.estimatedAnnualFee === null ? t('pitches.noFee') : formatMoney(row.estimatedAnnualFee, row.currency, language)}
        {' · '}
        {t('pitches.board.probability', { value: row.probability })}
      </p>
      {(row.ownerName || row.stalled || row.prep.overdue > 0) && (
        <p className="board-card-flags">
          {row.ownerName && <span className="board-owner">{row.ownerName}</span>}
          {row.stalled && <Badge tone="warn">{t('pitches.idle', { days: row.idleDays })}</Badge>}
          {row.prep.overdue > 0 && <Badge tone="danger">{t('pitches.prepOverdue', { count: row.prep.overdue })}</Badge>}
        </p>
      )}
    </>
  );
}

function ClosedStrip({ counts, onShow }: { counts: Props['closedCounts']; onShow: Props['onShowClosed'] }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: CLOSED_ZONE });
  return (
    <section ref={setNodeRef} className={`board-closed${isOver ? ' is-over' : ''}`} aria-label={t('pitches.board.closedZone')}>
      <h3>{t('pitches.board.closedZone')}</h3>
      <ul className="board-closed-list">
        {closedPitchStages.map((stage) => (
          <li key={stage}>
            <button type="button" className="closed-chip" onClick={() => onShow(stage)} aria-label={t('pitches.board.showClosed', { stage: t(`enums.pitchStage.${stage}`), count: counts[stage] })}>
              <Badge tone={pitchStageTone(stage)}>{t(`enums.pitchStage.${stage}`)}</Badge>
              <span className="num">{counts[stage]}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="board-closed-hint">{t('pitches.board.closedHint')}</p>
    </section>
  );
}

function GripIcon() {
  return (
    <svg width="12" height="16" viewBox="0 0 12 16" aria-hidden="true" fill="currentColor">
      {[3, 8, 13].flatMap((y) => [<circle key={`a${y}`} cx="3.5" cy={y} r="1.4" />, <circle key={`b${y}`} cx="8.5" cy={y} r="1.4" />])}
    </svg>
  );
}
