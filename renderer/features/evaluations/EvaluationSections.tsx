// The sections of the evaluation form: scores per dimension with their behaviour descriptors, KPIs, the directors'
// input, last quarter's goals under review, written assessment, and next quarter's goals.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { Framework } from '@shared/model/framework';
import type { Evaluation } from '@shared/model/evaluation';
import type { Member } from '@shared/model/member';
import { kpiAchievement } from '@shared/metrics/evaluation-score';
import { mergeCarriedGoals } from '@shared/metrics/evaluation-round';
import { Field } from '../../components/form/Field';
import { PlusIcon, CloseIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { useValidationText } from '../../i18n/validation';
import { blankGoal, blankKpi, parseNumber, type EvaluationFormValues } from './evaluation-form-values';

const LEVELS = [1, 2, 3, 4, 5] as const;

export function ScoresSection({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { register, setValue } = useFormContext<EvaluationFormValues>();
  const scores = useWatch<EvaluationFormValues, 'scores'>({ name: 'scores' });
  return (
    <section className="card card-section" aria-labelledby="scores-title">
      <h3 id="scores-title" className="section-title">{t('evaluations.form.scores')}</h3>
      <p className="section-hint">{t('evaluations.form.scoresHint')}</p>
      <div className="dimensions">
        {framework.dimensions.map((d, i) => {
          const name = language === 'zh-CN' ? d.nameZh : d.nameEn;
          const other = language === 'zh-CN' ? d.nameEn : d.nameZh;
          const chosen = scores?.[i]?.score ?? '';
          return (
            <fieldset key={d.key} className="dimension">
              <legend>
                <span className="dimension-name">{name}</span>
                <span className="dimension-weight">{t('evaluations.form.weight', { weight: d.weight })}</span>
              </legend>
              <p className="dimension-description">
                <span lang={language === 'zh-CN' ? 'en' : 'zh-CN'}>{other}</span>
                {d.description && <> · {d.description}</>}
              </p>
              <div className="score-options">
                {LEVELS.map((level) => (
                  <label key={level} className={chosen === String(level) ? 'score-option is-chosen' : 'score-option'}>
                    <input type="radio" value={String(level)} {...register(`scores.${i}.score`)} />
                    <span className="score-number" aria-hidden="true">{level}</span>
                    <span className="visually-hidden">{t('evaluations.form.scoreValue', { score: level })}</span>
                    <span className="score-descriptor">{d.descriptors[level - 1] || t('evaluations.form.noDescriptor')}</span>
                  </label>
                ))}
              </div>
              <div className="dimension-foot">
                <Field label={t('evaluations.form.comment')} className="dimension-comment">
                  <textarea rows={2} {...register(`scores.${i}.comment`)} />
                </Field>
                {chosen !== '' && (
                  <button type="button" className="button button-ghost button-small" aria-label={t('evaluations.form.clearScore', { name })} onClick={() => setValue(`scores.${i}.score`, '', { shouldDirty: true })}>
                    {t('evaluations.form.clearScoreShort')}
                  </button>
                )}
              </div>
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}

function KpiAchievement({ index }: { index: number }) {
  const language = useLanguage();
  const row = useWatch<EvaluationFormValues, `kpis.${number}`>({ name: `kpis.${index}` });
  const target = parseNumber(row?.target ?? '');
  const actual = parseNumber(row?.actual ?? '');
  const ratio = kpiAchievement({ target: Number.isNaN(target) ? null : target, actual: Number.isNaN(actual) ? null : actual });
  if (ratio === null) return <span className="muted">—</span>;
  const text = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
  return <strong className={ratio >= 1 ? 'good' : ratio < 0.8 ? 'bad' : undefined}>{text}</strong>;
}

export function KpiSection() {
  const { t } = useTranslation();
  const text = useValidationText();
  const { control, register, formState } = useFormContext<EvaluationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'kpis', keyName: 'fieldKey' });
  const errorOf = (i: number, key: 'name' | 'target' | 'actual') => formState.errors.kpis?.[i]?.[key]?.message;
  return (
    <section className="card card-section" aria-labelledby="kpis-title">
      <h3 id="kpis-title" className="section-title">{t('evaluations.form.kpis')}</h3>
      <p className="section-hint">{t('evaluations.form.kpisHint')}</p>
      {fields.length > 0 && (
        <table className="plain-table kpi-table">
          <thead>
            <tr>
              <th scope="col">{t('evaluations.form.kpiName')}</th>
              <th scope="col">{t('evaluations.form.kpiTarget')}</th>
              <th scope="col">{t('evaluations.form.kpiActual')}</th>
              <th scope="col">{t('evaluations.form.kpiUnit')}</th>
              <th scope="col" className="align-end">{t('evaluations.form.kpiAchievement')}</th>
              <th scope="col"><span className="visually-hidden">{t('evaluations.form.remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, i) => (
              <tr key={field.fieldKey}>
                {(['name', 'target', 'actual'] as const).map((key) => (
                  <td key={key} className={key === 'name' ? 'kpi-name' : 'kpi-number'}>
                    <input
                      type="text"
                      inputMode={key === 'name' ? undefined : 'decimal'}
                      aria-label={t(`evaluations.form.kpiCell.${key}`, { n: i + 1 })}
                      aria-invalid={errorOf(i, key) ? true : undefined}
                      {...register(`kpis.${i}.${key}`)}
                    />
                    {errorOf(i, key) && <span className="field-error" role="alert">{text(errorOf(i, key))}</span>}
                  </td>
                ))}
                <td className="kpi-unit">
                  <input type="text" aria-label={t('evaluations.form.kpiCell.unit', { n: i + 1 })} {...register(`kpis.${i}.unit`)} />
                </td>
                <td className="align-end num kpi-achievement"><KpiAchievement index={i} /></td>
                <td className="align-end">
                  <button type="button" className="icon-button" onClick={() => remove(i)} aria-label={t('evaluations.form.removeKpi', { n: i + 1 })}>
                    <CloseIcon size={16} />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-small spaced-top" onClick={() => append(blankKpi())}>
        <PlusIcon size={15} />
        {t('evaluations.form.addKpi')}
      </button>
    </section>
  );
}

function DirectorInput({ which, names }: { which: 'strategyInput' | 'creativeInput'; names: string[] }) {
  const { t } = useTranslation();
  const { register } = useFormContext<EvaluationFormValues>();
  const listId = useId();
  const role = which === 'strategyInput' ? 'strategy' : 'creative';
  return (
    <fieldset className="director">
      <legend>{t(`evaluations.form.director.${role}`)}</legend>
      <div className="director-grid">
        <Field label={t('evaluations.form.director.name')}>
          <input type="text" list={listId} {...register(`${which}.name`)} />
        </Field>
        <datalist id={listId}>
          {names.map((name) => <option key={name} value={name} />)}
        </datalist>
        <Field label={t('evaluations.form.director.score')}>
          <select {...register(`${which}.score`)}>
            <option value="">{t('evaluations.form.notScored')}</option>
            {LEVELS.map((level) => <option key={level} value={String(level)}>{level}</option>)}
          </select>
        </Field>
        <Field label={t('evaluations.form.director.comment')} className="span-2">
          <textarea rows={3} {...register(`${which}.comment`)} />
        </Field>
      </div>
    </fieldset>
  );
}

export function DirectorsSection({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const active = members.filter((m) => m.active && !m.deletedAt);
  const strategists = active.filter((m) => m.level === 'SD').map((m) => m.name);
  const creatives = active.filter((m) => m.level === 'CD' || m.level === 'ECD').map((m) => m.name);
  return (
    <section className="card card-section" aria-labelledby="directors-title">
      <h3 id="directors-title" className="section-title">{t('evaluations.form.directors')}</h3>
      <p className="section-hint">{t('evaluations.form.directorsHint')}</p>
      <div className="grid-2">
        <DirectorInput which="strategyInput" names={strategists} />
        <DirectorInput which="creativeInput" names={creatives} />
      </div>
    </section>
  );
}

const RESULTS = ['achieved', 'partly', 'not', 'unreviewed'] as const;

export function GoalsReviewSection({ previous, locked }: { previous: Evaluation | null; locked: boolean }) {
  const { t } = useTranslation();
  const { control, register, getValues, setValue } = useFormContext<EvaluationFormValues>();
  const { fields } = useFieldArray({ control, name: 'previousGoalsReview', keyName: 'fieldKey' });
  const missing = previous ? mergeCarriedGoals(getValues('previousGoalsReview'), previous).length - fields.length : 0;
  const carry = () => setValue('previousGoalsReview', mergeCarriedGoals(getValues('previousGoalsReview'), previous), { shouldDirty: true });
  return (
    <section className="card card-section" aria-labelledby="review-title">
      <h3 id="review-title" className="section-title">{t('evaluations.form.goalsReview')}</h3>
      <p className="section-hint">{t('evaluations.form.goalsReviewHint')}</p>
      {fields.length === 0 && <p className="empty-line">{previous ? t('evaluations.form.noPreviousGoals') : t('evaluations.form.noPreviousEvaluation')}</p>}
      <ol className="review-list">
        {fields.map((field, i) => (
          <li key={field.fieldKey}>
            <fieldset className="review">
              <legend>
                <span className="visually-hidden">{t('evaluations.form.goalN', { n: i + 1 })}</span>
                <span className="review-goal">{field.text}</span>
              </legend>
              <div className="segmented">
                {RESULTS.map((result) => (
                  <label key={result} className={`segment segment-${result}`}>
                    <input type="radio" value={result} {...register(`previousGoalsReview.${i}.result`)} />
                    <span>{t(`evaluations.goalResult.${result}`)}</span>
                  </label>
                ))}
              </div>
              <input type="text" className="review-note" aria-label={t('evaluations.form.reviewNote', { n: i + 1 })} placeholder={t('evaluations.form.reviewNotePlaceholder')} {...register(`previousGoalsReview.${i}.note`)} />
            </fieldset>
          </li>
        ))}
      </ol>
      {!locked && missing > 0 && (
        <button type="button" className="button button-small" onClick={carry}>
          {t('evaluations.form.carryGoals', { count: missing })}
        </button>
      )}
    </section>
  );
}

export function WrittenSection() {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<EvaluationFormValues>();
  return (
    <section className="card card-section" aria-labelledby="written-title">
      <h3 id="written-title" className="section-title">{t('evaluations.form.assessment')}</h3>
      <div className="form-grid">
        <Field label={t('evaluations.form.strengths')} error={formState.errors.strengths?.message}>
          <textarea rows={4} {...register('strengths')} />
        </Field>
        <Field label={t('evaluations.form.developmentAreas')} error={formState.errors.developmentAreas?.message}>
          <textarea rows={4} {...register('developmentAreas')} />
        </Field>
      </div>
    </section>
  );
}

export function GoalsSection() {
  const { t } = useTranslation();
  const { control, register } = useFormContext<EvaluationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'goals', keyName: 'fieldKey' });
  return (
    <section className="card card-section" aria-labelledby="goals-title">
      <h3 id="goals-title" className="section-title">{t('evaluations.form.goals')}</h3>
      <p className="section-hint">{t('evaluations.form.goalsHint')}</p>
      <ol className="goal-list">
        {fields.map((field, i) => (
          <li key={field.fieldKey}>
            <span className="goal-number" aria-hidden="true">{i + 1}</span>
            <textarea rows={1} aria-label={t('evaluations.form.goalN', { n: i + 1 })} {...register(`goals.${i}.text`)} />
            <button type="button" className="icon-button" onClick={() => remove(i)} aria-label={t('evaluations.form.removeGoal', { n: i + 1 })}>
              <CloseIcon size={16} />
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={() => append(blankGoal())}>
        <PlusIcon size={15} />
        {t('evaluations.form.addGoal')}
      </button>
    </section>
  );
}

export function PlanSection({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  const { register } = useFormContext<EvaluationFormValues>();
  return (
    <section className="card card-section" aria-labelledby="plan-title">
      <h3 id="plan-title" className="section-title">{t('evaluations.form.planAndComment')}</h3>
      <div className="form-grid">
        <Field label={t('evaluations.form.trainingPlan')}>
          <textarea rows={4} {...register('trainingPlan')} />
        </Field>
        <Field label={t('evaluations.form.memberComment')} hint={locked ? undefined : t('evaluations.form.memberCommentHint')}>
          <textarea rows={4} {...register('memberComment')} />
        </Field>
      </div>
    </section>
  );
}
