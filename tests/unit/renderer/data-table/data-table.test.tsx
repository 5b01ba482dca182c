// The data table on a small list: the filter box finds what reading every cell as the user sees it finds, in the sorted
// order; sorting puts dates, Chinese text and enum stages in order; a list still loading cannot be filtered or sorted.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { useTable, type Column, type ColumnFiltersState, type Row, type SortingState } from '@tanstack/react-table';
import { DataTable } from '../../../../renderer/components/data-table/DataTable';
import {
  compareValues,
  createRowOrder,
  createRowSearch,
  dataColumnHelper,
  dataTableFeatures,
  matchesColumnFilter,
  plainText,
  type DataColumns,
  type DataTableFeatures,
} from '../../../../renderer/components/data-table/data-table-features';
import { en } from '../../../../renderer/i18n/en';
import { zhCN } from '../../../../renderer/i18n/zh-CN';
import { hostileList } from '../../../fixtures/hostile';

type Brief = {
  id: string;
  title: string;
  status: 'draft' | 'approved' | 'archived';
  stage: string;
  owner: string | null;
  due: string | null;
  updatedAt: string;
  budget: number | null;
  ref: number | string;
  tags: string[];
  note: string;
  review?: string;
};
type BriefRow = Row<DataTableFeatures, Brief>;
type BriefColumn = Column<DataTableFeatures, Brief>;

const col = dataColumnHelper<Brief>();
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function briefColumns(statusLabels: Record<Brief['status'], string>): DataColumns<Brief> {
  return col.columns([
    col.accessor('title', { meta: { label: 'Title' } }),
    col.accessor('status', { meta: { label: 'Status', text: (v) => statusLabels[v as Brief['status']] ?? '' } }),
    col.accessor('stage', {
      meta: { label: 'Stage', filter: { options: [{ value: 'lead', label: '线索' }, { value: 'pitch', label: '比稿' }, { value: 'won', label: '赢得' }] } },
    }),
    col.accessor('owner', { meta: { label: 'Owner' } }),
    col.accessor('due', { meta: { label: 'Due', text: (v) => (typeof v === 'string' ? dayFormat.format(new Date(v)) : '') } }),
    col.accessor('updatedAt', { meta: { label: 'Updated' } }),
    col.accessor('budget', { meta: { label: 'Budget' } }),
    col.accessor('ref', { meta: { label: 'Ref' } }),
    col.accessor('tags', { meta: { label: 'Tags' } }),
    col.accessor('note', { meta: { label: 'Note' } }),
    col.accessor((row) => row.review, { id: 'review', meta: { label: 'Review' } }),
    col.display({ id: 'actions', header: 'Actions', meta: { label: 'Actions' } }),
  ]);
}

const chineseStatus = { draft: '草稿', approved: '已批准', archived: '已归档' } as const;
const englishStatus = { draft: 'Draft', approved: 'Approved', archived: 'Archived' } as const;
const columns = briefColumns(chineseStatus);

let next = 0;
function brief(fields: Partial<Brief>): Brief {
  next += 1;
  return {
    id: `b${next}`,
    title: `简报 ${next}`,
    status: 'draft',
    stage: 'lead',
    owner: null,
    due: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    budget: null,
    ref: next,
    tags: [],
    note: '',
    ...fields,
  };
}

const named: Brief[] = [
  brief({ title: '张三的简报', status: 'approved', stage: 'won', owner: '张三', due: '2026-03-05', updatedAt: '2026-03-01T09:30:00.000Z', budget: 1200, tags: ['design', '春节'], review: '2026-03-02' }),
  brief({ title: '阿强的简报', status: 'draft', stage: 'pitch', owner: '阿强', due: '2025-12-31', updatedAt: '2026-02-28T23:59:59.999Z', budget: 80, ref: 'A-7' }),
  brief({ title: 'Brief 10', status: 'archived', stage: 'lead', due: '2026-03-05', updatedAt: '2025-06-01T08:00:00.000Z', budget: 1200, note: 'client asked for a second round' }),
  brief({ title: 'Brief 2', status: 'approved', stage: 'unknown-stage', owner: '', updatedAt: '2026-03-01T09:30:00.000Z', ref: 'A-10', review: '' }),
  brief({ title: 'brief 3', status: 'draft', stage: '', owner: 'Li Si', due: '2024-02-29', updatedAt: '2024-02-29T12:00:00.000Z', budget: 0, tags: ['Launch'] }),
  brief({ title: '李四的简报', status: 'archived', stage: 'won', owner: 'Li Si', due: null, updatedAt: '2026-01-15T10:00:00.000Z', budget: -5 }),
  brief({ title: '王五的简报', status: 'approved', stage: 'lead', owner: '王五', due: '2026-01-15', updatedAt: '2026-01-15T10:00:00.000Z', budget: 1200, ref: 'a-7', review: '2026-01-20' }),
];
// The named briefs and one per hostile string, its title, with another as its owner.
const briefs: Brief[] = [
  ...named,
  ...hostileList.map((text, index) => brief({ title: text, owner: hostileList[hostileList.length - 1 - index] ?? null, note: text.slice(0, 8) })),
];

