// The app's data table: TanStack Table v9 (sorting, per-column filters, column visibility) plus a filter box, with virtual
// rows, so 20,000 records stay smooth; real table semantics with aria-rowcount/aria-rowindex; rows open on click or Enter.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useTable,
  type Column,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ColumnsMenu } from './ColumnsMenu';
import {
  createRowOrder,
  createRowSearch,
  dataTableFeatures,
  matchesColumnFilter,
  metaOf,
  type DataColumns,
  type DataTableFeatures,
} from './data-table-features';
import { SearchIcon, SortIcon } from '../layout/icons';
import './data-table.css';

export type DataTableProps<Row extends RowData> = {
  /** The records; `undefined` while they load. */
  data: Row[] | undefined;
  /** Column definitions made with `dataColumnHelper<Row>()`; keep them stable (useMemo). */
  columns: DataColumns<Row>;
  /** A stable id per record (its primary key). */
  getRowId: (row: Row) => string;
  /** The table's accessible name (also used for its filter box). */
  label: string;
  /** Opens a record: row click or Enter on the focused row. */
  onOpenRow?: (row: Row) => void;
  initialSorting?: SortingState;
  /** Column ids hidden until the user shows them. */
  initialHidden?: string[];
  /** Shown instead of the table when there are no records at all. */
  empty?: ReactNode;
  /** Extra controls at the right of the toolbar (e.g. a "New account" button). */
  actions?: ReactNode;
  /** True while `data` holds only the first records: filtering and sorting wait for the rest, and the status says so. */
  loadingMore?: boolean;
};

export const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;
const FILTER_ROW_HEIGHT = 42;

type IdleWork = (timeLeft: () => number) => boolean;

/** Runs each piece of work in idle time, in order, until it says it is done; returns a function that stops the rest. */
function runWhenIdle(work: IdleWork[]): () => void {
  let next = 0;
  let cancel = () => {};
  const slice = (timeLeft: () => number) => {
    while (next < work.length && timeLeft() > 0) {
      if (work[next]?.(timeLeft)) next += 1;
    }
    if (next < work.length) cancel = whenIdle(slice);
  };
  cancel = whenIdle(slice);
  return () => cancel();
}

function whenIdle(run: (timeLeft: () => number) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => run(() => deadline.timeRemaining()));
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => {
    const started = performance.now();
    run(() => 10 - (performance.now() - started));
  }, 50);
  return () => clearTimeout(handle);
}

