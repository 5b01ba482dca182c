// The column chooser: a disclosure button opening a small panel of checkboxes; Escape or leaving the panel closes it.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnsIcon } from '../layout/icons';

export type ColumnChoice = { id: string; label: string; visible: boolean; toggle: (visible: boolean) => void };

export function ColumnsMenu({ columns }: { columns: ColumnChoice[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const visibleCount = columns.filter((c) => c.visible).length;

  return (
    <div
      className="dt-columns"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <ColumnsIcon size={16} />
        {t('table.columns')}
      </button>
      {open && (
        <fieldset className="dt-columns-panel" id={panelId} ref={panelRef}>
          <legend>{t('table.columnsMenu')}</legend>
          {columns.map((column) => (
            <label key={column.id}>
              <input
                type="checkbox"
                checked={column.visible}
                // The last visible column stays: a table with no columns helps nobody.
                disabled={column.visible && visibleCount === 1}
                onChange={(event) => column.toggle(event.target.checked)}
              />
              {column.label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
