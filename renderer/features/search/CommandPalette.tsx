// The search palette (Ctrl/Cmd+K): a combobox over every record kind, results grouped by kind, opened with the keyboard.
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { markMatches, type SearchHit } from '@shared/search/search-index';
import { SearchIcon } from '../../components/layout/icons';
import { ensureSearchIndex, searchFor, searchState, subscribeSearch } from './search-store';
import { OPEN_SEARCH_EVENT, isSearchShortcut } from './open-search';
import './search.css';

export function CommandPalette() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<Element | null>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const state = useSyncExternalStore(subscribeSearch, searchState);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const listId = `${baseId}-list`;

  const show = useCallback((initial: string) => {
    ensureSearchIndex();
    searchFor(initial);
    opener.current = document.activeElement;
    setQuery(initial);
    setActive(0);
    setOpen(true);
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    searchFor('');
    const target = opener.current;
    opener.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      show('');
    };
    const onOpen = (event: Event) => show(event instanceof CustomEvent && typeof event.detail === 'string' ? event.detail : '');
    window.addEventListener('keydown', onKey);
    window.addEventListener(OPEN_SEARCH_EVENT, onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(OPEN_SEARCH_EVENT, onOpen);
    };
  }, [show]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      input.current?.focus();
    } else if (!open && el.open) el.close();
  }, [open]);

  // Results, and the query they answer, arrive from the index's worker; the store asks again when records change.
  const answered = state.query;
  const groups = useMemo(() => (open ? state.groups : []), [open, state.groups]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  useEffect(() => setActive(0), [answered]);
  const current = flat[Math.min(active, flat.length - 1)];
  const optionId = (hit: SearchHit) => `${baseId}-${hit.doc.kind}-${hit.doc.id}`;

  useEffect(() => {
    if (!current) return;
    document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    searchFor('');
    opener.current = null;
    navigate(hit.doc.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => (flat.length === 0 ? 0 : (a + 1) % flat.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => (flat.length === 0 ? 0 : (a - 1 + flat.length) % flat.length));
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(current);
    }
  };

  const status = state.status === 'building' ? t('search.building')
    : !answered.trim() ? t('search.typeToSearch')
    : flat.length === 0 ? t('search.noResults', { query: answered.trim() })
    : t('search.count', { count: flat.length });

  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its panel) closes it.
        if (event.target === dialog.current) close();
      }}
    >
      {open && (
        <div className="palette-panel">
          <h2 id={titleId} className="visually-hidden">{t('search.dialogTitle')}</h2>
          <div className="palette-input">
            <SearchIcon size={18} />
            <input
              ref={input}
              type="text"
              role="combobox"
              aria-label={t('search.inputLabel')}
              aria-expanded={flat.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={current ? optionId(current) : undefined}
              placeholder={t('search.placeholder')}
              value={query}
              maxLength={200}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => {
                setQuery(event.target.value);
                searchFor(event.target.value);
              }}
              onKeyDown={onKeyDown}
            />
            <kbd className="palette-key">Esc</kbd>
          </div>
          <div id={listId} role="listbox" aria-label={t('search.resultsLabel')} className="palette-results">
            {groups.map((group) => (
              <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`} className="palette-group">
                <div id={`${listId}-${group.kind}`} role="presentation" className="palette-group-title">{t(`search.kinds.${group.kind}`)}</div>
                {group.hits.map((hit) => {
                  const selected = hit === current;
                  return (
                    <div
                      key={hit.doc.id}
                      id={optionId(hit)}
                      role="option"
                      aria-selected={selected}
                      className={selected ? 'palette-option is-active' : 'palette-option'}
                      onMouseMove={() => setActive(flat.indexOf(hit))}
                      onClick={() => choose(hit)}
                    >
                      <span className="palette-option-title"><Marked text={hit.doc.title || '—'} query={answered} /></span>
                      {hit.doc.subtitle && <span className="palette-option-sub">{hit.doc.subtitle.split('\n').join(' · ')}</span>}
                      {hit.excerpt && <span className="palette-option-excerpt"><Marked text={hit.excerpt} query={answered} /></span>}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <div className="palette-foot">
            <span role="status">{status}</span>
            <span aria-hidden="true">{t('search.keys')}</span>
          </div>
        </div>
      )}
    </dialog>
  );
}

/** The text with the query's words in <mark>, so the eye finds why a record matched. */
function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {markMatches(text, query).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
