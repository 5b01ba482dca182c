// A labelled form field: the label, an optional hint, and a translated error tied to the control with aria-describedby.
import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidationText } from '../../i18n/validation';
import { AlertIcon } from '../layout/icons';

type ControlProps = { id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; 'aria-required'?: boolean };

type FieldProps = {
  label: string;
  /** The encoded error message from react-hook-form (translated here, so it follows the language). */
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactElement<ControlProps>;
};

export function Field({ label, error, hint, required = false, className, children }: FieldProps) {
  const { t } = useTranslation();
  const text = useValidationText();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })
    : children;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">*</span>
        )}
        {required && <span className="visually-hidden">{t('common.requiredMark')}</span>}
      </label>
      {control}
      {hint && !error && <span id={hintId} className="field-hint">{hint}</span>}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          <AlertIcon size={14} />
          {text(error)}
        </span>
      )}
    </div>
  );
}
