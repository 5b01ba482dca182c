// The pitch part of the settings page: the lost-reason list, the preparation plan template (tasks, days before the
// pitch, owner role, key date) and after how many quiet days an open pitch counts as stalled.
import { useId, useMemo } from 'react';
import { useFieldArray } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { shortText } from '@shared/model/common';
import { pitchKeyDates, pitchPlanStepSchema, type Settings } from '@shared/model/settings';
import { defaultPitchPlan, pitchTeamRoles } from '@shared/metrics/pitch-plan';
import { lostReasonLabel } from '@shared/metrics/pitch-figures';
import { repos } from '../../db';
import { Field } from '../../components/form/Field';
import { useLanguage } from '../../components/use-language';
import { encodeMessage, validationErrorMap } from '../../i18n/validation';
import { amountText, parseAmount, pitchMessage, usePitchErrorText, useSectionForm } from './pitch-form-support';
import { Cell, SectionCard, SectionFooter, countErrors } from './SectionCard';
import './pitches.css';

export function PitchSettings({ settings }: { settings: Settings }) {
  return (
    <div className="settings stack pitch-settings pitch-scope">
      <LostReasonsCard settings={settings} />
      <PlanTemplateCard settings={settings} />
    </div>
  );
}

const reasonsSchema = z.object({
  reasons: z.array(z.object({ text: shortText.trim().min(1) })).superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const key = row.text.trim();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'text'], message: pitchMessage('duplicateReason') });
      seen.add(key);
    });
  }),
});
type ReasonsValues = z.infer<typeof reasonsSchema>;
const reasonsResolver = zodResolver(reasonsSchema, { error: validationErrorMap });

function LostReasonsCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const values = useMemo<ReasonsValues>(() => ({ reasons: settings.lostReasons.map((text) => ({ text })) }), [settings.lostReasons]);
  const { form, submit, discard, status } = useSectionForm({
    values,
    resolver: reasonsResolver,
    save: (v) => repos().settings.save({ lostReasons: v.reasons.map((r) => r.text.trim()) }),
    toField: (path) => (path.startsWith('lostReasons.') ? `reasons.${path.split('.')[1] ?? '0'}.text` : null),
  });
  const { register, control, formState: { errors, isDirty, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'reasons' });
  const errorText = usePitchErrorText();
  const formId = 'lost-reasons-form';
  return (
    <SectionCard level={2} id="settings-lost-reasons" title={t('pitches.settings.reasonsTitle')} hint={t('pitches.settings.reasonsHint')}>
      <form id={formId} noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <ul className="reason-list">
          {fields.map((field, index) => {
            const current = form.getValues(`reasons.${index}.text`);
            const translated = language === 'en' ? lostReasonLabel(current, 'en') : current;
            return (
              <li key={field.id}>
                <Cell label={t('pitches.settings.reasonOf', { n: index + 1 })} error={errorText(errors.reasons?.[index]?.text?.message)}>
                  {(a) => <input type="text" autoComplete="off" {...a} {...register(`reasons.${index}.text`)} />}
                </Cell>
                {translated !== current && <span className="cell-sub">{translated}</span>}
                <button type="button" className="icon-button" aria-label={t('pitches.removeRow', { name: current || t('pitches.settings.reasonOf', { n: index + 1 }) })} onClick={() => remove(index)}>×</button>
              </li>
            );
          })}
        </ul>
        <div className="list-add"><button type="button" className="button button-small" onClick={() => append({ text: '' })}>+ {t('pitches.settings.addReason')}</button></div>
      </form>
      <SectionFooter formId={formId} dirty={isDirty} submitting={isSubmitting} status={status} onDiscard={discard} errorCount={countErrors(errors)} />
    </SectionCard>
  );
}

const keyDateOptions = ['', ...pitchKeyDates] as const;
const templateSchema = z.object({
  steps: z.array(z.object({
    task: pitchPlanStepSchema.shape.task,
    daysBefore: amountText({ required: true, maximum: 365, integer: true }),
    ownerRole: shortText,
    keyDate: z.enum(keyDateOptions),
  })),
  staleDays: amountText({ required: true, maximum: 365, integer: true }).refine((v) => (parseAmount(v) ?? 0) >= 1, { message: encodeMessage({ key: 'numberTooSmall', params: { minimum: 1 } }) }),
});
type TemplateValues = z.infer<typeof templateSchema>;
const templateResolver = zodResolver(templateSchema, { error: validationErrorMap });

