// One brand account: overview, client contacts and the account team, with the Word export of its profile.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { repos } from '../../db';
import { Badge, accountStatusTone } from '../../components/Badge';
import { ChevronLeftIcon, DownloadIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import { exportAccountProfile } from './export-profile';

async function readAccount(id: string) {
  const r = repos();
  const account = await r.accounts.get(id);
  if (!account || account.deletedAt) return null;
  const [contacts, assignments, members, briefs, pitches] = await Promise.all([
    r.contacts.listBy('accountId', id),
    r.assignments.listBy('accountId', id),
    r.members.list(),
    r.briefs.listBy('accountId', id),
    r.pitches.listBy('accountId', id),
  ]);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const team = assignments
    .filter((a) => !a.until)
    .map((a) => ({ assignment: a, member: memberById.get(a.memberId) }))
    .filter((row): row is { assignment: typeof row.assignment; member: NonNullable<typeof row.member> } => row.member !== undefined);
  return { account, contacts, team, briefCount: briefs.length, pitchCount: pitches.length };
}

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; saved: boolean } | { kind: 'failed'; reason: string };

export function AccountPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const data = useLiveQuery(() => readAccount(id), [id]);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });

  if (data === undefined) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  if (data === null) {
    return (
      <div className="card card-section">
        <p role="alert">{t('account.notFound')}</p>
        <p style={{ marginTop: 12 }}><Link href="/accounts">{t('common.backTo', { page: t('nav.accounts') })}</Link></p>
      </div>
    );
  }

  const { account, contacts, team } = data;
  const onExport = async () => {
    setExportState({ kind: 'busy' });
    const outcome = await exportAccountProfile(account.id, language);
    setExportState(outcome.ok ? { kind: 'done', saved: outcome.saved } : { kind: 'failed', reason: outcome.reason });
  };
  const notSet = t('common.notSet');
  const sortedContacts = [...contacts].sort((a, b) => b.warmth - a.warmth || a.name.localeCompare(b.name, 'zh-CN'));

  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/accounts"><ChevronLeftIcon size={13} /> {t('common.backTo', { page: t('nav.accounts') })}</Link>
          </p>
          <div className="account-head">
            <h2 className="account-title">{account.brand}</h2>
            <Badge tone={accountStatusTone[account.status]}>{t(`enums.accountStatus.${account.status}`)}</Badge>
            <Badge tone="plain">{t(`enums.tier.${account.tier}`)}</Badge>
          </div>
          {account.company && <p className="page-subtitle">{account.company}</p>}
        </div>
        <div className="actions">
          <span role="status" className="export-status">
            {exportState.kind === 'busy' && t('account.exporting')}
            {exportState.kind === 'done' && (exportState.saved ? t('account.exported') : t('account.exportCancelled'))}
            {exportState.kind === 'failed' && <span className="field-error">{t('account.exportFailed', { reason: exportState.reason })}</span>}
          </span>
          <button type="button" className="button button-primary" onClick={() => void onExport()} disabled={exportState.kind === 'busy'}>
            <DownloadIcon size={16} />
            {t('account.exportProfile')}
          </button>
        </div>
      </div>

      <section className="card card-section" aria-labelledby="account-overview">
        <h3 id="account-overview" className="section-title section-title-spaced">{t('account.overview')}</h3>
        <dl className="facts">
          <div><dt>{t('account.fields.company')}</dt><dd>{account.company || notSet}</dd></div>
          <div><dt>{t('account.fields.industry')}</dt><dd>{account.industry || notSet}</dd></div>
          <div><dt>{t('account.fields.clientSince')}</dt><dd className="num">{formatDate(account.clientSince, language) || notSet}</dd></div>
          <div><dt>{t('account.fields.annualFee')}</dt><dd className="num">{formatMoney(account.annualFee, account.currency, language) || notSet}</dd></div>
          <div className="wide"><dt>{t('account.fields.scope')}</dt><dd>{account.scope.length ? account.scope.join(language === 'zh-CN' ? '、' : ', ') : notSet}</dd></div>
          {account.notes && <div className="wide"><dt>{t('account.fields.notes')}</dt><dd className="pre-wrap">{account.notes}</dd></div>}
        </dl>
        <div className="mini-stats">
          <div><span>{t('account.summary.briefs')}</span><strong>{data.briefCount}</strong></div>
          <div><span>{t('account.summary.pitches')}</span><strong>{data.pitchCount}</strong></div>
          <div><span>{t('account.summary.contacts')}</span><strong>{contacts.length}</strong></div>
          <div><span>{t('account.summary.team')}</span><strong>{team.length}</strong></div>
        </div>
      </section>

      <div className="grid-2">
        <section className="card card-section" aria-labelledby="account-contacts">
          <h3 id="account-contacts" className="section-title section-title-spaced">{t('account.contacts')}</h3>
          {sortedContacts.length === 0 ? (
            <p className="section-hint">{t('account.noContacts')}</p>
          ) : (
            <table className="plain-table">
              <thead>
                <tr>
                  <th scope="col">{t('account.contactColumns.name')}</th>
                  <th scope="col">{t('account.contactColumns.role')}</th>
                  <th scope="col">{t('account.contactColumns.warmth')}</th>
                  <th scope="col">{t('account.contactColumns.lastContact')}</th>
                </tr>
              </thead>
              <tbody>
                {sortedContacts.map((contact) => (
                  <tr key={contact.id}>
                    <td>
                      <div>{contact.name}</div>
                      {contact.title && <div className="cell-sub">{contact.title}</div>}
                    </td>
                    <td>{t(`enums.decisionRole.${contact.decisionRole}`)}</td>
                    <td>
                      <span className="warmth" role="img" aria-label={t('account.warmth', { value: contact.warmth })}>
                        {[1, 2, 3, 4, 5].map((level) => <i key={level} className={level <= contact.warmth ? 'on' : undefined} />)}
                      </span>
                    </td>
                    <td className="num">{formatDate(contact.lastContactOn, language) || notSet}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="card card-section" aria-labelledby="account-team">
          <h3 id="account-team" className="section-title section-title-spaced">{t('account.team')}</h3>
          {team.length === 0 ? (
            <p className="section-hint">{t('account.noTeam')}</p>
          ) : (
            <table className="plain-table">
              <thead>
                <tr>
                  <th scope="col">{t('account.teamColumns.name')}</th>
                  <th scope="col">{t('account.teamColumns.level')}</th>
                  <th scope="col">{t('account.teamColumns.role')}</th>
                  <th scope="col">{t('account.teamColumns.since')}</th>
                </tr>
              </thead>
              <tbody>
                {team.map(({ assignment, member }) => (
                  <tr key={assignment.id}>
                    <td>
                      <div>{member.name}</div>
                      {member.title && <div className="cell-sub">{member.title}</div>}
                    </td>
                    <td>{member.level}</td>
                    <td>{t(`enums.assignmentRole.${assignment.role}`)}</td>
                    <td className="num">{formatDate(assignment.since, language) || notSet}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
