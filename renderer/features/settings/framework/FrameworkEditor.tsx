// The competency framework (能力模型) in settings: dimensions with Chinese and English names, description, weight and a
// behaviour descriptor for each level 1–5; add, remove, reorder, reset to the default. Weights must total 100 % before
// it saves. Evaluations already started keep the framework they were made with.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { defaultFramework } from '@shared/model/framework';
import type { Settings } from '@shared/model/settings';
import { repos } from '../../../db';
import { Dialog } from '../../../components/dialog/Dialog';
import { Field } from '../../../components/form/Field';
import { CloseIcon, PlusIcon } from '../../../components/layout/icons';
import { useLanguage } from '../../../components/use-language';
import { validationErrorMap } from '../../../i18n/validation';
import {
  frameworkFormSchema,
  fromFrameworkValues,
  newDimensionKey,
  toFrameworkValues,
  totalIsRight,
  weightTotal,
  type FrameworkValues,
} from './framework-values';
import './framework.css';

const LEVELS = [1, 2, 3, 4, 5] as const;

function WeightTotal({ control }: { control: Control<FrameworkValues> }) {
  const { t } = useTranslation();
  const dimensions = useWatch({ control, name: 'dimensions' }) ?? [];
  const total = weightTotal(dimensions);
  const right = totalIsRight(total);
  const off = Math.round(Math.abs(total - 100) * 100) / 100;
  return (
    <p className={right ? 'weight-total is-right' : 'weight-total is-wrong'} role="status" aria-live="polite">
      {right
        ? t('framework.totalRight')
        : total > 100
          ? t('framework.totalOver', { total, off })
          : t('framework.totalUnder', { total, off })}
    </p>
  );
}