/** The rows of a table over `data` as the DataTable orders them (before its filter box), and its columns. */
function tableOf(
  data: Brief[],
  options: { order?: ReturnType<typeof createRowOrder<Brief>>; sorting?: SortingState; columnFilters?: ColumnFiltersState; columns?: DataColumns<Brief> } = {},
) {
  const order = options.order ?? createRowOrder<Brief>();
  const sorting = options.sorting ?? [];
  let result: { rows: BriefRow[]; leafColumns: readonly BriefColumn[] } | undefined;
  function Probe() {
    const table = useTable({
      features: dataTableFeatures,
      columns: options.columns ?? columns,
      data,
      getRowId: (row: Brief) => row.id,
      defaultColumn: { filterFn: matchesColumnFilter<Brief> },
      state: { sorting, columnFilters: options.columnFilters ?? [], columnVisibility: { note: false } },
    });
    const leafColumns = table.getAllLeafColumns();
    result = { rows: order.sort(table.getRowModel().rows, sorting, leafColumns, table.getCoreRowModel().rows), leafColumns };
    return null;
  }
  renderToStaticMarkup(<Probe />);
  if (!result) throw new Error('the table did not render');
  return result;
}

// How the table matched a row before it kept each record's text: cell by cell, each read as the user sees it.
function matchesCellByCell(row: BriefRow, query: string, leafColumns: readonly BriefColumn[]): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  return leafColumns.filter((column) => column.accessorFn).some((column) => {
    const meta = column.columnDef.meta;
    const value = row.getValue(column.id);
    const options = meta?.filter && typeof meta.filter === 'object' ? meta.filter.options : undefined;
    const text = meta?.text ? meta.text(value) : options ? (options.find((o) => o.value === value)?.label ?? plainText(value)) : plainText(value);
    return text.toLocaleLowerCase().includes(needle);
  });
}

// How the table ordered rows before it read columns into numbers: one comparison of two cells at a time, missing
// (undefined) values last whichever the direction, ties in the data's order.
function sortedCellByCell(rows: BriefRow[], sorting: SortingState, leafColumns: readonly BriefColumn[]): string[] {
  return [...rows]
    .sort((a, b) => {
      for (const { id, desc } of sorting) {
        const x = a.getValue(id);
        const y = b.getValue(id);
        if (x === undefined || y === undefined) {
          if (x === y) continue;
          return x === undefined ? 1 : -1;
        }
        const result = compareValues(x, y, leafColumns.find((column) => column.id === id)?.columnDef.meta);
        if (result !== 0) return desc ? -result : result;
      }
      return a.index - b.index;
    })
    .map((row) => row.original.id);
}

const ids = (rows: BriefRow[]) => rows.map((row) => row.original.id);
const titles = (rows: BriefRow[]) => rows.map((row) => row.original.title);

// The filter box is one line: what is typed or pasted there never holds a line break.
const typed = (text: string) => text.replace(/[\r\n]/g, '');