function PlanTemplateCard({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const listId = useId();
  const values = useMemo<TemplateValues>(() => ({
    steps: (settings.pitchPlanTemplate ?? defaultPitchPlan(language)).map((s) => ({ task: s.task, daysBefore: String(s.daysBefore), ownerRole: s.ownerRole, keyDate: s.keyDate ?? '' })),
    staleDays: String(settings.pitchStaleDays),
  }), [settings.pitchPlanTemplate, settings.pitchStaleDays, language]);
  const { form, submit, discard, status } = useSectionForm({
    values,
    resolver: templateResolver,
    save: (v) => repos().settings.save({
      pitchPlanTemplate: v.steps.map((s) => ({ task: s.task.trim(), daysBefore: parseAmount(s.daysBefore) ?? 0, ownerRole: s.ownerRole.trim(), keyDate: s.keyDate === '' ? null : s.keyDate })),
      pitchStaleDays: parseAmount(v.staleDays) ?? 21,
    }),
    toField: (path) => {
      const [head, index, field] = path.split('.');
      if (head === 'pitchPlanTemplate' && index !== undefined && field !== undefined) return `steps.${index}.${field}`;
      return head === 'pitchStaleDays' ? 'staleDays' : null;
    },
  });
  const { register, control, setValue, formState: { errors, isDirty, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'steps' });
  const formId = 'plan-template-form';
  const restoreDefault = () =>
    setValue('steps', defaultPitchPlan(language).map((s) => ({ task: s.task, daysBefore: String(s.daysBefore), ownerRole: s.ownerRole, keyDate: s.keyDate ?? '' })), { shouldDirty: true });
  return (
    <SectionCard
      level={2}
      id="settings-plan-template"
      title={t('pitches.settings.templateTitle')}
      hint={settings.pitchPlanTemplate === null ? t('pitches.settings.templateHintDefault') : t('pitches.settings.templateHint')}
      actions={<button type="button" className="button button-ghost" onClick={restoreDefault}>{t('pitches.settings.restoreDefault')}</button>}
    >
      <form id={formId} noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <datalist id={listId}>{pitchTeamRoles(language).map((role) => <option key={role} value={role} />)}</datalist>
        <table className="edit-table template-table">
          <thead>
            <tr>
              <th scope="col">{t('pitches.settings.task')}</th>
              <th scope="col" className="w-days">{t('pitches.settings.daysBefore')}</th>
              <th scope="col" className="w-role">{t('pitches.settings.ownerRole')}</th>
              <th scope="col" className="w-role">{t('pitches.settings.keyDate')}</th>
              <th scope="col" className="w-remove"><span className="visually-hidden">{t('pitches.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => {
              const n = index + 1;
              return (
                <tr key={field.id}>
                  <td>
                    <Cell label={t('pitches.settings.taskOf', { n })} error={errors.steps?.[index]?.task?.message}>
                      {(a) => <input type="text" autoComplete="off" {...a} {...register(`steps.${index}.task`)} />}
                    </Cell>
                  </td>
                  <td className="w-days">
                    <Cell label={t('pitches.settings.daysBeforeOf', { n })} error={errors.steps?.[index]?.daysBefore?.message}>
                      {(a) => <input type="text" inputMode="numeric" autoComplete="off" {...a} {...register(`steps.${index}.daysBefore`)} />}
                    </Cell>
                  </td>
                  <td className="w-role">
                    <Cell label={t('pitches.settings.ownerRoleOf', { n })} error={errors.steps?.[index]?.ownerRole?.message}>
                      {(a) => <input type="text" autoComplete="off" list={listId} {...a} {...register(`steps.${index}.ownerRole`)} />}
                    </Cell>
                  </td>
                  <td className="w-role">
                    <Cell label={t('pitches.settings.keyDateOf', { n })} error={errors.steps?.[index]?.keyDate?.message}>
                      {(a) => (
                        <select {...a} {...register(`steps.${index}.keyDate`)}>
                          <option value="">{t('pitches.settings.noKeyDate')}</option>
                          {pitchKeyDates.map((k) => <option key={k} value={k}>{t(`pitches.settings.keyDates.${k}`)}</option>)}
                        </select>
                      )}
                    </Cell>
                  </td>
                  <td className="w-remove"><button type="button" className="icon-button" aria-label={t('pitches.removeRow', { name: form.getValues(`steps.${index}.task`) || t('pitches.settings.taskOf', { n }) })} onClick={() => remove(index)}>×</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="list-add"><button type="button" className="button button-small" onClick={() => append({ task: '', daysBefore: '7', ownerRole: '', keyDate: '' })}>+ {t('pitches.settings.addStep')}</button></div>
        <p className="section-hint template-note">{t('pitches.settings.weekendRule')}</p>
        <div className="form-grid stale-days">
          <Field label={t('pitches.settings.staleDays')} error={errors.staleDays?.message} hint={t('pitches.settings.staleDaysHint')}>
            <input type="text" inputMode="numeric" autoComplete="off" {...register('staleDays')} />
          </Field>
        </div>
      </form>
      <SectionFooter formId={formId} dirty={isDirty} submitting={isSubmitting} status={status} onDiscard={discard} errorCount={countErrors(errors)} />
    </SectionCard>
  );
}
