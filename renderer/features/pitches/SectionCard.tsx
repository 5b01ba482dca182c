// The frame of a pitch page section: a card with its heading and hint, and — for sections edited as a form — the
// footer with the save state, "discard" and "save". Cells of the list editors get their own label and error here too.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidationText } from '../../i18n/validation';
import { AlertIcon } from '../../components/layout/icons';
import type { SectionStatus } from './pitch-form-support';

type Props = {
  id: string;
  title: string;
  hint?: ReactNode;
  /** Controls at the right of the heading. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** The heading level where the section sits in the page outline. */
  level?: 2 | 3;
};

export function SectionCard({ id, title, hint, actions, children, className, level = 3 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section id={id} className={`card card-section pitch-section${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-title`}>
      <div className="pitch-section-head">
        <div>
          <Heading id={`${id}-title`} className="section-title" tabIndex={-1}>{title}</Heading>
          {hint && <p className="section-hint">{hint}</p>}
        </div>
        {actions && <div className="pitch-section-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

export function SectionFooter({ formId, dirty, submitting, status, onDiscard, errorCount }: {
  formId: string;
  dirty: boolean;
  submitting: boolean;
  status: SectionStatus;
  onDiscard: () => void;
  errorCount: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions section-footer">
      <span className="status" role="status">
        {errorCount > 0 && <span className="field-error">{t('common.fixErrors', { count: errorCount })}</span>}
        {errorCount === 0 && status?.kind === 'failed' && <span className="field-error">{t('common.saveFailed', { reason: status.reason })}</span>}
        {errorCount === 0 && status?.kind === 'saved' && !dirty && <span className="saved-note">{t('common.saved')}</span>}
        {dirty && errorCount === 0 && <span className="unsaved-note">{t('pitches.unsaved')}</span>}
      </span>
      <button type="button" className="button button-ghost" onClick={onDiscard} disabled={!dirty || submitting}>{t('pitches.discard')}</button>
      <button type="submit" form={formId} className="button button-primary" disabled={!dirty || submitting}>
        {submitting ? t('common.saving') : t('common.save')}
      </button>
    </div>
  );
}

/** An input inside a list editor's table: named by `label` (the column and row), with its error below it. */
export function Cell({ label, error, children }: { label: string; error?: string; children: (props: { 'aria-label': string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode }) {
  const text = useValidationText();
  const id = useId();
  return (
    <div className="cell-field">
      {children({ 'aria-label': label, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? id : undefined })}
      {error && (
        <span id={id} className="field-error" role="alert">
          <AlertIcon size={13} />
          {text(error)}
        </span>
      )}
    </div>
  );
}

/** Counts the leaves of a react-hook-form errors object (nested for field arrays). */
export function countErrors(errors: unknown): number {
  if (!errors || typeof errors !== 'object') return 0;
  if ('message' in errors && typeof (errors as { message?: unknown }).message === 'string') return 1;
  return Object.values(errors).reduce((n: number, value) => n + countErrors(value), 0);
}
