// The TanStack Table v9 feature set every DataTable uses, its column metadata, a typed column helper for pages, and
// how the table reads cells as text and orders rows: the search behind the filter box and the sort.
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type Column,
  type Row,
  type RowData,
  type SortingState,
  type TableOptions,
} from '@tanstack/react-table';

export type SelectOption = { value: string; label: string };

/** What a page tells the table about a column beyond how to read and render it. */
export type DataColumnMeta = {
  /** Plain-text column name for the sort button, the filter's label and the column menu (the header may be a node). */
  label: string;
  /**
   * The per-column filter: a text box, or a select for enum columns (options in their natural order, which is also
   * the sort order of the column). Omit for no column filter.
   */
  filter?: 'text' | { options: SelectOption[] };
  /** How a value reads as text, for filtering and searching (dates and money as the user sees them). */
  text?: (value: unknown) => string;
  /** Minimum width in px and share of the spare width (fr); the table scrolls sideways below the sum of minimums. */
  width?: number;
  grow?: number;
  align?: 'start' | 'end';
};

// TanStack keeps the sorting state and filters by column; the table orders the rows itself (createRowOrder) and then
// applies its filter box (createRowSearch), so typing never sorts.
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnVisibilityFeature,
  columnMeta: metaHelper<DataColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/** Column definitions as the table takes them (what `helper.columns([...])` returns). */
export type DataColumns<Row extends RowData> = TableOptions<DataTableFeatures, Row>['columns'];

/** The column helper to define a DataTable's columns with: `const col = dataColumnHelper<Account>()`. */
export function dataColumnHelper<Row extends RowData>() {
  return createColumnHelper<DataTableFeatures, Row>();
}

type TableRow<TData extends RowData> = Row<DataTableFeatures, TData>;
type TableColumn<TData extends RowData> = Column<DataTableFeatures, TData>;

export function metaOf<TData extends RowData>(column: TableColumn<TData>): DataColumnMeta | undefined {
  return column.columnDef.meta;
}

function selectOptions(meta: DataColumnMeta | undefined): SelectOption[] | undefined {
  return meta?.filter && typeof meta.filter === 'object' ? meta.filter.options : undefined;
}

export function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plainText).join(' ');
  return '';
}

/** A cell as the user reads it, so a search finds "服务中", not "active": the column's `text`, an option's label, or plain. */
export function cellText(value: unknown, meta: DataColumnMeta | undefined): string {
  if (meta?.text) return meta.text(value);
  const options = selectOptions(meta);
  if (options) return options.find((o) => o.value === value)?.label ?? plainText(value);
  return plainText(value);
}

/** A column filter: a select (enum column) matches the raw value exactly, a text box the text as the user reads it. */
export function matchesColumnFilter<TData extends RowData>(row: TableRow<TData>, columnId: string, filterValue: unknown): boolean {
  const column = row.table.getColumn(columnId);
  const meta = column ? metaOf(column) : undefined;
  if (selectOptions(meta)) return filterValue === undefined || filterValue === '' || row.getValue(columnId) === filterValue;
  const needle = plainText(filterValue).trim().toLocaleLowerCase();
  return !needle || cellText(row.getValue(columnId), meta).toLocaleLowerCase().includes(needle);
}

/** A column's values for the given rows, read as `row.getValue` would but without filling every row's value cache. */
function valuesOf<TData extends RowData>(rows: readonly TableRow<TData>[], column: TableColumn<TData>): unknown[] {
  const read = column.accessorFn;
  return read ? rows.map((row) => read(row.original, row.index)) : rows.map(() => undefined);
}

type SearchColumn<TData extends RowData> = {
  read: (row: TData, index: number) => unknown;
  meta: DataColumnMeta | undefined;
  texts: Map<unknown, string> | undefined;
};

/**
 * The filter box: a row matches when the text of any of its columns (hidden ones too), as the user reads it, contains
 * the query, ignoring case. Each record's text is worked out once per set of columns and kept with the record, so a
 * keystroke costs one `includes` per row.
 */
