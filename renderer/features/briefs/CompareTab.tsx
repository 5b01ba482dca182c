// Comparing any two versions (or a version and the unsaved brief) field by field, with the changed words highlighted.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefContent, BriefTemplate, BriefVersion } from '@shared/model/brief';
import { diffBriefContent, type DiffPart, type FieldChange, type RowStatus } from '@shared/metrics/brief-diff';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import { useSectionLabels } from './section-labels';

export const DRAFT = 'draft';

type Props = {
  versions: readonly BriefVersion[];
  /** The brief as it stands, when it differs from the latest version (null otherwise or when invalid). */
  draft: BriefContent | null;
  template: Pick<BriefTemplate, 'id' | 'sections'> | null;
  approvedVersion: number | null;
  initial?: { from: string; to: string };
};

/** Sensible first pair: the approved (or previous) version against the newest state. */
export function defaultPair(versions: readonly BriefVersion[], hasDraft: boolean, approvedVersion: number | null): { from: string; to: string } {
  const latest = versions[versions.length - 1];
  const to = hasDraft ? DRAFT : latest ? String(latest.number) : DRAFT;
  const toNumber = to === DRAFT ? Number.POSITIVE_INFINITY : Number(to);
  const from = approvedVersion !== null && approvedVersion < toNumber ? approvedVersion : to === DRAFT ? latest?.number : versions[versions.length - 2]?.number;
  return { from: from !== undefined ? String(from) : (latest ? String(latest.number) : DRAFT), to };
}

export function CompareTab({ versions, draft, template, approvedVersion, initial }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [pair, setPair] = useState(() => initial ?? defaultPair(versions, draft !== null, approvedVersion));
  const { fieldLabel } = useSectionLabels(template);

  const contentOf = (key: string): BriefContent | null => (key === DRAFT ? draft : (versions.find((v) => String(v.number) === key)?.content ?? null));
  const before = contentOf(pair.from);
  const after = contentOf(pair.to);
  const changes = useMemo(() => (before && after ? diffBriefContent(before, after, language) : []), [before, after, language]);

  if (versions.length === 0) return <p className="section-hint">{t('briefs.compare.needTwo')}</p>;

  const options = (
    <>
      {versions.map((v) => <option key={v.number} value={String(v.number)}>{t('briefs.compare.versionOption', { n: v.number })}</option>)}
      {draft && <option value={DRAFT}>{t('briefs.compare.draft')}</option>}
    </>
  );

  return (
    <div className="compare stack">
      <div className="card card-section">
        <p className="section-hint">{t('briefs.compare.hint')}</p>
        <div className="compare-pickers">
          <label className="field">
            <span className="field-label">{t('briefs.compare.from')}</span>
            <select value={pair.from} onChange={(e) => setPair((p) => ({ ...p, from: e.target.value }))}>{options}</select>
          </label>
          <button type="button" className="button" onClick={() => setPair((p) => ({ from: p.to, to: p.from }))}>⇄ {t('briefs.compare.swap')}</button>
          <label className="field">
            <span className="field-label">{t('briefs.compare.to')}</span>
            <select value={pair.to} onChange={(e) => setPair((p) => ({ ...p, to: e.target.value }))}>{options}</select>
          </label>
        </div>
      </div>
      <div className="card card-section" aria-live="polite">
        {changes.length === 0 ? (
          <p className="section-hint compare-same">{t('briefs.compare.same')}</p>
        ) : (
          <>
            <p className="compare-summary"><strong>{t('briefs.compare.summary', { count: changes.length })}</strong> <span className="section-hint">{t('briefs.compare.legend')}</span></p>
            <ol className="change-list">
              {changes.map((change) => (
                <li key={change.field} className="change">
                  <h4 className="change-field">{fieldLabel(change.field)}</h4>
                  <ChangeBody change={change} before={before} after={after} />
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}

export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation();
  if (parts.length === 0) return <span className="diff-empty">{t('briefs.compare.emptyValue')}</span>;
  return (
    <span className="diff-text">
      {parts.map((part, index) =>
        part.change === 'added' ? (
          <ins key={index} className="diff-add"><span className="visually-hidden">{t('briefs.compare.addedPrefix')}</span>{part.text}</ins>
        ) : part.change === 'removed' ? (
          <del key={index} className="diff-del"><span className="visually-hidden">{t('briefs.compare.removedPrefix')}</span>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}

function Replaced({ before, after }: { before: string; after: string }) {
  const parts: DiffPart[] = [];
  if (before) parts.push({ text: before, change: 'removed' });
  if (before && after) parts.push({ text: ' → ', change: 'same' });
  if (after) parts.push({ text: after, change: 'added' });
  return <DiffText parts={parts} />;
}

const statusLabel = (status: RowStatus) => (status === 'added' ? 'added' : status === 'removed' ? 'removed' : 'changed') as 'added' | 'removed' | 'changed';

function ChangeBody({ change, before, after }: { change: FieldChange; before: BriefContent | null; after: BriefContent | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  switch (change.kind) {
    case 'value':
      return <Replaced before={formatMoney(change.before, before?.currency ?? 'CNY', language)} after={formatMoney(change.after, after?.currency ?? 'CNY', language)} />;
    case 'text':
      if (change.field === 'briefDate' || change.field === 'presentationDate') return <Replaced before={formatDate(change.before, language)} after={formatDate(change.after, language)} />;
      return <p className="pre-wrap change-text"><DiffText parts={change.parts} /></p>;
    case 'list':
      return (
        <ol className="change-items">
          {change.items.filter((item) => item.status !== 'same').map((item) => (
            <li key={item.index} value={item.index + 1}>
              <span className={`row-status row-${item.status}`}>{t(`briefs.compare.${statusLabel(item.status)}`)}</span>
              <DiffText parts={item.parts} />
            </li>
          ))}
        </ol>
      );
    case 'rows': {
      const columns = change.field === 'deliverables' ? (['media', 'format', 'quantity', 'spec', 'dueOn'] as const) : (['label', 'date', 'owner'] as const);
      const labelOf = (key: string) => (change.field === 'deliverables' ? t(`briefs.editor.deliverableColumns.${key as 'media'}`) : t(`briefs.editor.timelineColumns.${key as 'label'}`));
      const rows = change.rows.filter((row) => row.status !== 'same');
      return (
        <>
          {change.reordered && <p className="section-hint">{t('briefs.compare.reordered')}</p>}
          {rows.length > 0 && (
            <table className="plain-table change-rows">
              <thead>
                <tr>
                  <th scope="col"><span className="visually-hidden">{t('briefs.compare.changed')}</span></th>
                  {columns.map((key) => <th key={key} scope="col">{labelOf(key)}</th>)}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td><span className={`row-status row-${row.status}`}>{t(`briefs.compare.${statusLabel(row.status)}`)}</span></td>
                    {columns.map((key) => {
                      if (key === 'dueOn' || key === 'date') {
                        // Dates are compared whole: a word diff of "2026-04-15" would mark digits, not days.
                        const value = (side: 'before' | 'after') => {
                          const r = row[side] as Record<string, unknown> | null;
                          return formatDate(typeof r?.[key] === 'string' ? (r[key] as string) : null, language);
                        };
                        const [b, a] = [row.before ? value('before') : '', row.after ? value('after') : ''];
                        return <td key={key} className="num">{b === a ? b : <Replaced before={b} after={a} />}</td>;
                      }
                      const parts = (row.cells as Record<string, DiffPart[] | undefined>)[key] ?? [];
                      return <td key={key}><DiffText parts={parts} /></td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      );
    }
  }
}
