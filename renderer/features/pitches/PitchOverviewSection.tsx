// The pitch's key facts (type, source, owner, date, value and probability, pitch fee, our cost) and the client's brief
// with our strategy and big idea, each edited as a section form.
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { currencySchema, longText } from '@shared/model/common';
import type { Member } from '@shared/model/member';
import { pitchSchema, pitchSources, pitchTypes, type Pitch } from '@shared/model/pitch';
import { pitchWeightedValue } from '@shared/metrics/pitch-pipeline';
import { Field } from '../../components/form/Field';
import { useLanguage } from '../../components/use-language';
import { formatMoney } from '../../i18n/format';
import { validationErrorMap } from '../../i18n/validation';
import { updatePitch } from './pitch-actions';
import { amountText, amountToText, dayOrNull, dayText, parseAmount, useSectionForm } from './pitch-form-support';
import { SectionCard, SectionFooter, countErrors } from './SectionCard';

const overviewSchema = z.object({
  title: pitchSchema.shape.title,
  type: z.enum(pitchTypes),
  source: z.enum(pitchSources),
  ownerId: z.string(),
  pitchDate: dayText,
  estimatedAnnualFee: amountText(),
  currency: currencySchema,
  probability: amountText({ required: true, maximum: 100, integer: true }),
  pitchFee: amountText(),
  costHours: amountText({ maximum: 1e6 }),
  costExpenses: amountText(),
});
type OverviewValues = z.infer<typeof overviewSchema>;

const overviewResolver = zodResolver(overviewSchema, { error: validationErrorMap });