export function DataTable<Row extends RowData>({ data, columns, getRowId, label, onOpenRow, initialSorting = [], initialHidden = [], empty, actions, loadingMore = false }: DataTableProps<Row>) {
  const { t } = useTranslation();
  const hintId = useId();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => Object.fromEntries(initialHidden.map((id) => [id, false])));

  // One search and one sort order per table: each keeps what it worked out about the rows between keystrokes and clicks.
  const search = useMemo(() => createRowSearch<Row>(), []);
  const order = useMemo(() => createRowOrder<Row>(), []);
  const defaultColumn = useMemo(() => ({ filterFn: matchesColumnFilter<Row> }), []);
  const rowsData = useMemo(() => data ?? [], [data]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rowsData,
    getRowId: (row: Row) => getRowId(row),
    defaultColumn,
    state: { sorting, columnFilters, columnVisibility },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: setColumnVisibility,
    enableSortingRemoval: true,
  });

  // TanStack's rows are those the column filters leave; they are sorted here, then the filter box narrows the sorted
  // rows, so a keystroke filters and never sorts. Every data column takes part in the search.
  const coreRows = table.getCoreRowModel().rows;
  const filteredRows = table.getRowModel().rows;
  const allLeafColumns = table.getAllLeafColumns();
  const sortedRows = useMemo(() => order.sort(filteredRows, sorting, allLeafColumns, coreRows), [order, filteredRows, sorting, allLeafColumns, coreRows]);
  const rows = useMemo(() => search.filter(sortedRows, allLeafColumns, globalFilter), [search, sortedRows, allLeafColumns, globalFilter]);
  const leafColumns = table.getVisibleLeafColumns();

  // What the first search and the first sort by a shown column need is worked out while the user reads the first rows.
  useEffect(() => {
    if (loadingMore || coreRows.length === 0) return;
    let searched = 0;
    return runWhenIdle([
      (timeLeft) => {
        searched = search.prepare(coreRows, allLeafColumns, searched, timeLeft);
        return searched >= coreRows.length;
      },
      ...leafColumns.filter((column) => column.getCanSort()).map((column) => () => {
        order.prepare(coreRows, column);
        return true;
      }),
    ]);
  }, [loadingMore, coreRows, allLeafColumns, leafColumns, search, order]);

  const hasColumnFilters = leafColumns.some((column) => metaOf(column)?.filter);
  const headerHeight = HEADER_HEIGHT + (hasColumnFilters ? FILTER_ROW_HEIGHT : 0);
  const headerRowCount = hasColumnFilters ? 2 : 1;

  const scrollRef = useRef<HTMLDivElement>(null);
  // The build does not use the React Compiler; the virtualizer re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const virtualItems = virtualizer.getVirtualItems();

  // Roving focus: one row is in the tab order; arrow keys move it, Enter opens the record.
  const [activeIndex, setActiveIndex] = useState(0);
  const focusPending = useRef(false);
  const active = Math.min(activeIndex, Math.max(rows.length - 1, 0));
  const renderedIndices = virtualItems.map((item) => item.index);
  const tabbableIndex = renderedIndices.includes(active) ? active : (renderedIndices[0] ?? 0);

  useEffect(() => {
    if (!focusPending.current) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${active}"]`);
    if (element) {
      focusPending.current = false;
      element.focus({ preventScroll: true });
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      if (rows.length === 0) return;
      const next = Math.max(0, Math.min(rows.length - 1, index));
      focusPending.current = true;
      setActiveIndex(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [rows.length, virtualizer],
  );

  const pageSize = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - headerHeight) / ROW_HEIGHT) - 1);

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => {
    switch (event.key) {
      case 'ArrowDown': moveTo(index + 1); break;
      case 'ArrowUp': moveTo(index - 1); break;
      case 'PageDown': moveTo(index + pageSize); break;
      case 'PageUp': moveTo(index - pageSize); break;
      case 'Home': moveTo(0); break;
      case 'End': moveTo(rows.length - 1); break;
      case 'Enter':
      case ' ':
        if (onOpenRow) onOpenRow(row);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const template = leafColumns.map((column) => {
    const meta = metaOf(column);
    return `minmax(${meta?.width ?? 120}px, ${meta?.grow ?? 1}fr)`;
  }).join(' ');
  const minWidth = leafColumns.reduce((sum, column) => sum + (metaOf(column)?.width ?? 120), 0);
  const gridStyle = { '--dt-columns': template, minWidth } as CSSProperties;

  const total = rowsData.length;
  const shown = rows.length;
  const isFiltered = globalFilter.trim() !== '' || columnFilters.length > 0;

  if (data !== undefined && total === 0 && empty && !loadingMore) return <div className="dt dt-empty-state">{empty}</div>;

  return (
    <div className="dt">
      <div className="dt-toolbar">
        <div className="dt-search">
          <SearchIcon size={15} />
          <input
            type="search"
            value={globalFilter}
            onChange={(event) => setGlobalFilter(event.target.value)}
            disabled={loadingMore}
            placeholder={t('table.globalFilterPlaceholder')}
            aria-label={`${t('table.globalFilter')}：${label}`}
          />
        </div>
        {isFiltered && (
          <button type="button" className="button button-ghost" onClick={() => { setGlobalFilter(''); setColumnFilters([]); }}>
            {t('table.clearFilters')}
          </button>
        )}
        <span className="dt-count num" role="status">
          {data === undefined
            ? t('app.loading')
            : loadingMore
              ? t('table.loadingAll')
              : isFiltered
                ? t('table.rowCountFiltered', { shown, count: total })
                : t('table.rowCount', { count: total })}
        </span>
        <div className="dt-actions">
          <ColumnsMenu
            columns={table.getAllLeafColumns().filter((column) => column.getCanHide()).map((column) => ({
              id: column.id,
              label: metaOf(column)?.label ?? column.id,
              visible: column.getIsVisible(),
              toggle: (visible: boolean) => column.toggleVisibility(visible),
            }))}
          />
          {actions}
        </div>
      </div>
      <div className="dt-scroll" ref={scrollRef}>
        <table
          role="table"
          className="dt-table"
          aria-label={label}
          aria-describedby={onOpenRow ? hintId : undefined}
          aria-rowcount={shown + headerRowCount}
          aria-colcount={leafColumns.length}
          style={gridStyle}
        >
          <thead role="rowgroup" className="dt-head">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} role="row" aria-rowindex={1} className="dt-row dt-header-row">
                {group.headers.map((header, columnIndex) => {
                  const column = header.column;
                  const meta = metaOf(column);
                  const sorted = column.getIsSorted();
                  const canSort = column.getCanSort();
                  return (
                    <th
                      key={header.id}
                      role="columnheader"
                      scope="col"
                      aria-colindex={columnIndex + 1}
                      aria-sort={canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined}
                      className={meta?.align === 'end' ? 'dt-end' : undefined}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button type="button" className="dt-sort" onClick={column.getToggleSortingHandler()} disabled={loadingMore} title={t('table.sortBy', { column: meta?.label ?? column.id })}>
                          <span className="dt-header-text"><table.FlexRender header={header} /></span>
                          <SortIcon sort={sorted} />
                        </button>
                      ) : (
                        <span className="dt-header-text"><table.FlexRender header={header} /></span>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
            {hasColumnFilters && (
              <tr role="row" aria-rowindex={2} className="dt-row dt-filter-row">
                {leafColumns.map((column, columnIndex) => (
                  <td key={column.id} role="cell" aria-colindex={columnIndex + 1}>
                    <ColumnFilter column={column} disabled={loadingMore} />
                  </td>
                ))}
              </tr>
            )}
          </thead>
          <tbody role="rowgroup" className="dt-body" style={{ height: virtualizer.getTotalSize() - headerHeight }}>
            {virtualItems.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <tr
                  key={row.id}
                  role="row"
                  data-index={item.index}
                  aria-rowindex={item.index + headerRowCount + 1}
                  tabIndex={item.index === tabbableIndex ? 0 : -1}
                  className={`dt-row dt-body-row${item.index % 2 ? ' dt-odd' : ''}${onOpenRow ? ' dt-openable' : ''}`}
                  style={{ transform: `translateY(${item.start - headerHeight}px)` }}
                  onClick={() => {
                    setActiveIndex(item.index);
                    onOpenRow?.(row.original);
                  }}
                  onFocus={() => setActiveIndex(item.index)}
                  onKeyDown={(event) => onRowKeyDown(event, item.index, row.original)}
                >
                  {row.getVisibleCells().map((cell, columnIndex) => {
                    const value = cell.getValue();
                    return (
                      <td
                        key={cell.id}
                        role="cell"
                        aria-colindex={columnIndex + 1}
                        className={metaOf(cell.column)?.align === 'end' ? 'dt-end' : undefined}
                        // Long text is cut to one line; the tooltip shows all of it.
                        title={typeof value === 'string' && value.length > 12 ? value : undefined}
                      >
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {data !== undefined && shown === 0 && (
          <div className="dt-no-matches">
            <p>{total === 0 ? '' : t('table.noMatches')}</p>
            {isFiltered && (
              <button type="button" className="button" onClick={() => { setGlobalFilter(''); setColumnFilters([]); }}>
                {t('table.clearFilters')}
              </button>
            )}
          </div>
        )}
      </div>
      {onOpenRow && <span id={hintId} className="visually-hidden">{t('table.openHint')}</span>}
    </div>
  );
}

function ColumnFilter<Row extends RowData>({ column, disabled }: { column: Column<DataTableFeatures, Row>; disabled: boolean }) {
  const { t } = useTranslation();
  const meta = metaOf(column);
  const value = column.getFilterValue();
  const current = typeof value === 'string' ? value : '';
  if (!meta?.filter) return null;
  const name = t('table.filterColumn', { column: meta.label });
  if (meta.filter === 'text') {
    return (
      <input
        type="search"
        className="dt-filter"
        value={current}
        placeholder={t('table.filterPlaceholder')}
        aria-label={name}
        disabled={disabled}
        onChange={(event) => column.setFilterValue(event.target.value === '' ? undefined : event.target.value)}
      />
    );
  }
  return (
    <select
      className="dt-filter"
      value={current}
      aria-label={name}
      disabled={disabled}
      onChange={(event) => column.setFilterValue(event.target.value === '' ? undefined : event.target.value)}
    >
      <option value="">{t('table.all')}</option>
      {meta.filter.options.map((option) => (
        <option key={option.value} value={option.value}>{option.label}</option>
      ))}
    </select>
  );
}
