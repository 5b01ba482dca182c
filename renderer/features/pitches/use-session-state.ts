// State that survives leaving the page and coming back: for the session (filters, in sessionStorage) or for good
// (the chosen view, in localStorage). A stored value that no longer fits falls back to the default.
import { useCallback, useState } from 'react';

const PREFIX = 'account-desk.';

type Kind = 'session' | 'local';
const storageOf = (kind: Kind) => (kind === 'local' ? window.localStorage : window.sessionStorage);

function read<T>(key: string, fallback: T, kind: Kind): T {
  try {
    const raw = storageOf(kind).getItem(PREFIX + key);
    if (raw === null) return fallback;
    const parsed: unknown = JSON.parse(raw);
    // Only the shape of the default is trusted: same type, and for objects the same keys.
    if (typeof parsed !== typeof fallback) return fallback;
    if (fallback && typeof fallback === 'object') {
      if (!parsed || typeof parsed !== 'object') return fallback;
      return { ...fallback, ...Object.fromEntries(Object.entries(parsed).filter(([k, v]) => k in fallback && typeof v === typeof (fallback as Record<string, unknown>)[k])) } as T;
    }
    return parsed as T;
  } catch {
    return fallback;
  }
}

export function useSessionState<T>(key: string, fallback: T, kind: Kind = 'session'): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => read(key, fallback, kind));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        storageOf(kind).setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Storage may be unavailable; the state still works for this visit.
      }
    },
    [key, kind],
  );
  return [value, set];
}