describe('the filter box', () => {
  const queries = [
    '', '   ', 'brief', 'BRIEF 1', '简报', '草稿', 'draft', '线索', 'lead', 'unknown-stage', '5 mar 2026', 'Mar', '2026-03-05',
    '2026-03-01t09', '1200', '-5', 'a-7', 'design', 'design 春节', 'launch', 'second round', 'li si', '张三', 'actions', 'zzz-nothing',
    // The end of one column and the start of the next: no cell holds these.
    '简报已批', '简报 草稿', '报草', 'brief 10已归档', '1200a-7',
    ...hostileList.map(typed),
    ...hostileList.map((text) => typed(text).slice(2, 9)),
  ];

  it('finds the same rows as reading every cell as the user sees it, for any query', () => {
    const { rows, leafColumns } = tableOf(briefs);
    const search = createRowSearch<Brief>();
    for (const query of queries) {
      const expected = rows.filter((row) => matchesCellByCell(row, query, leafColumns)).map((row) => row.original.id);
      expect(ids(search.filter(rows, leafColumns, query)), `query ${JSON.stringify(query)}`).toEqual(expected);
    }
  });

  it('searches cells as the user reads them: status and stage by their labels, dates as shown, hidden columns too', () => {
    const { rows, leafColumns } = tableOf(named);
    const search = createRowSearch<Brief>();
    const find = (query: string) => titles(search.filter(rows, leafColumns, query));
    expect(find('已批准')).toEqual(['张三的简报', 'Brief 2', '王五的简报']);
    expect(find('赢得')).toEqual(['张三的简报', '李四的简报']);
    expect(find('5 Mar 2026')).toEqual(['张三的简报', 'Brief 10']);
    expect(find('second ROUND')).toEqual(['Brief 10']);
    expect(find('won')).toEqual([]);
    expect(find('简报已批准')).toEqual([]);
  });

  it('keeps the sorted order of the rows it finds', () => {
    const { rows, leafColumns } = tableOf(named, { sorting: [{ id: 'updatedAt', desc: true }] });
    const search = createRowSearch<Brief>();
    const found = search.filter(rows, leafColumns, '简报');
    expect(titles(found)).toEqual(['张三的简报', '阿强的简报', '李四的简报', '王五的简报']);
    expect(ids(found)).toEqual(ids(rows).filter((id) => ids(found).includes(id)));
  });

  it('narrows what the column filters left', () => {
    const { rows, leafColumns } = tableOf(named, { columnFilters: [{ id: 'stage', value: 'won' }] });
    expect(titles(createRowSearch<Brief>().filter(rows, leafColumns, '简报'))).toEqual(['张三的简报', '李四的简报']);
    const byDay = tableOf(named, { columnFilters: [{ id: 'due', value: ' mar 2026' }] });
    expect(titles(createRowSearch<Brief>().filter(byDay.rows, byDay.leafColumns, 'brief'))).toEqual(['Brief 10']);
  });

  it('reads the cells again when the columns change, as when the language does', () => {
    const search = createRowSearch<Brief>();
    const chinese = tableOf(named);
    expect(search.filter(chinese.rows, chinese.leafColumns, '已归档')).toHaveLength(2);
    const english = tableOf(named, { columns: briefColumns(englishStatus) });
    expect(search.filter(english.rows, english.leafColumns, '已归档')).toEqual([]);
    expect(titles(search.filter(english.rows, english.leafColumns, 'archived'))).toEqual(['Brief 10', '李四的简报']);
  });

  it('finds the same rows typed letter by letter, with backspaces, as typed at once', () => {
    const { rows, leafColumns } = tableOf(briefs);
    const typing = createRowSearch<Brief>();
    for (const word of ['brief 1', '张三的简报', 'li si', 'mar 2026']) {
      const steps = [...Array.from(word, (_, end) => word.slice(0, end + 1)), word.slice(0, 2), word.slice(0, 3), ''];
      for (const query of steps) expect(ids(typing.filter(rows, leafColumns, query)), query).toEqual(ids(createRowSearch<Brief>().filter(rows, leafColumns, query)));
    }
  });

  it('finds the same rows whether their text was worked out ahead or on the first keystroke', () => {
    const { rows, leafColumns } = tableOf(briefs);
    const ahead = createRowSearch<Brief>();
    let reached = 0;
    while (reached < rows.length) reached = ahead.prepare(rows, leafColumns, reached, () => 1);
    const late = createRowSearch<Brief>();
    for (const query of queries) expect(ids(ahead.filter(rows, leafColumns, query))).toEqual(ids(late.filter(rows, leafColumns, query)));
  });
});

