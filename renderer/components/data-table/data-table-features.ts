// The TanStack Table v9 feature set every DataTable uses, its column metadata, and a typed column helper for pages.
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type RowData,
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

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
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
