// One evaluation (季度考评表): loads it with its context and hands it to the editor; a status change (finalise, share,
// reopen) remounts the editor so the form starts again from what is stored.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { ChevronLeftIcon } from '../../components/layout/icons';
import { readEvaluation } from './evaluation-data';
import { EvaluationEditor } from './EvaluationEditor';
import './evaluations.css';

export function EvaluationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const context = useLiveQuery(() => readEvaluation(id), [id]);

  if (context === undefined) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  if (context === null) {
    return (
      <div className="card card-section">
        <p role="alert">{t('evaluations.notFound')}</p>
        <p className="spaced-top">
          <Link href="/evaluations"><ChevronLeftIcon size={13} /> {t('evaluations.backToOverview')}</Link>
        </p>
      </div>
    );
  }
  return <EvaluationEditor key={`${context.evaluation.id}:${context.evaluation.status}`} context={context} />;
}