export function FrameworkEditor({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useForm<FrameworkValues>({
    defaultValues: toFrameworkValues(settings.framework),
    resolver: zodResolver(frameworkFormSchema, { error: validationErrorMap }),
    mode: 'onBlur',
  });
  const { control, register, handleSubmit, reset, getValues, formState } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'dimensions', keyName: 'fieldKey' });
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'error'; text: string } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const errors = formState.errors.dimensions;

  const toggle = (key: string) => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };

  const onSave = handleSubmit(async (values) => {
    const total = weightTotal(values.dimensions);
    if (!totalIsRight(total)) {
      setStatus({ kind: 'error', text: t('framework.cannotSaveTotal', { total }) });
      return;
    }
    const parsed = fromFrameworkValues(values);
    if (!parsed.success) {
      const duplicate = parsed.error.issues.some((i) => i.message === 'dimension-keys-must-be-unique');
      setStatus({ kind: 'error', text: duplicate ? t('framework.duplicateKeys') : t('framework.invalid') });
      return;
    }
    const result = await repos().settings.save({ framework: parsed.data });
    if (!result.ok) {
      setStatus({ kind: 'error', text: t('common.saveFailed', { reason: result.issues[0]?.message ?? '' }) });
      return;
    }
    reset(toFrameworkValues(result.record.framework));
    setStatus({ kind: 'saved' });
  }, () => setStatus({ kind: 'error', text: t('framework.fixFields') }));

  const nameOf = (i: number) => {
    const d = getValues(`dimensions.${i}`);
    return (language === 'zh-CN' ? d?.nameZh : d?.nameEn) || t('framework.dimensionN', { n: i + 1 });
  };

  return (
    <section className="card framework-editor" aria-labelledby="settings-framework">
      <form noValidate onSubmit={(event) => void onSave(event)} onChange={() => setStatus(null)}>
        <div className="card-section">
          <h2 id="settings-framework" className="section-title">{t('framework.title')}</h2>
          <p className="section-hint">{t('framework.hint')}</p>
          <Field label={t('framework.name')} error={formState.errors.name?.message} className="framework-name">
            <input type="text" {...register('name')} />
          </Field>
        </div>
        <div className="card-section">
          <div className="framework-head">
            <h3 className="section-title">{t('framework.dimensions', { count: fields.length })}</h3>
            <WeightTotal control={control} />
          </div>
          <ol className="dimension-list">
            {fields.map((field, i) => {
              const expanded = open.has(field.key);
              const panelId = `framework-levels-${field.key}`;
              const e = errors?.[i];
              return (
                <li key={field.fieldKey}>
                  <fieldset className="dimension-row">
                    <legend className="visually-hidden">{t('framework.dimensionLegend', { n: i + 1, name: nameOf(i) })}</legend>
                    <span className="dimension-index" aria-hidden="true">{i + 1}</span>
                    <Field label={t('framework.nameZh')} error={e?.nameZh?.message} className="dim-name">
                      <input type="text" lang="zh-CN" {...register(`dimensions.${i}.nameZh`)} />
                    </Field>
                    <Field label={t('framework.nameEn')} error={e?.nameEn?.message} className="dim-name">
                      <input type="text" lang="en" {...register(`dimensions.${i}.nameEn`)} />
                    </Field>
                    <Field label={t('framework.weight')} error={e?.weight?.message} className="dim-weight">
                      <input type="number" min={0} max={100} step="any" inputMode="decimal" {...register(`dimensions.${i}.weight`)} />
                    </Field>
                    <div className="dimension-tools">
                      <button type="button" className="icon-button" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('framework.moveUp', { name: nameOf(i) })}>↑</button>
                      <button type="button" className="icon-button" disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={t('framework.moveDown', { name: nameOf(i) })}>↓</button>
                      <button type="button" className="icon-button danger" disabled={fields.length <= 1} onClick={() => remove(i)} aria-label={t('framework.remove', { name: nameOf(i) })}>
                        <CloseIcon size={15} />
                      </button>
                    </div>
                    <button type="button" className="button button-ghost button-small levels-toggle" aria-expanded={expanded} aria-controls={panelId} onClick={() => toggle(field.key)}>
                      {expanded ? t('framework.hideLevels') : t('framework.showLevels')}
                    </button>
                    <div id={panelId} className="dimension-levels" hidden={!expanded}>
                      <Field label={t('framework.description')} error={e?.description?.message} className="dim-description">
                        <input type="text" {...register(`dimensions.${i}.description`)} />
                      </Field>
                      {LEVELS.map((level) => (
                        <Field key={level} label={t('framework.level', { level })} error={e?.descriptors?.[level - 1]?.message} className="dim-level">
                          <input type="text" {...register(`dimensions.${i}.descriptors.${(level - 1) as 0 | 1 | 2 | 3 | 4}`)} />
                        </Field>
                      ))}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              const key = newDimensionKey(getValues('dimensions').map((d) => d.key));
              append({ key, nameZh: '', nameEn: '', description: '', weight: '0', descriptors: ['', '', '', '', ''] });
              setOpen(new Set([...open, key]));
            }}
          >
            <PlusIcon size={15} />
            {t('framework.add')}
          </button>
        </div>
        <div className="card-section form-actions">
          <span className="status" role="status">
            {status?.kind === 'saved' && <span className="saved-note">{t('framework.saved')}</span>}
            {status?.kind === 'error' && <span className="field-error">{status.text}</span>}
          </span>
          <button type="button" className="button button-ghost" onClick={() => setConfirmReset(true)}>{t('framework.reset')}</button>
          <button type="button" className="button" disabled={!formState.isDirty} onClick={() => { reset(toFrameworkValues(settings.framework)); setStatus(null); }}>
            {t('framework.discard')}
          </button>
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>{t('framework.save')}</button>
        </div>
      </form>
      <Dialog
        open={confirmReset}
        onClose={() => setConfirmReset(false)}
        title={t('framework.resetTitle')}
        description={t('framework.resetBody')}
        footer={
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setConfirmReset(false)}>{t('common.cancel')}</button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                reset(toFrameworkValues(defaultFramework), { keepDefaultValues: true });
                setConfirmReset(false);
                setStatus(null);
              }}
            >
              {t('framework.resetConfirm')}
            </button>
          </div>
        }
      >
        <p>{t('framework.resetDetail')}</p>
      </Dialog>
    </section>
  );
}
