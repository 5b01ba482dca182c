// Building blocks every record kind shares: ids, timestamps, dates, money and text limits.
import { z } from 'zod';
import { randomUUID } from '../runtime';

/** Record ids are random UUID strings, never auto-increment numbers, so records can later sync between machines. */
export const idSchema = z.string().min(1).max(64);
export type Id = z.infer<typeof idSchema>;

export function newId(): string {
  return randomUUID();
}

/** An instant, ISO 8601 with time zone (what `new Date().toISOString()` gives). */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A calendar day, `YYYY-MM-DD`: due dates, meeting dates and the like carry no time of day. */
export const dateSchema = z.iso.date();
export const optionalDate = dateSchema.nullable().default(null);

export function nowIso(): string {
  return new Date().toISOString();
}

/** Short text: names, titles, labels. */
export const shortText = z.string().max(500);
/** Long text: briefs, summaries, comments. Generous, because users paste whole documents. */
export const longText = z.string().max(100_000);

export const currencySchema = z.enum(['CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY', 'SGD']);
export type Currency = z.infer<typeof currencySchema>;

/** Money in major units (yuan, dollars); never negative. */
export const amountSchema = z.number().finite().min(0).max(1e13);

export const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** Fields every stored record carries: string id, creation and change times, and the trash mark. */
export const baseRecordShape = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable().default(null),
};

export type BaseRecord = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/** Fills id and timestamps for a new record. */
export function stampNew<T extends object>(fields: T, at: string = nowIso()): T & BaseRecord {
  return { id: newId(), createdAt: at, updatedAt: at, deletedAt: null, ...fields };
}
