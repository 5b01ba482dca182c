// How any part of the app opens the search palette (the top-bar box, the shortcut): one window event, no shared state.
export const OPEN_SEARCH_EVENT = 'account-desk:open-search';

export function openSearch(query = ''): void {
  window.dispatchEvent(new CustomEvent<string>(OPEN_SEARCH_EVENT, { detail: query }));
}

/** Ctrl+K, or ⌘K on a Mac. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}
