// A menu button (WAI-ARIA menu pattern): opens a list of actions, arrow keys move between them, Escape closes and
// returns focus to the button, a click elsewhere closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type MenuItem = { key: string; label: string; onSelect: () => void; disabled?: boolean; separatorBefore?: boolean };

type Props = { label: string; children: ReactNode; items: readonly MenuItem[]; className?: string; align?: 'start' | 'end' };

export function MenuButton({ label, children, items, className, align = 'end' }: Props) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const enabled = items.filter((item) => !item.disabled);

  const focusItem = (index: number) => {
    const nodes = menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])');
    if (!nodes || nodes.length === 0) return;
    nodes[(index + nodes.length) % nodes.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([disabled])')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const nodes = Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? []);
    const current = nodes.indexOf(document.activeElement as HTMLButtonElement);
    switch (event.key) {
      case 'ArrowDown': focusItem(current + 1); break;
      case 'ArrowUp': focusItem(current - 1); break;
      case 'Home': focusItem(0); break;
      case 'End': focusItem(nodes.length - 1); break;
      case 'Escape': close(true); break;
      case 'Tab': close(false); return;
      default: return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="menu-wrap">
      <button
        ref={buttonRef}
        type="button"
        className={className ?? 'button button-ghost'}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={enabled.length === 0}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </button>
      {open && (
        <div ref={menuRef} id={menuId} role="menu" aria-label={label} className={`menu menu-${align}`} onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <div key={item.key} role="none">
              {item.separatorBefore && <div role="separator" className="menu-separator" />}
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                disabled={item.disabled}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
