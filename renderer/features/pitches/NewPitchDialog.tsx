// The new-pitch dialog: what it is, for which client — an existing account or a new prospect created on the spot —
// its type, source, owner, date and value. The rest is filled in on the pitch page.
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { accountSchema } from '@shared/model/account';
import { currencySchema, shortText } from '@shared/model/common';
import { pitchSchema, pitchSources, pitchTypes } from '@shared/model/pitch';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { useRecords } from '../../components/records/use-records';
import { encodeMessage, validationErrorMap } from '../../i18n/validation';
import { createPitch } from './pitch-actions';
import { amountText, dayOrNull, dayText, issueMessage, parseAmount } from './pitch-form-support';

const newPitchSchema = z
  .object({
    title: pitchSchema.shape.title,
    prospectKind: z.enum(['existing', 'new']),
    accountId: z.string(),
    brand: shortText,
    company: shortText,
    industry: shortText,
    type: z.enum(pitchTypes),
    source: z.enum(pitchSources),
    ownerId: z.string(),
    pitchDate: dayText,
    fee: amountText(),
    currency: currencySchema,
    probability: amountText({ required: true, maximum: 100, integer: true }),
  })
  .superRefine((values, ctx) => {
    if (values.prospectKind === 'existing' && values.accountId === '') ctx.addIssue({ code: 'custom', path: ['accountId'], message: encodeMessage({ key: 'required' }) });
    if (values.prospectKind === 'new' && !accountSchema.shape.brand.safeParse(values.brand).success) ctx.addIssue({ code: 'custom', path: ['brand'], message: encodeMessage({ key: 'required' }) });
  });
type NewPitchValues = z.infer<typeof newPitchSchema>;

type Props = { open: boolean; onClose: () => void; onCreated: (pitchId: string) => void; accountId?: string };

export function NewPitchDialog({ open, onClose, onCreated, accountId }: Props) {
  const { t } = useTranslation();
  const accounts = useRecords('accounts');
  const members = useRecords('members');
  const [formError, setFormError] = useState<string | null>(null);
  const [savedProspect, setSavedProspect] = useState<string | null>(null);
  const {
    register, handleSubmit, control, setError, setValue,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<NewPitchValues>({
    defaultValues: {
      title: '', prospectKind: accountId ? 'existing' : 'new', accountId: accountId ?? '', brand: '', company: '', industry: '',
      type: 'new-business', source: 'direct', ownerId: '', pitchDate: '', fee: '', currency: 'CNY', probability: '20',
    },
    resolver: zodResolver(newPitchSchema, { error: validationErrorMap }),
  });
  const kind = useWatch({ control, name: 'prospectKind' });
  const sortedAccounts = useMemo(() => [...(accounts ?? [])].sort((a, b) => a.brand.localeCompare(b.brand, 'zh-CN')), [accounts]);
  const activeMembers = useMemo(() => (members ?? []).filter((m) => m.active).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [members]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const prospect = values.prospectKind === 'new'
      ? { kind: 'new' as const, brand: values.brand, company: values.company, industry: values.industry }
      : { kind: 'existing' as const, accountId: values.accountId };
    const result = await createPitch(prospect, {
      title: values.title.trim(),
      type: values.type,
      source: values.source,
      ownerId: values.ownerId === '' ? null : values.ownerId,
      team: values.ownerId === '' ? [] : [{ memberId: values.ownerId, role: t('pitches.form.ownerTeamRole') }],
      pitchDate: dayOrNull(values.pitchDate),
      estimatedAnnualFee: parseAmount(values.fee),
      currency: values.currency,
      probability: parseAmount(values.probability) ?? 0,
    });
    if (result.ok) {
      onCreated(result.pitch.id);
      return;
    }
    if (result.accountId) {
      // The prospect is saved; a retry must use it rather than create it again.
      setValue('prospectKind', 'existing');
      setValue('accountId', result.accountId);
      setSavedProspect(values.brand.trim());
    }
    const fields: Record<string, keyof NewPitchValues> = result.where === 'account'
      ? { brand: 'brand', company: 'company', industry: 'industry' }
      : { title: 'title', pitchDate: 'pitchDate', estimatedAnnualFee: 'fee', probability: 'probability' };
    let shown = false;
    for (const issue of result.issues) {
      const field = fields[issue.field.split('.')[0] ?? ''];
      if (field) {
        setError(field, { message: issueMessage(issue) });
        shown = true;
      }
    }
    if (!shown) setFormError(result.issues.map((i) => i.message).join('; '));
  });

  const errorCount = Object.keys(errors).length;
  const formId = 'new-pitch-form';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('pitches.form.title')}
      description={t('pitches.form.intro')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {submitCount > 0 && errorCount > 0 && <span className="field-error">{t('common.fixErrors', { count: errorCount })}</span>}
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
            {savedProspect && !formError && <span className="saved-note">{t('pitches.form.prospectKept', { brand: savedProspect })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('pitches.form.submit')}
          </button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('pitches.fields.title')} error={errors.title?.message} hint={t('pitches.form.titleHint')} required className="span-2">
          <input type="text" autoComplete="off" autoFocus {...register('title')} />
        </Field>
        <fieldset className="span-2 choice-row">
          <legend className="field-label">{t('pitches.form.client')}</legend>
          <label className="choice"><input type="radio" value="new" {...register('prospectKind')} />{t('pitches.form.newProspect')}</label>
          <label className="choice"><input type="radio" value="existing" {...register('prospectKind')} />{t('pitches.form.existingAccount')}</label>
        </fieldset>
        {kind === 'existing' ? (
          <Field label={t('pitches.fields.account')} error={errors.accountId?.message} required className="span-2">
            <select {...register('accountId')}>
              <option value="">{t('pitches.form.chooseAccount')}</option>
              {sortedAccounts.map((a) => (
                <option key={a.id} value={a.id}>{`${a.brand}（${t(`enums.accountStatus.${a.status}`)}）`}</option>
              ))}
            </select>
          </Field>
        ) : (
          <>
            <Field label={t('pitches.form.prospectBrand')} error={errors.brand?.message} required>
              <input type="text" autoComplete="off" {...register('brand')} />
            </Field>
            <Field label={t('pitches.form.prospectCompany')} error={errors.company?.message}>
              <input type="text" autoComplete="off" {...register('company')} />
            </Field>
            <Field label={t('pitches.form.prospectIndustry')} error={errors.industry?.message}>
              <input type="text" autoComplete="off" {...register('industry')} />
            </Field>
            <span />
          </>
        )}
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
            {activeMembers.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </Field>
        <Field label={t('pitches.fields.pitchDate')} error={errors.pitchDate?.message} hint={t('pitches.form.pitchDateHint')}>
          <input type="date" {...register('pitchDate')} />
        </Field>
        <Field label={t('pitches.fields.fee')} error={errors.fee?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" {...register('fee')} />
        </Field>
        <Field label={t('pitches.fields.currency')} error={errors.currency?.message}>
          <select {...register('currency')}>
            {currencySchema.options.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </Field>
        <Field label={t('pitches.fields.probability')} error={errors.probability?.message} hint={t('pitches.form.probabilityHint')}>
          <input type="text" inputMode="numeric" autoComplete="off" {...register('probability')} />
        </Field>
      </form>
    </Dialog>
  );
}