export function createRowSearch<TData extends RowData>() {
  let columnsKey: readonly TableColumn<TData>[] | undefined;
  let columns: SearchColumn<TData>[] = [];
  let texts = new WeakMap<TData, string>();
  // The last answer: typing on narrows it rather than looking through every row again.
  let last: { rows: TableRow<TData>[]; needle: string; found: TableRow<TData>[] } | undefined;

  const readColumns = (leafColumns: readonly TableColumn<TData>[]) => {
    if (leafColumns === columnsKey) return;
    columnsKey = leafColumns;
    last = undefined;
    columns = leafColumns.flatMap((column) => {
      const meta = metaOf(column);
      // A column's `text` may format dates; values repeat (days, statuses), so each is formatted once.
      return column.accessorFn ? [{ read: column.accessorFn, meta, texts: meta?.text ? new Map<unknown, string>() : undefined }] : [];
    });
    texts = new WeakMap();
  };

  const readAs = (column: SearchColumn<TData>, value: unknown) => {
    if (!column.texts) return cellText(value, column.meta);
    let text = column.texts.get(value);
    if (text === undefined) {
      text = cellText(value, column.meta);
      column.texts.set(value, text);
    }
    return text;
  };

  // The columns are joined by a line break, which the one-line filter box cannot hold, so no query spans two columns.
  const textOf = (row: TableRow<TData>) => {
    let text = texts.get(row.original);
    if (text === undefined) {
      text = columns.map((column) => readAs(column, column.read(row.original, row.index)).toLocaleLowerCase()).join('\n');
      texts.set(row.original, text);
    }
    return text;
  };

  return {
    /** The rows matching the query, in the order given; all of them for an empty query. */
    filter(rows: TableRow<TData>[], leafColumns: readonly TableColumn<TData>[], query: string): TableRow<TData>[] {
      readColumns(leafColumns);
      const needle = query.trim().toLocaleLowerCase();
      if (!needle || columns.length === 0) return rows;
      // Whatever contains the longer query contains the shorter one too, so only the last matches need looking at.
      const candidates = last?.rows === rows && needle.includes(last.needle) ? last.found : rows;
      const found = candidates.filter((row) => textOf(row).includes(needle));
      last = { rows, needle, found };
      return found;
    },
    /** Works out the text of rows from `from` on while `timeLeft()` stays positive; returns where it stopped. */
    prepare(rows: readonly TableRow<TData>[], leafColumns: readonly TableColumn<TData>[], from: number, timeLeft: () => number): number {
      readColumns(leafColumns);
      let index = from;
      while (index < rows.length) {
        const row = rows[index++];
        if (row) textOf(row);
        if (index % 200 === 0 && timeLeft() <= 0) break;
      }
      return index;
    },
  };
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });
// Fixed-width ISO dates and timestamps: as plain strings they sort as the collator would, many times faster.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** Texts ranked in collator order (equal texts share a rank), so sorting compares numbers. */
function rankTexts(texts: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(texts)];
  const ranks = new Map<string, number>();
  if (distinct.every((text) => ISO_DATE.test(text))) {
    distinct.sort();
    distinct.forEach((text, index) => ranks.set(text, index));
    return ranks;
  }
  distinct.sort(collator.compare);
  let rank = 0;
  distinct.forEach((text, index) => {
    const previous = distinct[index - 1];
    if (previous !== undefined && collator.compare(previous, text) !== 0) rank = index;
    ranks.set(text, rank);
  });
  return ranks;
}

/**
 * How two values of a column compare: empty last, enum options in their natural order (so stages sort lead → won, not
 * alphabetically), numbers and booleans as such, anything else as text with the collator (Chinese by pinyin, numbers
 * within text by value). Used as is only for a column mixing kinds of value; see createRowOrder.
 */
export function compareValues(x: unknown, y: unknown, meta: DataColumnMeta | undefined): number {
  const xEmpty = isEmpty(x);
  const yEmpty = isEmpty(y);
  if (xEmpty || yEmpty) return xEmpty === yEmpty ? 0 : xEmpty ? 1 : -1;
  const options = selectOptions(meta);
  if (options) return options.findIndex((o) => o.value === x) - options.findIndex((o) => o.value === y);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'boolean' && typeof y === 'boolean') return Number(x) - Number(y);
  return collator.compare(plainText(x), plainText(y));
}

/**
 * A column read for sorting, by row index: whether the value is missing (undefined) and, unless the column mixes kinds
 * of value, its rank in the order of compareValues (equal values share a rank; empty values rank `top`, after all).
 */
type SortPlan = { missing: Uint8Array; ranks: Uint32Array | undefined; top: number; meta: DataColumnMeta | undefined };

type SortEntry = { id: string; desc: boolean; plan: SortPlan };

/** Where a row goes for one sorted column, smallest first: missing values always last, ties by data order. */
function placeOf({ desc, plan }: SortEntry, index: number): number {
  if (plan.missing[index] === 1) return plan.top + 1;
  const rank = plan.ranks?.[index] ?? 0;
  // Descending reverses the values, which puts empty ones first, as comparing them pair by pair does.
  return desc ? plan.top - rank : rank;
}

/**
 * The order of the rows: by each sorted column in turn, values as compareValues says, missing ones last either way,
 * then as the data lists them. A column is read once per data set into a rank per row (its option's place, or the rank
 * of its number or text), so a sort by one column is a sort of plain numbers. Text ranks are kept per column while the
 * data's texts stay among those ranked: narrowing the list or editing a record does not sort the texts again.
 */
