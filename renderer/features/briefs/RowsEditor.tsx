// Editable rows (deliverables, timeline): a cell per field, rows added, removed and moved with buttons that work from the keyboard.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '@shared/model/common';
import { PlusIcon } from '../../components/layout/icons';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from './briefs-icons';

export type RowColumn<Row> = { key: Exclude<keyof Row, 'id'> & string; label: string; type: 'text' | 'date'; width: string };

type Props<Row extends { id: string }> = {
  label: string;
  rows: Row[];
  columns: RowColumn<Row>[];
  blank: () => Omit<Row, 'id'>;
  onChange: (rows: Row[]) => void;
  readOnly: boolean;
  errorFor?: (index: number, key: string) => string | undefined;
};

/** Moves item `from` to `to` (both in range), returning a new array. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function RowsEditor<Row extends { id: string }>({ label, rows, columns, blank, onChange, readOnly, errorFor }: Props<Row>) {
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);

  // After a move or removal, keep the keyboard where the user was working.
  const focusLater = (selector: string) => window.setTimeout(() => tableRef.current?.querySelector<HTMLElement>(selector)?.focus(), 0);

  const setCell = (index: number, key: string, value: string) => onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const add = () => {
    onChange([...rows, { ...blank(), id: newId() } as Row]);
    focusLater(`tbody tr:last-child input`);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    focusLater(rows.length > 1 ? `tbody tr:nth-child(${Math.min(index + 1, rows.length - 1)}) input` : '.rows-add');
  };
  const move = (index: number, to: number) => {
    onChange(moved(rows, index, to));
    focusLater(`tbody tr:nth-child(${to + 1}) .${to < index ? 'move-up' : 'move-down'}:not(:disabled), tbody tr:nth-child(${to + 1}) input`);
  };

  return (
    <div className="rows-editor">
      {rows.length > 0 ? (
        <table ref={tableRef} className="rows-table" aria-label={label}>
          <colgroup>
            <col style={{ width: 36 }} />
            {columns.map((c) => <col key={c.key} style={{ width: c.width }} />)}
            {!readOnly && <col style={{ width: 104 }} />}
          </colgroup>
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">#</span></th>
              {columns.map((c) => <th key={c.key} scope="col">{c.label}</th>)}
              {!readOnly && <th scope="col"><span className="visually-hidden">{t('briefs.editor.actions.more')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const n = index + 1;
              return (
                <tr key={row.id}>
                  <td className="row-number num">{n}</td>
                  {columns.map((c) => {
                    const value = (row as unknown as Record<string, unknown>)[c.key];
                    const error = errorFor?.(index, c.key);
                    return (
                      <td key={c.key}>
                        <input
                          type={c.type}
                          value={typeof value === 'string' ? value : ''}
                          readOnly={readOnly}
                          aria-label={`${c.label} · ${t('briefs.editor.rows.rowLabel', { n })}`}
                          aria-invalid={error ? true : undefined}
                          title={error}
                          onChange={(event) => setCell(index, c.key, event.target.value)}
                        />
                      </td>
                    );
                  })}
                  {!readOnly && (
                    <td className="row-actions">
                      <button type="button" className="icon-button move-up" disabled={index === 0} aria-label={t('briefs.editor.rows.moveUp', { n })} title={t('briefs.editor.rows.moveUp', { n })} onClick={() => move(index, index - 1)}>
                        <ArrowUpIcon />
                      </button>
                      <button type="button" className="icon-button move-down" disabled={index === rows.length - 1} aria-label={t('briefs.editor.rows.moveDown', { n })} title={t('briefs.editor.rows.moveDown', { n })} onClick={() => move(index, index + 1)}>
                        <ArrowDownIcon />
                      </button>
                      <button type="button" className="icon-button icon-danger" aria-label={t('briefs.editor.rows.remove', { n })} title={t('briefs.editor.rows.remove', { n })} onClick={() => remove(index)}>
                        <TrashIcon />
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="rows-empty">{t('briefs.editor.rows.empty')}</p>
      )}
      {!readOnly && (
        <button type="button" className="button button-ghost rows-add" onClick={add}>
          <PlusIcon size={15} />
          {t('briefs.editor.rows.add')}
        </button>
      )}
    </div>
  );
}
