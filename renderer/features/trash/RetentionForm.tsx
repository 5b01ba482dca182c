// How long the trash keeps records (settings.trashRetentionDays); older ones are deleted for good at start-up.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { repos } from '../../db';
import { useSettings } from '../../components/records/use-records';
import { AlertIcon } from '../../components/layout/icons';

const INVALID = 'trash-retention:invalid';
const retentionSchema = z.object({
  days: z
    .string()
    .refine((v) => /^\d+$/.test(v.normalize('NFKC').trim()), { message: INVALID })
    .refine((v) => {
      const n = Number(v.normalize('NFKC').trim());
      return n >= 1 && n <= 3650;
    }, { message: INVALID }),
});
type RetentionValues = z.infer<typeof retentionSchema>;

export function RetentionForm() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [saved, setSaved] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const stored = settings?.trashRetentionDays;
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<RetentionValues>({ defaultValues: { days: '' }, resolver: zodResolver(retentionSchema) });

  useEffect(() => {
    if (stored !== undefined) reset({ days: String(stored) });
  }, [stored, reset]);

  const onSubmit = handleSubmit(async ({ days }) => {
    setFailed(null);
    const value = Number(days.normalize('NFKC').trim());
    const result = await repos().settings.save({ trashRetentionDays: value });
    if (result.ok) setSaved(value);
    else setFailed(result.issues.map((issue) => issue.message).join('; '));
  });

  const error = errors.days ? t('trash.retention.invalid') : null;
  return (
    <form className="retention" noValidate onSubmit={(event) => void onSubmit(event)} onChange={() => setSaved(null)} aria-labelledby="retention-title">
      <span id="retention-title" className="retention-title">{t('trash.retention.title')}</span>
      <div className="retention-row">
        <label htmlFor="retention-days">{t('trash.retention.days')}</label>
        <input
          id="retention-days"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="retention-input num"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'retention-hint retention-error' : 'retention-hint'}
          {...register('days')}
        />
        <span aria-hidden="true">{t('trash.retention.daysUnit')}</span>
        <button type="submit" className="button button-small" disabled={isSubmitting || settings === undefined || !isDirty}>
          {t('trash.retention.save')}
        </button>
        <span role="status" className="retention-status">
          {saved !== null && !isDirty && <span className="saved-note">{t('trash.retention.saved', { count: saved })}</span>}
          {failed && <span className="field-error">{t('common.saveFailed', { reason: failed })}</span>}
        </span>
      </div>
      {error ? (
        <span id="retention-error" className="field-error" role="alert"><AlertIcon size={14} />{error}</span>
      ) : null}
      <span id="retention-hint" className="field-hint">{t('trash.retention.hint')}</span>
    </form>
  );
}
