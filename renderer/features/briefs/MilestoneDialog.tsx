// "Save as a version": who saves it and what changed; the version itself is written by the repository and never changes again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { briefVersionSchema } from '@shared/model/brief';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { validationErrorMap } from '../../i18n/validation';

const schema = z.object({ author: briefVersionSchema.shape.author, note: briefVersionSchema.shape.note });
type Values = z.output<typeof schema>;

type Props = {
  open: boolean;
  nextNumber: number;
  defaultAuthor: string;
  onClose: () => void;
  /** Saves the version; resolves to an error text to show, or null when saved. */
  onSave: (values: Values) => Promise<string | null>;
};

export function MilestoneDialog({ open, nextNumber, defaultAuthor, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<z.input<typeof schema>, unknown, Values>({
    defaultValues: { author: defaultAuthor, note: '' },
    resolver: zodResolver(schema, { error: validationErrorMap }),
  });
  const onSubmit = handleSubmit(async (values) => {
    setFailure(await onSave({ author: values.author.trim(), note: values.note.trim() }));
  });
  const formId = 'milestone-form';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('briefs.milestone.title')}
      description={t('briefs.milestone.intro')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">{failure && <span className="field-error">{failure}</span>}</span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('briefs.milestone.submit', { n: nextNumber })}
          </button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('briefs.milestone.author')} error={errors.author?.message}>
          <input type="text" autoComplete="name" {...register('author')} />
        </Field>
        <div />
        <Field label={t('briefs.milestone.note')} error={errors.note?.message} className="span-2">
          <textarea rows={3} autoFocus placeholder={t('briefs.milestone.notePlaceholder')} {...register('note')} />
        </Field>
      </form>
    </Dialog>
  );
}
