// One development report: its figures beside the previous period's, the charts, the written sections, the drafted
// suggestions to keep, edit or drop, the plan, and finalise / revise / export. A final report reads only its snapshot.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '@shared/model/common';
import type { Report } from '@shared/model/report';
import { reportCharts } from '@shared/charts/report-charts';
import { dimensionChanges, headlines, type ReportFigures } from '@shared/metrics/report-figures';
import { formatChange, formatFigure, formatScoreChange } from '@shared/metrics/report-format';
import { lostReasonLabel } from '@shared/metrics/pitch-figures';
import { periodLabel, periodOf, reportFigures } from '@shared/metrics/report-lifecycle';
import { headlineGroups, lowerIsBetter, reportStrings } from '@shared/metrics/report-strings';
import { repos } from '../../db';
import { Badge, reportStatusTone } from '../../components/Badge';
import { Chart } from '../../components/charts/Chart';
import { useRecords } from '../../components/records/use-records';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { finalise, revise, saveReport, useDraftFigures } from './report-data';
import { exportReport } from './export-report';
import './reports.css';

export function ReportPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const report = useLiveQuery(() => repos().reports.get(id), [id]);
  const draftFigures = useDraftFigures(report);
  if (report === undefined) return <p className="section-hint">{t('app.loading')}</p>;
  if (report === null || report.deletedAt) {
    return (
      <div className="card card-section">
        <h1 className="section-title">{t('reports.page.notFound')}</h1>
        <Link href="/reports" className="button">{t('reports.page.back')}</Link>
      </div>
    );
  }
  return <ReportView report={report} draftFigures={draftFigures} />;
}

function ReportView({ report, draftFigures }: { report: Report; draftFigures: ReportFigures | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const final = report.status === 'final';
  const figures = useMemo(
    () => (final ? reportFigures(report, () => { throw new Error('unreachable'); }) : (draftFigures ?? null)),
    // A draft's figures follow the records; a final report's come from its snapshot only.
    [final, report, draftFigures],
  );

  const save = async (patch: Partial<Report>) => {
    const result = await saveReport({ ...report, ...patch });
    setMessage(result.ok ? { tone: 'ok', text: t('reports.page.saved') } : { tone: 'error', text: t('common.saveFailed', { reason: result.reason }) });
  };
  const act = async (action: () => Promise<{ ok: true; id: string } | { ok: false; reason: string }>, done: (id: string) => void) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (result.ok) done(result.id);
    else setMessage({ tone: 'error', text: t('common.saveFailed', { reason: result.reason }) });
  };
  const onExport = async () => {
    if (!figures) return;
    setBusy(true);
    const result = await exportReport(report, figures, language);
    setBusy(false);
    if (!result.ok) setMessage({ tone: 'error', text: t('reports.page.exportFailed', { reason: result.reason }) });
    else if (result.saved) setMessage({ tone: 'ok', text: t('reports.page.exported') });
  };

  const scopeText = report.scope.type === 'department' ? t('reports.page.scopeDepartment') : t('reports.page.scopeAccounts', { count: report.scope.accountIds.length });
  return (
    <div className="report-page">
      <div className="page-header">
        <div>
          <div className="breadcrumb"><Link href="/reports">{t('reports.title')}</Link></div>
          <h1>{report.title}</h1>
          <p className="page-subtitle">
            {periodLabel(periodOf(report), language)} · {scopeText} · <Badge tone={reportStatusTone[report.status]}>{t(`enums.reportStatus.${report.status}`)}</Badge>
            {report.revisionOf && <> · <Link href={`/reports/${report.revisionOf}`}>{t('reports.page.revisionOfLink')}</Link></>}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="button" disabled={busy || !figures} onClick={() => void onExport()}>{t('reports.page.export')}</button>
          {final ? (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void act(() => revise(report, language), (id) => navigate(`/reports/${id}`))}>{t('reports.page.revise')}</button>
          ) : (
            <button type="button" className="button button-primary" disabled={busy || !figures} onClick={() => void act(() => finalise(report), () => setMessage({ tone: 'ok', text: t('reports.page.finalised') }))}>{t('reports.page.finalise')}</button>
          )}
        </div>
      </div>
      <p className={message?.tone === 'error' ? 'field-error report-message' : 'saved-note report-message'} role="status">{message?.text ?? ''}</p>
      {final && <p className="report-frozen">{t('reports.page.frozen', { date: formatDate(report.finalisedAt, language) })}</p>}
      {!final && <p className="report-frozen">{t('reports.page.live')}</p>}

      {figures ? <FiguresSection figures={figures} /> : <p className="section-hint">{final ? t('reports.page.noSnapshot') : t('app.loading')}</p>}
      {figures && <ChartsSection figures={figures} />}
      <WrittenSections report={report} readOnly={final} onSave={save} />
      <SuggestionsSection report={report} readOnly={final} onSave={save} />
      <PlanSection report={report} readOnly={final} onSave={save} />
    </div>
  );
}

