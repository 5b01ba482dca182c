// The pitch-or-pass scorecard: each criterion scored 1–5 (5 the most favourable), the recommendation they add up to,
// and the decision the team took.
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { shortText } from '@shared/model/common';
import type { Pitch } from '@shared/model/pitch';
import { isStandardCriterion, scorecardCriteria, scorecardResult, type Recommendation } from '@shared/metrics/pitch-scorecard';
import { Badge, type BadgeTone } from '../../components/Badge';
import { useLanguage } from '../../components/use-language';
import { validationErrorMap } from '../../i18n/validation';
import { updatePitch } from './pitch-actions';
import { useSectionForm } from './pitch-form-support';
import { SectionCard, SectionFooter, countErrors } from './SectionCard';

const scoreValues = ['', '1', '2', '3', '4', '5'] as const;
const decisions = ['undecided', 'pitch', 'pass'] as const;
const scorecardSchema = z.object({
  rows: z.array(z.object({ criterion: shortText, score: z.enum(scoreValues) })),
  decision: z.enum(decisions),
});
type ScorecardValues = z.infer<typeof scorecardSchema>;
const scorecardResolver = zodResolver(scorecardSchema, { error: validationErrorMap });

export const recommendationTone: Record<Recommendation, BadgeTone> = { pitch: 'ok', pass: 'danger', borderline: 'warn', incomplete: 'muted' };

export function PitchScorecardSection({ pitch }: { pitch: Pitch }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const values = useMemo<ScorecardValues>(() => {
    const scored = new Map(pitch.assessment.map((row) => [row.criterion, row.score]));
    const extra = pitch.assessment.map((row) => row.criterion).filter((c) => !isStandardCriterion(c));
    // A scorecard kept with criteria of its own (older records, imports) shows those; otherwise the standard ones.
    const ownOnly = extra.length > 0 && extra.length === pitch.assessment.length;
    const rows = [...(ownOnly ? [] : scorecardCriteria), ...extra].map((criterion) => {
      const score = scored.get(criterion);
      return { criterion, score: score === undefined ? '' : (String(score) as ScorecardValues['rows'][number]['score']) };
    });
    return { rows, decision: pitch.assessmentDecision };
  }, [pitch]);
  const { form, submit, discard, status } = useSectionForm({
    values,
    resolver: scorecardResolver,
    save: (v) => updatePitch(pitch.id, () => ({
      assessment: v.rows.filter((row) => row.score !== '').map((row) => ({ criterion: row.criterion, score: Number(row.score) })),
      assessmentDecision: v.decision,
    })),
    toField: () => null,
  });
  const { register, control, formState: { errors, isDirty, isSubmitting } } = form;
  const rows = useWatch({ control, name: 'rows' });
  const result = scorecardResult(rows.filter((row) => row.score !== '').map((row) => ({ criterion: row.criterion, score: Number(row.score) })));
  const label = (criterion: string) => (isStandardCriterion(criterion) ? t(`pitches.scorecard.criteria.${criterion}`) : criterion);
  const formId = 'pitch-scorecard-form';
  const average = result.average === null ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(result.average);

  return (
    <SectionCard id="pitch-scorecard" title={t('pitches.sections.scorecard')} hint={t('pitches.sections.scorecardHint')}>
      <form id={formId} noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <table className="edit-table scorecard-table">
          <thead>
            <tr>
              <th scope="col">{t('pitches.scorecard.criterion')}</th>
              {scoreValues.map((v) => <th key={v} scope="col" className="w-score">{v === '' ? t('pitches.scorecard.notScored') : v}</th>)}
            </tr>
          </thead>
          <tbody>
            {values.rows.map((row, index) => (
              <tr key={row.criterion}>
                <th scope="row">
                  <span id={`criterion-${index}`}>{label(row.criterion)}</span>
                  {isStandardCriterion(row.criterion) && <span className="cell-sub">{t(`pitches.scorecard.help.${row.criterion}`)}</span>}
                </th>
                {scoreValues.map((v) => (
                  <td key={v} className="w-score">
                    <input
                      type="radio"
                      value={v}
                      aria-label={v === '' ? t('pitches.scorecard.notScoredOf', { criterion: label(row.criterion) }) : t('pitches.scorecard.scoreOf', { criterion: label(row.criterion), score: v })}
                      {...register(`rows.${index}.score`)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="scorecard-result">
          <p>
            <span className="field-label">{t('pitches.scorecard.average')}</span> <strong className="num">{average}</strong>
            <span className="field-label">{t('pitches.scorecard.recommendation')}</span>{' '}
            <Badge tone={recommendationTone[result.recommendation]}>{t(`pitches.scorecard.recommend.${result.recommendation}`)}</Badge>
          </p>
          <label className="inline-field">
            <span className="field-label">{t('pitches.scorecard.decision')}</span>
            <select {...register('decision')}>
              {decisions.map((d) => <option key={d} value={d}>{t(`pitches.scorecard.decisions.${d}`)}</option>)}
            </select>
          </label>
        </div>
        <p className="section-hint">{t('pitches.scorecard.rule')}</p>
      </form>
      <SectionFooter formId={formId} dirty={isDirty} submitting={isSubmitting} status={status} onDiscard={discard} errorCount={countErrors(errors)} />
    </SectionCard>
  );
}