describe('sorting', () => {
  it('puts ISO dates and timestamps in time order, empty dates last', () => {
    expect(titles(tableOf(named, { sorting: [{ id: 'due', desc: false }] }).rows)).toEqual([
      'brief 3', '阿强的简报', '王五的简报', '张三的简报', 'Brief 10', 'Brief 2', '李四的简报',
    ]);
    expect(titles(tableOf(named, { sorting: [{ id: 'updatedAt', desc: false }] }).rows)).toEqual([
      'brief 3', 'Brief 10', '李四的简报', '王五的简报', '阿强的简报', '张三的简报', 'Brief 2',
    ]);
  });

  it('sorts Chinese text by pinyin, then Latin text with the numbers in it by value', () => {
    expect(titles(tableOf(named, { sorting: [{ id: 'title', desc: false }] }).rows)).toEqual([
      '阿强的简报', '李四的简报', '王五的简报', '张三的简报', 'Brief 2', 'brief 3', 'Brief 10',
    ]);
  });

  it('orders every column as comparing its cells one pair at a time does, both ways', () => {
    const order = createRowOrder<Brief>();
    for (const id of ['title', 'status', 'stage', 'owner', 'due', 'updatedAt', 'budget', 'ref', 'tags', 'review']) {
      for (const desc of [false, true]) {
        const sorting = [{ id, desc }];
        const { rows, leafColumns } = tableOf(briefs, { order, sorting });
        expect(ids(rows), `${id} ${desc ? 'desc' : 'asc'}`).toEqual(sortedCellByCell(rows, sorting, leafColumns));
      }
    }
  });

  it('sorts by a second column where the first ties, and keeps missing values last when descending', () => {
    const sorting = [{ id: 'stage', desc: false }, { id: 'updatedAt', desc: true }];
    const { rows, leafColumns } = tableOf(briefs, { sorting });
    expect(ids(rows)).toEqual(sortedCellByCell(rows, sorting, leafColumns));
    expect(titles(tableOf(named, { sorting: [{ id: 'review', desc: true }] }).rows).slice(0, 3)).toEqual(['Brief 2', '张三的简报', '王五的简报']);
    expect(titles(tableOf(named, { sorting: [{ id: 'review', desc: false }] }).rows).slice(0, 3)).toEqual(['王五的简报', '张三的简报', 'Brief 2']);
  });

  it('places a record by its new title after an edit, and a shorter list keeps its order', () => {
    const order = createRowOrder<Brief>();
    const sorting = [{ id: 'title', desc: false }];
    const list = named;
    expect(titles(tableOf(list, { order, sorting }).rows)).toEqual(['阿强的简报', '李四的简报', '王五的简报', '张三的简报', 'Brief 2', 'brief 3', 'Brief 10']);
    const edited = list.map((b) => (b.title === '阿强的简报' ? { ...b, title: '周六的简报' } : b));
    expect(titles(tableOf(edited, { order, sorting }).rows)).toEqual(['李四的简报', '王五的简报', '张三的简报', '周六的简报', 'Brief 2', 'brief 3', 'Brief 10']);
    expect(titles(tableOf(edited.slice(2), { order, sorting }).rows)).toEqual(['李四的简报', '王五的简报', 'Brief 2', 'brief 3', 'Brief 10']);
  });
});

describe('a list still loading its records', () => {
  function render(language: 'en' | 'zh-CN', loadingMore: boolean, data = named.slice(0, 3)) {
    const i18n = i18next.createInstance();
    void i18n.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: language,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    const small = col.columns([
      col.accessor('title', { header: 'Title', meta: { label: 'Title', filter: 'text' } }),
      col.accessor('stage', { header: 'Stage', meta: { label: 'Stage', filter: { options: [{ value: 'lead', label: 'Lead' }] } } }),
    ]);
    return renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <DataTable data={data} columns={small} getRowId={(row) => row.id} label="Briefs" loadingMore={loadingMore} empty="No briefs" />
      </I18nextProvider>,
    );
  }
  const controls = (html: string) => [
    ...(html.match(/<input[^>]*type="search"[^>]*>/g) ?? []),
    ...(html.match(/<select[^>]*>/g) ?? []),
    ...(html.match(/<button[^>]*class="dt-sort"[^>]*>/g) ?? []),
  ];

  it('says it is loading all records, and the filter box, column filters and sort buttons wait', () => {
    const html = render('en', true);
    expect(html).toContain('Loading all records…');
    expect(html).not.toContain('Rows: 3');
    const waiting = controls(html);
    expect(waiting).toHaveLength(5);
    for (const control of waiting) expect(control).toContain('disabled=""');
    expect(render('zh-CN', true)).toContain('正在载入全部记录…');
  });

  it('does not call the list empty before all its records are in', () => {
    expect(render('en', true, [])).not.toContain('No briefs');
    expect(render('en', false, [])).toContain('No briefs');
  });

  it('counts the rows and lets the user filter and sort once every record is in', () => {
    const html = render('en', false);
    expect(html).toContain('Rows: 3');
    expect(html).not.toContain('Loading all records…');
    const ready = controls(html);
    expect(ready).toHaveLength(5);
    for (const control of ready) expect(control).not.toContain('disabled');
  });
});