function FiguresSection({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const s = reportStrings(language);
  const rows = new Map(headlines(figures).map((h) => [h.key, h]));
  const currency = figures.current.money.currency;
  const colon = language === 'zh-CN' ? '：' : ': ';
  return (
    <section className="card card-section report-section" aria-labelledby="report-figures">
      <h2 id="report-figures" className="section-title">{s.sections.figures}</h2>
      <p className="section-hint">{t('reports.page.figuresHint', { current: periodLabel(figures.current.period, language), previous: periodLabel(figures.previous.period, language) })}</p>
      <table className="report-figures">
        <caption className="visually-hidden">{s.sections.figures}</caption>
        <thead>
          <tr><th scope="col">{s.columns.figure}</th><th scope="col">{s.columns.current}</th><th scope="col">{s.columns.previous}</th><th scope="col">{s.columns.change}</th></tr>
        </thead>
        {Object.entries(headlineGroups).map(([group, keys]) => (
          <tbody key={group}>
            <tr className="report-group"><th scope="rowgroup" colSpan={4}>{s.group[group as keyof typeof headlineGroups]}</th></tr>
            {keys.map((key) => {
              const row = rows.get(key);
              if (!row) return null;
              return (
                <tr key={key}>
                  <th scope="row">{s.figure[key]}</th>
                  <td className="num">{formatFigure(key, row.current, currency, language)}</td>
                  <td className="num">{formatFigure(key, row.previous, currency, language)}</td>
                  <td className={`num ${row.delta === null || row.delta === 0 ? '' : row.delta > 0 !== lowerIsBetter.has(key) ? 'report-better' : 'report-worse'}`}>{formatChange(key, row, currency, language)}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
        <tbody>
          <tr className="report-group"><th scope="rowgroup" colSpan={4}>{s.detail.dimensions}</th></tr>
          {dimensionChanges(figures).map((d) => (
            <tr key={d.key}>
              <th scope="row">{language === 'zh-CN' ? d.nameZh : d.nameEn}</th>
              <td className="num">{d.current?.toFixed(2) ?? '—'}</td>
              <td className="num">{d.previous?.toFixed(2) ?? '—'}</td>
              <td className="num">{formatScoreChange(d.delta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-lists">
        <span><strong>{s.detail.top}{colon}</strong>{figures.current.team.topPerformers.map((p) => `${language === 'en' && p.nameEn ? p.nameEn : p.name} ${p.score.toFixed(2)}`).join(language === 'zh-CN' ? '、' : ', ') || s.detail.none}</span>
        <span><strong>{s.detail.lostReasons}{colon}</strong>{figures.current.pitches.lostReasons.map((r) => `${r.reason ? lostReasonLabel(r.reason, language) : s.noReason} ${r.count}`).join(language === 'zh-CN' ? '、' : ', ') || s.detail.none}</span>
      </p>
    </section>
  );
}

function ChartsSection({ figures }: { figures: ReportFigures }) {
  const language = useLanguage();
  const charts = useMemo(() => reportCharts(figures, language), [figures, language]);
  return (
    <section className="card card-section report-section" aria-labelledby="report-charts">
      <h2 id="report-charts" className="section-title">{reportStrings(language).sections.charts}</h2>
      <div className="report-charts">
        {charts.map((c) => (
          <figure key={c.key} className="report-chart">
            <figcaption>{c.title}</figcaption>
            <Chart spec={c.spec} />
          </figure>
        ))}
      </div>
    </section>
  );
}

type EditProps = { report: Report; readOnly: boolean; onSave: (patch: Partial<Report>) => Promise<void> };

function WrittenSections({ report, readOnly, onSave }: EditProps) {
  const language = useLanguage();
  const s = reportStrings(language).sections;
  const fields = ['summary', 'achievements', 'issues'] as const;
  return (
    <section className="card card-section report-section" aria-label={`${s.summary} · ${s.achievements} · ${s.issues}`}>
      {fields.map((field) => (
        <div key={field} className="report-text">
          <h2 className="section-title"><label htmlFor={`report-${field}`}>{s[field]}</label></h2>
          {readOnly ? (
            <p id={`report-${field}`} className="report-prose">{report[field] || '—'}</p>
          ) : (
            <textarea
              id={`report-${field}`}
              key={`${report.id}-${field}`}
              rows={field === 'summary' ? 5 : 4}
              defaultValue={report[field]}
              onBlur={(e) => { if (e.target.value !== report[field]) void onSave({ [field]: e.target.value }); }}
            />
          )}
        </div>
      ))}
    </section>
  );
}

function SuggestionsSection({ report, readOnly, onSave }: EditProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = readOnly ? report.suggestions.filter((x) => x.kept) : report.suggestions;
  const update = (id: string, patch: Partial<Report['suggestions'][number]>) => onSave({ suggestions: report.suggestions.map((x) => (x.id === id ? { ...x, ...patch } : x)) });
  return (
    <section className="card card-section report-section" aria-labelledby="report-suggestions">
      <h2 id="report-suggestions" className="section-title">{reportStrings(language).sections.suggestions}</h2>
      {!readOnly && <p className="section-hint">{t('reports.suggestions.hint')}</p>}
      {list.length === 0 && <p className="section-hint">{t('reports.suggestions.none')}</p>}
      <ol className="report-suggestions">
        {list.map((item, index) => (
          <li key={item.id} className={item.kept ? 'report-suggestion kept' : 'report-suggestion'} aria-label={t('reports.suggestions.item', { n: index + 1 })}>
            {item.figure && <p className="report-figure-behind">{t('reports.suggestions.basedOn', { figure: item.figure })}</p>}
            {readOnly ? (
              <p>{item.text}</p>
            ) : (
              <>
                <textarea
                  key={`${item.id}-text`}
                  aria-label={t('reports.suggestions.textLabel', { n: index + 1 })}
                  rows={2}
                  defaultValue={item.text}
                  onBlur={(e) => { const text = e.target.value.trim(); if (text !== '' && text !== item.text) void update(item.id, { text }); }}
                />
                <div className="report-suggestion-actions">
                  {item.kept ? <Badge tone="ok">{t('reports.suggestions.kept')}</Badge> : <Badge tone="muted">{t('reports.suggestions.proposed')}</Badge>}
                  <button type="button" className="button button-small" aria-pressed={item.kept} onClick={() => void update(item.id, { kept: !item.kept })}>
                    {item.kept ? t('reports.suggestions.unkeep', { n: index + 1 }) : t('reports.suggestions.keep', { n: index + 1 })}
                  </button>
                  <button type="button" className="button button-small" onClick={() => void onSave({ suggestions: report.suggestions.filter((x) => x.id !== item.id) })}>
                    {t('reports.suggestions.drop', { n: index + 1 })}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <button type="button" className="button" onClick={() => void onSave({ suggestions: [...report.suggestions, { id: newId(), rule: '', figure: '', text: t('reports.suggestions.newText'), kept: true }] })}>
          {t('reports.suggestions.add')}
        </button>
      )}
    </section>
  );
}

function PlanSection({ report, readOnly, onSave }: EditProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const members = useRecords('members');
  const s = reportStrings(language).plan;
  const update = (id: string, patch: Partial<Report['plan'][number]>) => onSave({ plan: report.plan.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
  const active = (members ?? []).filter((m) => m.active);
  return (
    <section className="card card-section report-section" aria-labelledby="report-plan">
      <h2 id="report-plan" className="section-title">{reportStrings(language).sections.plan}</h2>
      {report.plan.length === 0 && <p className="section-hint">{t('reports.plan.none')}</p>}
      {report.plan.length > 0 && (
        <table className="report-plan">
          <thead><tr><th scope="col">{s.action}</th><th scope="col">{s.owner}</th><th scope="col">{s.dueOn}</th>{!readOnly && <th scope="col"><span className="visually-hidden">{t('reports.plan.remove')}</span></th>}</tr></thead>
          <tbody>
            {report.plan.map((p, index) => (
              <tr key={p.id}>
                {readOnly ? (
                  <><td>{p.action}</td><td>{p.owner || '—'}</td><td className="num">{formatDate(p.dueOn, language)}</td></>
                ) : (
                  <>
                    <td><input type="text" aria-label={t('reports.plan.actionLabel', { n: index + 1 })} defaultValue={p.action} key={`${p.id}-a`} onBlur={(e) => { const action = e.target.value.trim(); if (action !== '' && action !== p.action) void update(p.id, { action }); }} /></td>
                    <td>
                      <select aria-label={t('reports.plan.ownerLabel', { n: index + 1 })} value={p.ownerId ?? ''} onChange={(e) => { const m = active.find((x) => x.id === e.target.value); void update(p.id, { ownerId: m?.id ?? null, owner: m?.name ?? '' }); }}>
                        <option value="">{t('reports.plan.noOwner')}</option>
                        {active.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                      </select>
                    </td>
                    <td><input type="date" aria-label={t('reports.plan.dueLabel', { n: index + 1 })} defaultValue={p.dueOn ?? ''} key={`${p.id}-d`} onBlur={(e) => { const dueOn = e.target.value || null; if (dueOn !== p.dueOn) void update(p.id, { dueOn }); }} /></td>
                    <td><button type="button" className="button button-small" onClick={() => void onSave({ plan: report.plan.filter((x) => x.id !== p.id) })}>{t('reports.plan.removeN', { n: index + 1 })}</button></td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <button type="button" className="button" onClick={() => void onSave({ plan: [...report.plan, { id: newId(), action: t('reports.plan.newAction'), ownerId: null, owner: '', dueOn: null }] })}>
          {t('reports.plan.add')}
        </button>
      )}
    </section>
  );
}
