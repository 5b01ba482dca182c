// The new-brief dialog: an account, a title, and a starting point — a template (the job type picks its default) or a copy of an earlier brief.
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { format } from 'date-fns';
import { z } from 'zod';
import { briefContentSchema } from '@shared/model/brief';
import { newId } from '@shared/model/common';
import { duplicateFields } from '@shared/metrics/brief-status';
import { repos } from '../../db';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { useLanguage } from '../../components/use-language';
import { encodeMessage, messageForIssue, validationErrorMap } from '../../i18n/validation';
import { defaultTemplateFor, ensurePresetTemplates, jobTypesOf, sortTemplates, templateLabel } from './templates';

type Props = { open: boolean; accountId: string | null; onClose: () => void; onCreated: (id: string) => void };

const required = z.string().min(1);
const formSchema = z
  .object({
    accountId: required,
    title: briefContentSchema.shape.title,
    startFrom: z.enum(['template', 'brief']),
    jobType: z.string(),
    templateId: z.string(),
    sourceId: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.startFrom === 'brief' && values.sourceId === '') ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: ['sourceId'], input: '' });
  });
type FormValues = z.infer<typeof formSchema>;

export function NewBriefDialog({ open, accountId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [formError, setFormError] = useState<string | null>(null);
  const accounts = useLiveQuery(async () => (await repos().accounts.list()).sort((a, b) => a.brand.localeCompare(b.brand, 'zh-CN')), []);
  const templates = useLiveQuery(async () => {
    await ensurePresetTemplates(repos());
    return sortTemplates(await repos().briefTemplates.list());
  }, []);

  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    defaultValues: { accountId: accountId ?? '', title: '', startFrom: 'template', jobType: '', templateId: '', sourceId: '' },
    resolver: zodResolver(formSchema, { error: validationErrorMap }),
  });
  const [chosenAccount, startFrom, jobType, templateId, sourceId] = useWatch({ control, name: ['accountId', 'startFrom', 'jobType', 'templateId', 'sourceId'] });
  const sources = useLiveQuery(async () => (chosenAccount ? repos().briefs.listByAccount(chosenAccount) : []), [chosenAccount]);
  const jobTypes = useMemo(() => jobTypesOf(templates ?? [], language), [templates, language]);

  // Until the user chooses, a new brief starts from the classic preset (the first template).
  useEffect(() => {
    if (templates && templates.length > 0 && getValues('templateId') === '') setValue('templateId', templates[0]?.id ?? '');
  }, [templates, getValues, setValue]);

  const onJobType = (jobType: string) => {
    setValue('jobType', jobType);
    const preferred = jobType ? defaultTemplateFor(templates ?? [], jobType) : undefined;
    if (preferred) setValue('templateId', preferred.id);
  };

  const onSource = (sourceId: string) => {
    setValue('sourceId', sourceId, { shouldValidate: !!errors.sourceId });
    const source = sources?.find((b) => b.id === sourceId);
    if (source && getValues('title').trim() === '') setValue('title', `${source.title}${t('briefs.newDialog.copySuffix')}`);
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const r = repos();
    const today = format(new Date(), 'yyyy-MM-dd');
    let result;
    if (values.startFrom === 'brief') {
      const source = await r.briefs.get(values.sourceId);
      if (!source) {
        setError('sourceId', { message: encodeMessage({ key: 'invalidOption' }) });
        return;
      }
      result = await r.briefs.save({ ...duplicateFields(source, values.title.trim(), newId), accountId: values.accountId, briefDate: today });
    } else {
      result = await r.briefs.save({ accountId: values.accountId, title: values.title.trim(), templateId: values.templateId || null, briefDate: today, status: 'draft' });
    }
    if (result.ok) {
      onCreated(result.record.id);
      return;
    }
    for (const issue of result.issues) {
      if (issue.field === 'title' || issue.field === 'accountId') setError(issue.field, { message: encodeMessage(messageForIssue(issue)) });
      else setFormError(issue.message);
    }
  });

  const formId = 'new-brief-form';
  const noAccounts = accounts !== undefined && accounts.length === 0;
  const templateOptions = templates ?? [];
  const chosenTemplate = templateOptions.find((x) => x.id === templateId);

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('briefs.newDialog.title')}
      description={t('briefs.newDialog.intro')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting || noAccounts}>
            {isSubmitting ? t('common.saving') : t('briefs.newDialog.submit')}
          </button>
        </div>
      }
    >
      {noAccounts ? (
        <p className="notice notice-info">{t('briefs.newDialog.noAccounts')}</p>
      ) : (
        <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
          <Field label={t('briefs.newDialog.account')} error={errors.accountId?.message} required>
            <select {...register('accountId')} autoFocus={!accountId}>
              <option value="">{t('briefs.newDialog.chooseAccount')}</option>
              {(accounts ?? []).map((a) => <option key={a.id} value={a.id}>{a.brand}</option>)}
            </select>
          </Field>
          <Field label={t('briefs.newDialog.titleField')} error={errors.title?.message} hint={t('briefs.newDialog.titleHint')} required>
            <input type="text" autoComplete="off" autoFocus={!!accountId} {...register('title')} />
          </Field>
          <fieldset className="span-2 choice-group">
            <legend className="field-label">{t('briefs.newDialog.startFrom')}</legend>
            <label className="choice">
              <input type="radio" value="template" {...register('startFrom')} />
              {t('briefs.newDialog.fromTemplate')}
            </label>
            <label className="choice">
              <input type="radio" value="brief" {...register('startFrom')} />
              {t('briefs.newDialog.fromBrief')}
            </label>
          </fieldset>
          {startFrom === 'template' ? (
            <>
              <Field label={t('briefs.newDialog.jobType')} hint={t('briefs.newDialog.jobTypeHint')}>
                <select value={jobType} onChange={(event) => onJobType(event.target.value)}>
                  <option value="">{t('briefs.newDialog.anyJobType')}</option>
                  {jobTypes.map((j) => <option key={j.value} value={j.value}>{j.label}</option>)}
                </select>
              </Field>
              <Field label={t('briefs.newDialog.template')} hint={chosenTemplate ? templateLabel(chosenTemplate, language).description : undefined}>
                <select {...register('templateId')}>
                  {templateOptions.map((x) => {
                    const label = templateLabel(x, language);
                    return (
                      <option key={x.id} value={x.id}>
                        {label.name}
                        {x.defaultForJobType ? t('briefs.newDialog.defaultSuffix') : ''}
                      </option>
                    );
                  })}
                </select>
              </Field>
            </>
          ) : (
            <Field className="span-2" label={t('briefs.newDialog.sourceBrief')} error={errors.sourceId?.message} hint={sources && sources.length === 0 && chosenAccount ? t('briefs.newDialog.noSourceBriefs') : t('briefs.newDialog.sourceHint')} required>
              <select value={sourceId} onChange={(event) => onSource(event.target.value)}>
                <option value="">{t('briefs.newDialog.chooseBrief')}</option>
                {(sources ?? []).map((b) => <option key={b.id} value={b.id}>{b.title}</option>)}
              </select>
            </Field>
          )}
        </form>
      )}
    </Dialog>
  );
}
