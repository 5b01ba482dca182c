// Turns zod issues (from forms and from repository saves) into translated messages that follow the UI language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { zhCN } from './zh-CN';

export type ValidationKey = keyof (typeof zhCN)['validation'];
export type ValidationMessage = { key: ValidationKey; params?: Record<string, string | number> };

/** The subset of a zod 4 issue the messages depend on (also what the error map receives). */
type IssueLike = {
  code?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  expected?: unknown;
  format?: unknown;
  input?: unknown;
};

export function messageForIssue(issue: IssueLike): ValidationMessage {
  const limit = (value: unknown) => (typeof value === 'number' || typeof value === 'bigint' ? Number(value) : 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return limit(issue.minimum) <= 1 ? { key: 'required' } : { key: 'tooShort', params: { minimum: limit(issue.minimum) } };
      if (issue.origin === 'number') return { key: 'numberTooSmall', params: { minimum: limit(issue.minimum) } };
      return { key: 'required' };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'tooLong', params: { maximum: limit(issue.maximum) } };
      if (issue.origin === 'number') return { key: 'numberTooBig', params: { maximum: limit(issue.maximum) } };
      return { key: 'invalid' };
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return { key: 'required' };
      if (issue.expected === 'number') return { key: 'notANumber' };
      if (issue.expected === 'int') return { key: 'integer' };
      return { key: 'invalid' };
    case 'invalid_format':
      return issue.format === 'date' || issue.format === 'datetime' ? { key: 'invalidDate' } : { key: 'invalid' };
    case 'invalid_value':
      return { key: 'invalidOption' };
    // Repository saves report a full disk or a refused write with these codes (renderer/db/repository.ts).
    case 'quota':
      return { key: 'diskFull' };
    case 'storage':
      return { key: 'storageFailed' };
    default:
      return { key: 'invalid' };
  }
}

// Form errors carry an encoded message rather than text, so a visible error re-translates when the language changes.
const PREFIX = 'i18n:';

export function encodeMessage(message: ValidationMessage): string {
  return PREFIX + JSON.stringify(message);
}

/** A zod error map for zodResolver's schema options: every issue becomes an encoded, translatable message. */
export function validationErrorMap(issue: IssueLike): string {
  return encodeMessage(messageForIssue(issue));
}

function decodeMessage(text: string): ValidationMessage | null {
  if (!text.startsWith(PREFIX)) return null;
  try {
    const parsed: unknown = JSON.parse(text.slice(PREFIX.length));
    if (parsed && typeof parsed === 'object' && 'key' in parsed && typeof parsed.key === 'string') return parsed as ValidationMessage;
  } catch {
    // fall through: not one of ours
  }
  return null;
}

/** A function that turns an encoded form error (or a repository issue) into text in the current language. */
export function useValidationText(): (message: string | undefined | IssueLike) => string {
  const { t } = useTranslation();
  return useCallback(
    (message) => {
      if (message === undefined) return '';
      const decoded = typeof message === 'string' ? decodeMessage(message) : messageForIssue(message);
      if (!decoded) return typeof message === 'string' ? message : t('validation.invalid');
      // The key is chosen at run time, so its interpolation values cannot be checked statically.
      const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
      return translate(`validation.${decoded.key}`, decoded.params);
    },
    [t],
  );
}
