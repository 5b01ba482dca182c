// Recording an approval against one version: who approved, in what role (strategy director, creative director, client…), when, and their comment.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { format } from 'date-fns';
import { z } from 'zod';
import { approvalSchema, approverRoles, type Approval, type BriefVersion } from '@shared/model/brief';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { validationErrorMap } from '../../i18n/validation';

const schema = z.object({
  versionNumber: z.coerce.number().int().min(1),
  name: approvalSchema.shape.name,
  role: approvalSchema.shape.role,
  approvedOn: approvalSchema.shape.approvedOn,
  comment: approvalSchema.shape.comment,
});
type Values = z.input<typeof schema>;
type Parsed = z.output<typeof schema>;

type Role = Approval['role'];

type Props = {
  open: boolean;
  versions: readonly BriefVersion[];
  unsaved: boolean;
  /** The name to suggest for a role (the brief's strategist for the strategy director, and so on). */
  nameFor: (role: Role) => string;
  onClose: () => void;
  onRecord: (approval: Omit<Approval, 'id'>) => Promise<string | null>;
};

export function ApprovalDialog({ open, versions, unsaved, nameFor, onClose, onRecord }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [failure, setFailure] = useState<string | null>(null);
  const latest = versions[versions.length - 1];
  const { register, handleSubmit, setValue, getValues, formState: { errors, isSubmitting, dirtyFields } } = useForm<Values, unknown, Parsed>({
    defaultValues: { versionNumber: latest?.number ?? 1, name: nameFor('strategy-director'), role: 'strategy-director', approvedOn: format(new Date(), 'yyyy-MM-dd'), comment: '' },
    resolver: zodResolver(schema, { error: validationErrorMap }),
  });
  const onSubmit = handleSubmit(async (values) => {
    setFailure(await onRecord({ ...values, name: values.name.trim(), comment: values.comment.trim() }));
  });
  const roleField = register('role', {
    onChange: (event: { target: { value: string } }) => {
      // Follow the role with a suggested name until the user types one of their own.
      if (!dirtyFields.name || getValues('name').trim() === '') setValue('name', nameFor(event.target.value as Role));
    },
  });
  const formId = 'approval-form';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('briefs.approval.title')}
      description={t('briefs.approval.intro')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">{failure && <span className="field-error">{failure}</span>}</span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('briefs.approval.submit')}
          </button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        {unsaved && <p className="notice notice-warn span-2">{t('briefs.approval.unsavedNote')}</p>}
        <Field label={t('briefs.approval.version')} error={errors.versionNumber?.message}>
          <select {...register('versionNumber')}>
            {[...versions].reverse().map((v) => (
              <option key={v.number} value={v.number}>
                {t('briefs.approval.versionOption', { n: v.number, date: formatDate(v.savedAt, language) })}
                {v.number === latest?.number ? t('briefs.approval.latest') : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('briefs.approval.role')} error={errors.role?.message}>
          <select {...roleField}>
            {approverRoles.map((role) => <option key={role} value={role}>{t(`briefs.approverRole.${role}`)}</option>)}
          </select>
        </Field>
        <Field label={t('briefs.approval.name')} error={errors.name?.message} required>
          <input type="text" autoComplete="off" autoFocus {...register('name')} />
        </Field>
        <Field label={t('briefs.approval.date')} error={errors.approvedOn?.message} required>
          <input type="date" {...register('approvedOn')} />
        </Field>
        <Field label={t('briefs.approval.comment')} error={errors.comment?.message} className="span-2">
          <textarea rows={3} {...register('comment')} />
        </Field>
      </form>
    </Dialog>
  );
}