export function createRowOrder<TData extends RowData>() {
  // Per data set (its rows) and column, so a plan goes when its data does.
  const plans = new WeakMap<readonly TableRow<TData>[], WeakMap<TableColumn<TData>, SortPlan>>();
  const textRanksById = new Map<string, Map<string, number>>();

  const textRanksFor = (id: string, texts: string[]) => {
    let ranks = textRanksById.get(id);
    if (!ranks || !texts.every((text) => ranks?.has(text))) {
      ranks = rankTexts(texts);
      textRanksById.set(id, ranks);
    }
    return ranks;
  };

  /**
   * How to rank the present values of a column, and a rank above them all (`top`); nothing for a column mixing kinds
   * of value, which is compared pair by pair.
   */
  const rankerOf = (present: unknown[], meta: DataColumnMeta | undefined, id: string): { rankOf: (value: unknown) => number; top: number } | undefined => {
    const options = selectOptions(meta);
    if (options) {
      // Values that are not among the options come first, as their place (-1) says.
      const place = new Map<unknown, number>();
      options.forEach((option, index) => {
        if (!place.has(option.value)) place.set(option.value, index + 1);
      });
      return { rankOf: (value) => place.get(value) ?? 0, top: options.length + 1 };
    }
    const kinds = new Set(present.map((value) => (typeof value === 'number' || typeof value === 'boolean' ? typeof value : 'text')));
    if (kinds.size > 1) return undefined;
    if (kinds.has('number') || kinds.has('boolean')) {
      const numbers = [...new Set(present.map(Number))].sort((x, y) => x - y);
      const ranks = new Map(numbers.map((number, index) => [number, index]));
      return { rankOf: (value) => ranks.get(Number(value)) ?? 0, top: numbers.length };
    }
    const ranks = textRanksFor(id, present.map(plainText));
    return { rankOf: (value) => ranks.get(plainText(value)) ?? 0, top: ranks.size };
  };

  // `rows` are all the table's rows, so one reading serves whatever the column filters leave.
  const planFor = (rows: readonly TableRow<TData>[], column: TableColumn<TData>): SortPlan => {
    let byColumn = plans.get(rows);
    if (!byColumn) {
      byColumn = new WeakMap();
      plans.set(rows, byColumn);
    }
    const known = byColumn.get(column);
    if (known) return known;
    const meta = metaOf(column);
    const values = valuesOf(rows, column);
    const ranker = rankerOf(values.filter((value) => !isEmpty(value)), meta, column.id);
    const size = rows.reduce((largest, row) => Math.max(largest, row.index + 1), 0);
    const missing = new Uint8Array(size);
    const ranks = ranker ? new Uint32Array(size) : undefined;
    const top = ranker?.top ?? 0;
    rows.forEach((row, index) => {
      const value = values[index];
      if (value === undefined) missing[row.index] = 1;
      if (ranks && ranker) ranks[row.index] = isEmpty(value) ? top : ranker.rankOf(value);
    });
    const plan = { missing, ranks, top, meta };
    byColumn.set(column, plan);
    return plan;
  };

  return {
    /** `rows`, in data order, in the order `sorting` asks for; `allRows` are every row of the table. */
    sort(rows: TableRow<TData>[], sorting: SortingState, leafColumns: readonly TableColumn<TData>[], allRows: readonly TableRow<TData>[]): TableRow<TData>[] {
      const entries: SortEntry[] = sorting.flatMap(({ id, desc }) => {
        const column = leafColumns.find((candidate) => candidate.id === id);
        return column?.getCanSort() ? [{ id, desc, plan: planFor(allRows, column) }] : [];
      });
      const [only] = entries;
      if (!only) return rows;
      if (entries.length === 1 && only.plan.ranks) {
        // One number per row, its place times the row count plus its position, sorted as numbers: ties keep data order.
        const count = rows.length;
        const packed = new Float64Array(count);
        rows.forEach((row, position) => {
          packed[position] = placeOf(only, row.index) * count + position;
        });
        packed.sort();
        const sorted: TableRow<TData>[] = [];
        for (const value of packed) sorted.push(rows[value % count] as TableRow<TData>);
        return sorted;
      }
      return [...rows].sort((a, b) => {
        for (const entry of entries) {
          if (entry.plan.ranks) {
            const result = placeOf(entry, a.index) - placeOf(entry, b.index);
            if (result !== 0) return result;
            continue;
          }
          const aMissing = entry.plan.missing[a.index] === 1;
          const bMissing = entry.plan.missing[b.index] === 1;
          if (aMissing || bMissing) {
            if (aMissing && bMissing) continue;
            return aMissing ? 1 : -1;
          }
          const result = compareValues(a.getValue(entry.id), b.getValue(entry.id), entry.plan.meta);
          if (result !== 0) return entry.desc ? -result : result;
        }
        return a.index - b.index;
      });
    },
    /** Reads a column for sorting ahead of the first click on its header. */
    prepare(allRows: readonly TableRow<TData>[], column: TableColumn<TData>): void {
      planFor(allRows, column);
    },
  };
}
