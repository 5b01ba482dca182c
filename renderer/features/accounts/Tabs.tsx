// Accessible tabs (WAI-ARIA tabs pattern): a tablist whose tabs move with the arrow keys, Home and End, and activate on
// focus; only the selected tab is in the tab order and only its panel is rendered.
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabItem<K extends string> = {
  key: K;
  label: string;
  /** A small count or mark after the label (part of the tab's name, so screen readers hear it too). */
  badge?: ReactNode;
  /** Draws attention to the tab (overdue items inside). */
  alert?: boolean;
};

type TabsProps<K extends string> = {
  label: string;
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  children: ReactNode;
};

export function Tabs<K extends string>({ label, tabs, selected, onSelect, children }: TabsProps<K>) {
  const baseId = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const tabId = (key: K) => `${baseId}-tab-${key}`;
  const panelId = `${baseId}-panel`;

  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target = event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (target === null) return;
    event.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  };

  return (
    <div className="acct-tabs">
      <div role="tablist" aria-label={label} className="acct-tab-list">
        {tabs.map((tab, index) => {
          const active = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(element) => {
                if (element) refs.current.set(tab.key, element);
                else refs.current.delete(tab.key);
              }}
              type="button"
              role="tab"
              id={tabId(tab.key)}
              aria-selected={active}
              aria-controls={active ? panelId : undefined}
              tabIndex={active ? 0 : -1}
              className={tab.alert ? 'acct-tab acct-tab-alert' : 'acct-tab'}
              onClick={() => onSelect(tab.key)}
              onKeyDown={(event) => move(event, index)}
            >
              <span>{tab.label}</span>
              {tab.badge !== undefined && <span className="acct-tab-badge">{tab.badge}</span>}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)} tabIndex={0} className="acct-tab-panel">
        {children}
      </div>
    </div>
  );
}
