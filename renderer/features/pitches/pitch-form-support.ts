// Pieces the pitch forms share: amounts, days and whole numbers typed as text, repository issues shown on their
// fields, and a section form that follows the stored record until the user starts editing it.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { dateSchema } from '@shared/model/common';
import type { FieldIssue, SaveResult } from '../../db';
import { encodeMessage, messageForIssue } from '../../i18n/validation';

/** "1,200,000" and "１２００" read as numbers; blank means none given; anything else is NaN. */
export function parseAmount(text: string): number | null {
  const normalised = text.normalize('NFKC').replace(/[,\s，]/g, '');
  if (normalised === '') return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** A number as an input shows it: blank for none. */
export const amountToText = (value: number | null): string => (value === null ? '' : String(value));

/** A date input's value: blank, or a real calendar day. */
export const dayText = z.string().refine((v) => v === '' || dateSchema.safeParse(v).success, { message: encodeMessage({ key: 'invalidDate' }) });

export const dayOrNull = (text: string): string | null => (text === '' ? null : text);

/** An amount typed as text: blank (when allowed) or a number from 0 to `maximum`. */
export function amountText({ required = false, maximum = 1e13, integer = false }: { required?: boolean; maximum?: number; integer?: boolean } = {}) {
  return z.string().superRefine((value, ctx) => {
    const amount = parseAmount(value);
    if (amount === null) {
      if (required) ctx.addIssue({ code: 'custom', message: encodeMessage({ key: 'required' }) });
      return;
    }
    if (Number.isNaN(amount)) ctx.addIssue({ code: 'custom', message: encodeMessage({ key: 'notANumber' }) });
    else if (amount < 0) ctx.addIssue({ code: 'custom', message: encodeMessage({ key: 'numberTooSmall', params: { minimum: 0 } }) });
    else if (amount > maximum) ctx.addIssue({ code: 'custom', message: encodeMessage({ key: 'numberTooBig', params: { maximum } }) });
    else if (integer && !Number.isInteger(amount)) ctx.addIssue({ code: 'custom', message: encodeMessage({ key: 'integer' }) });
  });
}

/** The stored message of a repository issue, encoded so it follows the UI language. */
export const issueMessage = (issue: FieldIssue): string => encodeMessage(messageForIssue(issue));

export type SectionStatus = { kind: 'saved' } | { kind: 'failed'; reason: string } | null;

/**
 * A form over one section of a record. While the user has not touched it, it follows the stored record (another
 * section's save, a move on the board); once they edit, their text stays until they save or discard it. Issues the
 * repository finds go onto the fields they name (`toField` maps a record path to a form path), the rest to the status.
 */
export function useSectionForm<V extends FieldValues>(options: {
  values: V;
  resolver: Resolver<V>;
  save: (values: V) => Promise<SaveResult<unknown>>;
  toField?: (recordPath: string) => string | null;
}): { form: UseFormReturn<V>; submit: () => Promise<void>; discard: () => void; status: SectionStatus; setStatus: (status: SectionStatus) => void } {
  const { values, resolver, save, toField } = options;
  const form = useForm<V>({ defaultValues: values as DefaultValues<V>, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const [status, setStatus] = useState<SectionStatus>(null);
  const key = JSON.stringify(values);
  const { reset, formState } = form;
  const dirty = formState.isDirty;

  useEffect(() => {
    if (!dirty) reset(JSON.parse(key) as V);
    // Only a change of the stored values (or the end of an edit) should refill the form.
  }, [key, dirty, reset]);

  const submit = useCallback(async () => {
    setStatus(null);
    await form.handleSubmit(async (submitted) => {
      const result = await save(submitted);
      if (result.ok) {
        reset(submitted);
        setStatus({ kind: 'saved' });
        return;
      }
      const unplaced: string[] = [];
      for (const issue of result.issues) {
        const field = toField ? toField(issue.field) : (issue.field.split('.')[0] ?? '') in submitted ? issue.field : null;
        if (field) form.setError(field as FieldPath<V>, { message: issueMessage(issue) });
        else unplaced.push(issue.message);
      }
      if (unplaced.length > 0 || result.issues.length === 0) setStatus({ kind: 'failed', reason: unplaced.join('; ') });
    })();
  }, [form, save, reset, toField]);

  const discard = useCallback(() => {
    reset(JSON.parse(key) as V);
    setStatus(null);
  }, [reset, key]);

  return { form, submit, discard, status, setStatus };
}

/** Messages the shared validation catalogue has no words for; they travel encoded and are translated at render. */
export type PitchMessageKey = 'duplicateReason' | 'duplicateMember';
const PITCH_PREFIX = 'pitch:';

export function pitchMessage(key: PitchMessageKey): string {
  return PITCH_PREFIX + key;
}

/** Turns our own encoded messages into text in the UI language; other messages pass through for `Field` to translate. */
export function usePitchErrorText(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (message) => (message?.startsWith(PITCH_PREFIX) ? t(`pitches.validation.${message.slice(PITCH_PREFIX.length) as PitchMessageKey}`) : message),
    [t],
  );
}
