// Version history and approvals: every immutable version (number, author, time, note, its approvals), viewable,
// comparable and restorable as a draft; and the approvals recorded against versions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brief, BriefTemplate, BriefVersion } from '@shared/model/brief';
import { approvalsOf } from '@shared/metrics/brief-status';
import { Badge } from '../../components/Badge';
import { ChevronLeftIcon, DownloadIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import type { UiLanguage } from '../../i18n';
import { BriefReadView } from './BriefReadView';

type Props = {
  brief: Brief;
  versions: readonly BriefVersion[];
  template: Pick<BriefTemplate, 'id' | 'sections'> | null;
  unsaved: boolean;
  readOnly: boolean;
  onCompare: (number: number) => void;
  onRestore: (version: BriefVersion) => void;
  onExport: (version: BriefVersion) => void;
  busy: boolean;
};

/** An instant as the local day and time: 2026-03-05 14:32 / 5 Mar 2026 14:32. */
export function formatTime(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${formatDate(day, language)} ${time}`;
}

export function VersionsTab({ brief, versions, template, unsaved, readOnly, onCompare, onRestore, onExport, busy }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [viewing, setViewing] = useState<number | null>(null);
  const shown = viewing !== null ? versions.find((v) => v.number === viewing) : undefined;

  if (shown) {
    return (
      <div className="card card-section version-view">
        <div className="version-view-head">
          <button type="button" className="button button-ghost" onClick={() => setViewing(null)}>
            <ChevronLeftIcon size={14} /> {t('briefs.versions.closeView')}
          </button>
          <div>
            <h3 className="section-title">{t('briefs.versions.viewing', { n: shown.number })}</h3>
            <p className="section-hint">{t('briefs.versions.viewingMeta', { author: shown.author || '—', time: formatTime(shown.savedAt, language) })}{shown.note ? ` · ${shown.note}` : ''}</p>
          </div>
          <div className="actions">
            <button type="button" className="button" onClick={() => onCompare(shown.number)}>{t('briefs.versions.compare')}</button>
            {!readOnly && <button type="button" className="button" disabled={busy} onClick={() => onRestore(shown)}>{t('briefs.versions.restore')}</button>}
            <button type="button" className="button" disabled={busy} onClick={() => onExport(shown)}>
              <DownloadIcon size={15} /> {t('briefs.versions.exportVersion')}
            </button>
          </div>
        </div>
        <BriefReadView content={shown.content} template={template} />
      </div>
    );
  }

  const approvals = [...brief.approvals].sort((a, b) => b.versionNumber - a.versionNumber || (a.approvedOn < b.approvedOn ? 1 : -1));
  return (
    <div className="stack">
      <section className="card card-section" aria-labelledby="versions-title">
        <h3 id="versions-title" className="section-title">{t('briefs.versions.title')}</h3>
        <p className="section-hint">{t('briefs.versions.hint')}</p>
        {unsaved && versions.length > 0 && <p className="notice notice-info">{t('briefs.versions.unsavedNow')}</p>}
        {versions.length === 0 ? (
          <p className="section-hint">{t('briefs.versions.empty')}</p>
        ) : (
          <table className="plain-table versions-table" aria-labelledby="versions-title">
            <thead>
              <tr>
                <th scope="col">{t('briefs.versions.columns.number')}</th>
                <th scope="col">{t('briefs.versions.columns.savedAt')}</th>
                <th scope="col">{t('briefs.versions.columns.author')}</th>
                <th scope="col">{t('briefs.versions.columns.note')}</th>
                <th scope="col">{t('briefs.versions.columns.approvals')}</th>
                <th scope="col"><span className="visually-hidden">{t('briefs.editor.actions.more')}</span></th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((v) => {
                const given = approvalsOf(brief, v.number);
                return (
                  <tr key={v.id}>
                    <th scope="row" className="version-number">
                      {t('briefs.versions.number', { n: v.number })}
                      {v.number === brief.currentVersion && <Badge tone="plain">{t('briefs.versions.latestBadge')}</Badge>}
                      {v.number === brief.approvedVersion && <Badge tone="ok">{t('briefs.versions.approvedBadge')}</Badge>}
                    </th>
                    <td className="num">{formatTime(v.savedAt, language)}</td>
                    <td>{v.author || '—'}</td>
                    <td className="pre-wrap">{v.note || t('briefs.versions.noNote')}</td>
                    <td>{given.length === 0 ? '—' : given.map((a) => <div key={a.id} className="cell-sub">{a.name} · {t(`briefs.approverRole.${a.role}`)}</div>)}</td>
                    <td className="version-actions">
                      <button type="button" className="button button-ghost" aria-label={t('briefs.versions.viewLabel', { n: v.number })} onClick={() => setViewing(v.number)}>{t('briefs.versions.view')}</button>
                      <button type="button" className="button button-ghost" aria-label={t('briefs.versions.compareLabel', { n: v.number })} onClick={() => onCompare(v.number)}>{t('briefs.versions.compare')}</button>
                      {!readOnly && (
                        <button type="button" className="button button-ghost" disabled={busy} aria-label={t('briefs.versions.restoreLabel', { n: v.number })} onClick={() => onRestore(v)}>{t('briefs.versions.restore')}</button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section className="card card-section" aria-labelledby="approvals-title">
        <h3 id="approvals-title" className="section-title">{t('briefs.approvals.title')}</h3>
        <p className="section-hint">{t('briefs.approvals.hint')}</p>
        {approvals.length === 0 ? (
          <p className="section-hint">{t('briefs.approvals.empty')}</p>
        ) : (
          <table className="plain-table" aria-labelledby="approvals-title">
            <thead>
              <tr>
                <th scope="col">{t('briefs.approvals.columns.name')}</th>
                <th scope="col">{t('briefs.approvals.columns.role')}</th>
                <th scope="col">{t('briefs.approvals.columns.version')}</th>
                <th scope="col">{t('briefs.approvals.columns.date')}</th>
                <th scope="col">{t('briefs.approvals.columns.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {approvals.map((a) => (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td>{t(`briefs.approverRole.${a.role}`)}</td>
                  <td>{t('briefs.versions.number', { n: a.versionNumber })}</td>
                  <td className="num">{formatDate(a.approvedOn, language)}</td>
                  <td className="pre-wrap">{a.comment || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