export function PitchOverviewSection({ pitch, members }: { pitch: Pitch; members: readonly Member[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const values = useMemo<OverviewValues>(() => ({
    title: pitch.title,
    type: pitch.type,
    source: pitch.source,
    ownerId: pitch.ownerId ?? '',
    pitchDate: pitch.pitchDate ?? '',
    estimatedAnnualFee: amountToText(pitch.estimatedAnnualFee),
    currency: pitch.currency,
    probability: String(pitch.probability),
    pitchFee: amountToText(pitch.pitchFee),
    costHours: pitch.costHours === 0 ? '' : String(pitch.costHours),
    costExpenses: pitch.costExpenses === 0 ? '' : String(pitch.costExpenses),
  }), [pitch]);
  const { form, submit, discard, status } = useSectionForm({
    values,
    resolver: overviewResolver,
    save: (v) => updatePitch(pitch.id, () => ({
      title: v.title.trim(),
      type: v.type,
      source: v.source,
      ownerId: v.ownerId === '' ? null : v.ownerId,
      pitchDate: dayOrNull(v.pitchDate),
      estimatedAnnualFee: parseAmount(v.estimatedAnnualFee),
      currency: v.currency,
      probability: parseAmount(v.probability) ?? 0,
      pitchFee: parseAmount(v.pitchFee),
      costHours: parseAmount(v.costHours) ?? 0,
      costExpenses: parseAmount(v.costExpenses) ?? 0,
    })),
  });
  const { register, control, formState: { errors, isDirty, isSubmitting } } = form;
  const [fee, probability, currency] = useWatch({ control, name: ['estimatedAnnualFee', 'probability', 'currency'] });
  const feeValue = parseAmount(fee);
  const probabilityValue = parseAmount(probability);
  const weighted = feeValue !== null && !Number.isNaN(feeValue) && probabilityValue !== null && !Number.isNaN(probabilityValue)
    ? pitchWeightedValue({ estimatedAnnualFee: feeValue, probability: Math.max(0, Math.min(100, probabilityValue)) })
    : null;
  const choosable = members.filter((m) => m.active || m.id === pitch.ownerId);
  const formId = 'pitch-overview-form';

  return (
    <SectionCard id="pitch-overview" title={t('pitches.sections.overview')}>
      <form id={formId} className="form-grid form-grid-4" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <Field label={t('pitches.fields.title')} error={errors.title?.message} required className="span-2">
          <input type="text" autoComplete="off" {...register('title')} />
        </Field>
        <Field label={t('pitches.fields.type')} error={errors.type?.message}>
          <select {...register('type')}>
            {pitchTypes.map((type) => <option key={type} value={type}>{t(`enums.pitchType.${type}`)}</option>)}
          </select>
        </Field>
        <Field label={t('pitches.fields.source')} error={errors.source?.message}>
          <select {...register('source')}>
            {pitchSources.map((source) => <option key={source} value={source}>{t(`enums.pitchSource.${source}`)}</option>)}
          </select>
        </Field>
        <Field label={t('pitches.fields.owner')} error={errors.ownerId?.message}>
          <select {...register('ownerId')}>
            <option value="">{t('pitches.noOne')}</option>
            {choosable.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </Field>
        <Field label={t('pitches.fields.pitchDate')} error={errors.pitchDate?.message}>
          <input type="date" {...register('pitchDate')} />
        </Field>
        <Field label={t('pitches.fields.fee')} error={errors.estimatedAnnualFee?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...register('estimatedAnnualFee')} />
        </Field>
        <Field label={t('pitches.fields.currency')} error={errors.currency?.message}>
          <select {...register('currency')}>
            {currencySchema.options.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </Field>
        <Field label={t('pitches.fields.probability')} error={errors.probability?.message}>
          <input type="text" inputMode="numeric" autoComplete="off" {...register('probability')} />
        </Field>
        <div className="field">
          <span className="field-label" id="weighted-label">{t('pitches.fields.weighted')}</span>
          <output className="output-value num" aria-labelledby="weighted-label">{weighted === null ? '—' : formatMoney(weighted, currency, language)}</output>
        </div>
        <Field label={t('pitches.fields.pitchFee')} error={errors.pitchFee?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...register('pitchFee')} />
        </Field>
        <fieldset className="field cost-pair">
          <legend className="field-label">{t('pitches.fields.ourCost')}</legend>
          <div className="cost-inputs">
            <Field label={t('pitches.fields.costHours')} error={errors.costHours?.message}>
              <input type="text" inputMode="decimal" autoComplete="off" {...register('costHours')} />
            </Field>
            <Field label={t('pitches.fields.costExpenses')} error={errors.costExpenses?.message}>
              <input type="text" inputMode="decimal" autoComplete="off" {...register('costExpenses')} />
            </Field>
          </div>
        </fieldset>
      </form>
      <SectionFooter formId={formId} dirty={isDirty} submitting={isSubmitting} status={status} onDiscard={discard} errorCount={countErrors(errors)} />
    </SectionCard>
  );
}

const briefSchema = z.object({ clientBrief: longText, strategy: longText, bigIdea: longText });
type BriefValues = z.infer<typeof briefSchema>;
const briefResolver = zodResolver(briefSchema, { error: validationErrorMap });

export function PitchStrategySection({ pitch }: { pitch: Pitch }) {
  const { t } = useTranslation();
  const values = useMemo<BriefValues>(() => ({ clientBrief: pitch.clientBrief, strategy: pitch.strategy, bigIdea: pitch.bigIdea }), [pitch]);
  const { form, submit, discard, status } = useSectionForm({ values, resolver: briefResolver, save: (v) => updatePitch(pitch.id, () => v) });
  const { register, formState: { errors, isDirty, isSubmitting } } = form;
  const formId = 'pitch-strategy-form';
  return (
    <SectionCard id="pitch-strategy" title={t('pitches.sections.strategy')} hint={t('pitches.sections.strategyHint')}>
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <Field label={t('pitches.fields.clientBrief')} error={errors.clientBrief?.message} className="span-2">
          <textarea rows={4} {...register('clientBrief')} />
        </Field>
        <Field label={t('pitches.fields.strategy')} error={errors.strategy?.message}>
          <textarea rows={5} {...register('strategy')} />
        </Field>
        <Field label={t('pitches.fields.bigIdea')} error={errors.bigIdea?.message}>
          <textarea rows={5} {...register('bigIdea')} />
        </Field>
      </form>
      <SectionFooter formId={formId} dirty={isDirty} submitting={isSubmitting} status={status} onDiscard={discard} errorCount={countErrors(errors)} />
    </SectionCard>
  );
}
