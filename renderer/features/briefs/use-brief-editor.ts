// The brief editor's state: values typed, saved automatically (debounced) through the repository, journalled to
// localStorage on every change so nothing is lost to a crash, flushed on Ctrl/Cmd+S, on leaving and before any action.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Brief } from '@shared/model/brief';
import { isClosed, sameContent, statusAfterEdit } from '@shared/metrics/brief-status';
import { repos, type Draft } from '../../db';
import { toBriefFields, valuesFromBrief, type BriefValues, type EditorIssue } from './brief-form';
import { clearJournal, journalIsNewer, readJournal, writeJournal } from './draft-journal';

/** Long enough not to write on every keystroke, short enough that a pause saves. */
export const AUTOSAVE_DELAY_MS = 700;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; manual: boolean }
  | { kind: 'invalid'; issues: EditorIssue[] }
  | { kind: 'failed'; reason: string };

export type BriefEditor = {
  values: BriefValues;
  state: SaveState;
  /** True when the editor opened with typing recovered from the journal. */
  recovered: boolean;
  readOnly: boolean;
  update: (change: (values: BriefValues) => BriefValues) => void;
  /** Saves now what is typed; resolves to the saved record, or null when it could not be saved (the state says why). */
  flush: (manual?: boolean) => Promise<Brief | null>;
  /** Takes a record written by an action (approval, version, restore) as the new base; `values` replaces what is typed. */
  adopt: (record: Brief, values?: BriefValues) => void;
};

function initialValues(brief: Brief): { values: BriefValues; recovered: boolean } {
  const stored = valuesFromBrief(brief);
  const entry = readJournal(brief.id);
  if (entry && !isClosed(brief.status) && journalIsNewer(entry, brief.updatedAt)) {
    const values = { ...stored, ...entry.values };
    if (JSON.stringify(values) !== JSON.stringify(stored)) return { values, recovered: true };
  }
  if (entry) clearJournal(brief.id);
  return { values: stored, recovered: false };
}

export function useBriefEditor(brief: Brief): BriefEditor {
  const [initial] = useState(() => initialValues(brief));
  const [values, setValues] = useState<BriefValues>(initial.values);
  const [state, setState] = useState<SaveState>(initial.recovered ? { kind: 'pending' } : { kind: 'idle' });
  const [status, setStatus] = useState(brief.status);
  const valuesRef = useRef(initial.values);
  const savedRef = useRef<BriefValues | null>(initial.recovered ? null : initial.values);
  const recordRef = useRef(brief);
  const timerRef = useRef<number | null>(null);
  const chainRef = useRef<Promise<Brief | null>>(Promise.resolve(brief));
  const readOnly = isClosed(status);

  const save = useCallback(async (manual: boolean): Promise<Brief | null> => {
    const snapshot = valuesRef.current;
    const record = recordRef.current;
    if (snapshot === savedRef.current) {
      if (manual) setState({ kind: 'saved', at: new Date(), manual: true });
      return record;
    }
    const converted = toBriefFields(snapshot);
    if (!converted.ok) {
      setState({ kind: 'invalid', issues: converted.issues });
      return null;
    }
    // An edit to a reviewed or approved brief starts a new version that needs approval again (shared/metrics).
    const edited = !sameContent(converted.fields, record);
    const draft = { ...converted.fields, id: record.id, status: edited ? statusAfterEdit(record.status) : record.status } satisfies Draft<'briefs'>;
    setState({ kind: 'saving' });
    const result = await repos().briefs.save(draft);
    if (!result.ok) {
      const first = result.issues[0];
      if (first && first.code !== 'quota' && first.code !== 'storage') setState({ kind: 'invalid', issues: result.issues });
      else setState({ kind: 'failed', reason: first?.message ?? '' });
      return null;
    }
    recordRef.current = result.record;
    setStatus(result.record.status);
    savedRef.current = snapshot;
    if (valuesRef.current === snapshot) clearJournal(record.id);
    else writeJournal(record.id, { base: result.record.updatedAt, at: Date.now(), values: valuesRef.current });
    setState(valuesRef.current === snapshot ? { kind: 'saved', at: new Date(), manual } : { kind: 'pending' });
    return result.record;
  }, []);

  const flush = useCallback(
    (manual = false) => {
      if (timerRef.current !== null) {
        window.clearTimeout(timerRef.current);
        timerRef.current = null;
      }
      // One save at a time, in order: a later flush waits for the one in flight and then saves what came after.
      const next = chainRef.current.catch(() => null).then(() => save(manual));
      chainRef.current = next;
      return next;
    },
    [save],
  );

  const update = useCallback(
    (change: (values: BriefValues) => BriefValues) => {
      if (isClosed(recordRef.current.status)) return;
      const next = change(valuesRef.current);
      if (next === valuesRef.current) return;
      valuesRef.current = next;
      setValues(next);
      writeJournal(recordRef.current.id, { base: recordRef.current.updatedAt, at: Date.now(), values: next });
      setState({ kind: 'pending' });
      if (timerRef.current !== null) window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(() => {
        timerRef.current = null;
        void flush();
      }, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const adopt = useCallback((record: Brief, replacement?: BriefValues) => {
    recordRef.current = record;
    setStatus(record.status);
    if (replacement) {
      valuesRef.current = replacement;
      savedRef.current = replacement;
      setValues(replacement);
      clearJournal(record.id);
    }
  }, []);

  // Recovered typing goes to the database straight away.
  useEffect(() => {
    if (initial.recovered) void flush();
  }, [initial.recovered, flush]);

  // Ctrl/Cmd+S saves now; leaving the page or hiding the window saves what is pending (the journal covers a crash).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush(true);
      }
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    window.addEventListener('keydown', onKey);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { values, state, recovered: initial.recovered, readOnly, update, flush, adopt };
}
