// A version of a brief, read-only, laid out as the document reads: header facts, then the filled sections in the template's order.
import { useTranslation } from 'react-i18next';
import type { BriefContent, BriefSectionKey, BriefTemplate } from '@shared/model/brief';
import { briefSectionKeys } from '@shared/model/brief';
import { templateSectionKeys } from '@shared/model/brief-presets';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import { useSectionLabels } from './section-labels';

const filled = (s: string) => s.trim() !== '';

function hasContent(content: BriefContent, key: BriefSectionKey): boolean {
  switch (key) {
    case 'targetAudience':
      return filled(content.audienceWho) || filled(content.audienceNow);
    case 'desiredResponse':
      return filled(content.responseThink) || filled(content.responseFeel) || filled(content.responseDo);
    case 'reasonsToBelieve':
      return content.reasonsToBelieve.some(filled);
    case 'deliverables':
      return content.deliverables.length > 0;
    case 'timeline':
      return content.timeline.length > 0;
    default:
      return filled(content[key]);
  }
}

export function BriefReadView({ content, template }: { content: BriefContent; template: Pick<BriefTemplate, 'id' | 'sections'> | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { heading } = useSectionLabels(template);
  const ordered = templateSectionKeys(template);
  const keys = [...ordered, ...briefSectionKeys.filter((k) => !ordered.includes(k))].filter((k) => hasContent(content, k));
  const f = (key: 'project' | 'jobNumber' | 'briefDate' | 'presentationDate' | 'budget') => t(`briefs.editor.fields.${key}`);

  const body = (key: BriefSectionKey) => {
    switch (key) {
      case 'targetAudience':
      case 'desiredResponse': {
        const parts = key === 'targetAudience' ? (['audienceWho', 'audienceNow'] as const) : (['responseThink', 'responseFeel', 'responseDo'] as const);
        return (
          <dl className="read-sub">
            {parts.filter((p) => filled(content[p])).map((p) => (
              <div key={p}><dt>{t(`briefs.editor.sub.${p}`)}</dt><dd className="pre-wrap">{content[p]}</dd></div>
            ))}
          </dl>
        );
      }
      case 'reasonsToBelieve':
        return <ol className="read-reasons">{content.reasonsToBelieve.filter(filled).map((r, i) => <li key={i} className="pre-wrap">{r}</li>)}</ol>;
      case 'deliverables':
        return (
          <table className="plain-table">
            <thead><tr>{(['media', 'format', 'quantity', 'spec', 'dueOn'] as const).map((c) => <th key={c} scope="col">{t(`briefs.editor.deliverableColumns.${c}`)}</th>)}</tr></thead>
            <tbody>{content.deliverables.map((d) => <tr key={d.id}><td>{d.media}</td><td>{d.format}</td><td>{d.quantity}</td><td>{d.spec}</td><td className="num">{formatDate(d.dueOn, language)}</td></tr>)}</tbody>
          </table>
        );
      case 'timeline':
        return (
          <table className="plain-table">
            <thead><tr>{(['label', 'date', 'owner'] as const).map((c) => <th key={c} scope="col">{t(`briefs.editor.timelineColumns.${c}`)}</th>)}</tr></thead>
            <tbody>{content.timeline.map((m) => <tr key={m.id}><td>{m.label}</td><td className="num">{formatDate(m.date, language)}</td><td>{m.owner}</td></tr>)}</tbody>
          </table>
        );
      case 'proposition':
        return <p className="pre-wrap read-proposition">{content.proposition}</p>;
      default:
        return <p className="pre-wrap">{content[key]}</p>;
    }
  };

  return (
    <article className="read-view">
      <h3 className="read-title">{content.title}</h3>
      <dl className="facts">
        <div><dt>{f('project')}</dt><dd>{content.project || '—'}</dd></div>
        <div><dt>{f('jobNumber')}</dt><dd className="num">{content.jobNumber || '—'}</dd></div>
        <div><dt>{f('budget')}</dt><dd className="num">{formatMoney(content.budget, content.currency, language) || '—'}</dd></div>
        <div><dt>{f('briefDate')}</dt><dd className="num">{formatDate(content.briefDate, language) || '—'}</dd></div>
        <div><dt>{f('presentationDate')}</dt><dd className="num">{formatDate(content.presentationDate, language) || '—'}</dd></div>
      </dl>
      {keys.map((key) => (
        <section key={key} className="read-section">
          <h4>{heading(key)}</h4>
          {body(key)}
        </section>
      ))}
    </article>
  );
}
