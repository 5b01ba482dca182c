// The side of the evaluation form: the weighted score and band as the scores are given, and the evidence from the
// quarter's briefs and pitches, each linked to its record.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useWatch } from 'react-hook-form';
import type { Framework } from '@shared/model/framework';
import type { EvaluationEvidence } from '@shared/metrics/evaluation-evidence';
import { scoreEvaluation } from '@shared/metrics/evaluation-score';
import { Badge, briefStatusTone, pitchStageTone } from '../../components/Badge';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import type { EvaluationFormValues } from './evaluation-form-values';
import { bandTone, formatScore } from './evaluation-ui';

export function ScoreCard({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scores = useWatch<EvaluationFormValues, 'scores'>({ name: 'scores' }) ?? [];
  const result = scoreEvaluation(framework, scores.map((s) => ({ key: s.key, score: s.score === '' ? null : Number(s.score) })));
  const names = new Map(framework.dimensions.map((d) => [d.key, language === 'zh-CN' ? d.nameZh : d.nameEn]));
  return (
    <section className="card card-section score-card" aria-labelledby="score-card-title" aria-live="polite">
      <h3 id="score-card-title" className="rail-title">{t('evaluations.form.weightedScore')}</h3>
      <div className="score-figure">
        <strong className="num" data-testid="weighted-score">{formatScore(result.score, language)}</strong>
        {result.band && <Badge tone={bandTone[result.band]}>{t(`evaluations.band.${result.band}`)}</Badge>}
      </div>
      <progress className="score-progress" max={result.dimensionCount} value={result.scoredCount} aria-label={t('evaluations.form.scoredOf', { scored: result.scoredCount, total: result.dimensionCount })} />
      <p className="rail-note">{t('evaluations.form.scoredOf', { scored: result.scoredCount, total: result.dimensionCount })}</p>
      {!result.complete && result.score !== null && (
        <p className="rail-note warn">{t('evaluations.form.provisionalNote', { names: result.missing.map((k) => names.get(k) ?? k).join(language === 'zh-CN' ? '、' : ', ') })}</p>
      )}
      <details className="rail-rule">
        <summary>{t('evaluations.form.ruleTitle')}</summary>
        <p>{t('evaluations.form.rule')}</p>
      </details>
    </section>
  );
}

export function EvidencePanel({ evidence }: { evidence: EvaluationEvidence | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!evidence) {
    return (
      <section className="card card-section evidence" aria-labelledby="evidence-title">
        <h3 id="evidence-title" className="rail-title">{t('evaluations.evidence.title')}</h3>
        <p className="rail-note" role="status">{t('app.loading')}</p>
      </section>
    );
  }
  return (
    <section className="card card-section evidence" aria-labelledby="evidence-title">
      <h3 id="evidence-title" className="rail-title">{t('evaluations.evidence.title')}</h3>
      <p className="rail-note">{t('evaluations.evidence.hint')}</p>
      <h4 className="rail-subtitle">{t('evaluations.evidence.briefs', { count: evidence.briefs.length })}</h4>
      {evidence.briefs.length === 0 ? (
        <p className="empty-line">{t('evaluations.evidence.noBriefs')}</p>
      ) : (
        <ul className="evidence-list">
          {evidence.briefs.map((b) => (
            <li key={b.id}>
              <Link href={`/briefs/${b.id}`}>{b.title}</Link>
              <span className="evidence-meta">
                {b.brand} · {formatDate(b.presentationDate ?? b.briefDate, language) || t('common.notSet')}
              </span>
              <Badge tone={briefStatusTone[b.status]}>{t(`enums.briefStatus.${b.status}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
      <h4 className="rail-subtitle">{t('evaluations.evidence.pitches', { count: evidence.pitches.length })}</h4>
      {evidence.pitches.length === 0 ? (
        <p className="empty-line">{t('evaluations.evidence.noPitches')}</p>
      ) : (
        <ul className="evidence-list">
          {evidence.pitches.map((p) => (
            <li key={p.id}>
              <Link href={`/pitches/${p.id}`}>{p.title}</Link>
              <span className="evidence-meta">
                {p.brand} · {p.role.kind === 'owner' ? t('evaluations.evidence.owner') : p.role.role || t('evaluations.evidence.team')} · {formatDate(p.date, language)}
              </span>
              <Badge tone={pitchStageTone(p.stage)}>{t(`enums.pitchStage.${p.stage}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
