// The competency framework editor's values (weights as typed), the weight total, and conversion to the stored framework.
import { z } from 'zod';
import { frameworkSchema, type Framework } from '@shared/model/framework';
import { encodeMessage } from '../../../i18n/validation';

export type DimensionValues = {
  key: string;
  nameZh: string;
  nameEn: string;
  description: string;
  weight: string;
  descriptors: [string, string, string, string, string];
};
export type FrameworkValues = { name: string; dimensions: DimensionValues[] };

const tooLong = encodeMessage({ key: 'tooLong', params: { maximum: 500 } });
const text = z.string().max(500, { message: tooLong });
const required = text.refine((v) => v.trim().length > 0, { message: encodeMessage({ key: 'required' }) });
const weight = z.string().refine((v) => weightOf(v) !== null, { message: encodeMessage({ key: 'notANumber' }) }).refine((v) => {
  const w = weightOf(v);
  return w === null || (w >= 0 && w <= 100);
}, { message: encodeMessage({ key: 'numberTooBig', params: { maximum: 100 } }) });

/** Field checks; the weight total is checked separately so its message can say by how much it is off. */
export const frameworkFormSchema = z.object({
  name: text,
  dimensions: z.array(z.object({ key: z.string(), nameZh: required, nameEn: required, description: text, weight, descriptors: z.tuple([text, text, text, text, text]) })).min(1),
});

/** A weight as typed (`20`, `12.5`, ` 15 `), or null when it is not a number. */
export function weightOf(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : null;
}

/** The total of the weights typed so far, to two decimals (unreadable weights count as 0). */
export function weightTotal(dimensions: readonly Pick<DimensionValues, 'weight'>[]): number {
  return Math.round(dimensions.reduce((sum, d) => sum + (weightOf(d.weight) ?? 0), 0) * 100) / 100;
}

export const totalIsRight = (total: number) => Math.abs(total - 100) < 0.01;

export function toFrameworkValues(framework: Framework): FrameworkValues {
  return {
    name: framework.name,
    dimensions: framework.dimensions.map((d) => ({
      key: d.key,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      description: d.description,
      weight: String(d.weight),
      descriptors: [0, 1, 2, 3, 4].map((i) => d.descriptors[i] ?? '') as DimensionValues['descriptors'],
    })),
  };
}

/** The framework the values stand for, checked by the model's own schema (weights total 100, unique keys). */
export function fromFrameworkValues(values: FrameworkValues): ReturnType<typeof frameworkSchema.safeParse> {
  return frameworkSchema.safeParse({
    name: values.name.trim(),
    dimensions: values.dimensions.map((d) => ({
      key: d.key,
      nameZh: d.nameZh.trim(),
      nameEn: d.nameEn.trim(),
      description: d.description.trim(),
      weight: weightOf(d.weight) ?? 0,
      descriptors: d.descriptors.map((x) => x.trim()),
    })),
  });
}

/** A key for a new dimension: stable once saved (evaluations and trends match dimensions by key, not by name). */
export function newDimensionKey(existing: readonly string[]): string {
  const taken = new Set(existing);
  for (let n = existing.length + 1; ; n++) {
    const key = `dimension-${n}`;
    if (!taken.has(key)) return key;
  }
}
