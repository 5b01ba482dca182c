// One team member: profile, reporting line, the accounts they serve (assign and end from here), and the briefs,
// pitches and evaluations that name them. Leaving members are deactivated here; their history stays.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Assignment } from '@shared/model/member';
import { repos } from '../../db';
import { Badge, briefStatusTone, pitchStageTone } from '../../components/Badge';
import { DeleteRecordDialog } from '../../components/delete/DeleteRecordDialog';
import { ChevronLeftIcon, PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { AssignDialog, EndAssignmentDialog } from './AssignmentDialogs';
import { DeactivateMemberDialog } from './DeactivateMemberDialog';
import { MemberDialog } from './MemberDialog';
import { readMemberPage, type AssignmentRow, type MemberPageData } from './member-data';
import './team.css';

type Open = 'none' | 'edit' | 'deactivate' | 'delete' | 'assign';

export function MemberPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const data = useLiveQuery(() => readMemberPage(id), [id]);

  if (data === undefined) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  if (data === null) {
    return (
      <div className="card card-section">
        <p role="alert">{t('member.notFound')}</p>
        <p className="back-line"><Link href="/team">{t('common.backTo', { page: t('nav.team') })}</Link></p>
      </div>
    );
  }
  return <MemberView data={data} />;
}

function MemberView({ data }: { data: MemberPageData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState<Open>('none');
  const [ending, setEnding] = useState<AssignmentRow | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { member, manager, reports } = data;
  const notSet = t('common.notSet');
  const close = () => setOpen('none');

  const reactivate = async () => {
    setStatus(null);
    const result = await repos().members.save({ ...member, active: true });
    if (!result.ok) setStatus(t('common.saveFailed', { reason: result.issues.map((issue) => issue.message).join('; ') }));
  };

  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/team"><ChevronLeftIcon size={13} /> {t('common.backTo', { page: t('nav.team') })}</Link>
          </p>
          <div className="account-head">
            <h2 className="account-title">{member.name}</h2>
            {member.nameEn && <span className="member-name-en" lang="en">{member.nameEn}</span>}
            <Badge tone="plain">{member.level}</Badge>
            <Badge tone={member.active ? 'ok' : 'muted'}>{t(`enums.memberStatus.${member.active ? 'active' : 'inactive'}`)}</Badge>
          </div>
          {member.title && <p className="page-subtitle">{member.title}</p>}
        </div>
        <div className="actions">
          {status && <span className="field-error" role="alert">{status}</span>}
          <button type="button" className="button" onClick={() => setOpen('edit')}>{t('member.edit')}</button>
          {member.active ? (
            <button type="button" className="button" onClick={() => setOpen('deactivate')}>{t('member.deactivate')}</button>
          ) : (
            <button type="button" className="button" onClick={() => void reactivate()}>{t('member.reactivate')}</button>
          )}
          <button type="button" className="button button-danger" onClick={() => setOpen('delete')}>{t('member.delete')}</button>
        </div>
      </div>

      {!member.active && <p className="notice notice-info">{t('member.inactiveNotice')}</p>}

      <div className="grid-2">
        <section className="card card-section" aria-labelledby="member-profile">
          <h3 id="member-profile" className="section-title section-title-spaced">{t('member.profile')}</h3>
          <dl className="facts facts-profile">
            <div><dt>{t('member.fields.level')}</dt><dd>{member.level}</dd></div>
            <div><dt>{t('member.fields.title')}</dt><dd>{member.title || notSet}</dd></div>
            <div><dt>{t('member.fields.nameEn')}</dt><dd lang="en">{member.nameEn || notSet}</dd></div>
            <div><dt>{t('member.fields.joinedOn')}</dt><dd className="num">{formatDate(member.joinedOn, language) || notSet}</dd></div>
            <div><dt>{t('member.fields.email')}</dt><dd className="break">{member.email ? <a href={`mailto:${member.email}`}>{member.email}</a> : notSet}</dd></div>
            <div><dt>{t('member.fields.phone')}</dt><dd className="num">{member.phone || notSet}</dd></div>
          </dl>
        </section>

        <section className="card card-section" aria-labelledby="member-reporting">
          <h3 id="member-reporting" className="section-title section-title-spaced">{t('member.reporting')}</h3>
          <dl className="facts facts-single">
            <div>
              <dt>{t('member.manager')}</dt>
              <dd>{manager ? <MemberLink member={manager} /> : t('member.noManager')}</dd>
            </div>
            <div>
              <dt>{t('member.reports')}</dt>
              <dd>
                {reports.length === 0 ? (
                  t('member.noReports')
                ) : (
                  <ul className="inline-list">
                    {reports.map((report) => (
                      <li key={report.id}><MemberLink member={report} /></li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
        </section>
      </div>

      <section className="card card-section" aria-labelledby="member-accounts">
        <div className="section-head">
          <h3 id="member-accounts" className="section-title">{t('member.accounts')}</h3>
          <button type="button" className="button" onClick={() => setOpen('assign')}>
            <PlusIcon size={15} />
            {t('member.addAssignment')}
          </button>
        </div>
        {data.current.length === 0 ? (
          <p className="section-hint">{t('member.noAssignments')}</p>
        ) : (
          <AssignmentTable rows={data.current} caption={t('member.accounts')} onEnd={setEnding} />
        )}
        {data.past.length > 0 && (
          <>
            <h4 className="subsection-title">{t('member.pastAssignments')}</h4>
            <AssignmentTable rows={data.past} caption={t('member.pastAssignments')} />
          </>
        )}
      </section>

      <section className="card card-section" aria-labelledby="member-briefs">
        <h3 id="member-briefs" className="section-title section-title-spaced">{t('member.briefs')}</h3>
        {data.briefs.length === 0 ? (
          <p className="section-hint">{t('member.noBriefs')}</p>
        ) : (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">{t('member.briefColumns.title')}</th>
                <th scope="col">{t('member.briefColumns.account')}</th>
                <th scope="col">{t('member.briefColumns.role')}</th>
                <th scope="col">{t('member.briefColumns.status')}</th>
                <th scope="col">{t('member.briefColumns.date')}</th>
              </tr>
            </thead>
            <tbody>
              {data.briefs.map(({ brief, roles, account }) => (
                <tr key={brief.id}>
                  <td><Link href={`/briefs/${brief.id}`}>{brief.title}</Link></td>
                  <td>{account ? <Link href={`/accounts/${account.id}`}>{account.brand}</Link> : t('member.unknownAccount')}</td>
                  <td>{roles.map((role) => t(`member.briefRole.${role}`)).join(language === 'zh-CN' ? '、' : ', ')}</td>
                  <td><Badge tone={briefStatusTone[brief.status]}>{t(`enums.briefStatus.${brief.status}`)}</Badge></td>
                  <td className="num">{formatDate(brief.presentationDate, language) || notSet}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card card-section" aria-labelledby="member-pitches">
        <h3 id="member-pitches" className="section-title section-title-spaced">{t('member.pitches')}</h3>
        {data.pitches.length === 0 ? (
          <p className="section-hint">{t('member.noPitches')}</p>
        ) : (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">{t('member.pitchColumns.title')}</th>
                <th scope="col">{t('member.pitchColumns.account')}</th>
                <th scope="col">{t('member.pitchColumns.role')}</th>
                <th scope="col">{t('member.pitchColumns.stage')}</th>
                <th scope="col">{t('member.pitchColumns.date')}</th>
              </tr>
            </thead>
            <tbody>
              {data.pitches.map(({ pitch, roles, account }) => (
                <tr key={pitch.id}>
                  <td><Link href={`/pitches/${pitch.id}`}>{pitch.title}</Link></td>
                  <td>{account ? <Link href={`/accounts/${account.id}`}>{account.brand}</Link> : t('member.unknownAccount')}</td>
                  <td>
                    {roles
                      .map((role) => (role.kind === 'owner' ? t('member.pitchOwner') : role.role || t('member.pitchTeam')))
                      .join(language === 'zh-CN' ? '、' : ', ')}
                  </td>
                  <td><Badge tone={pitchStageTone(pitch.stage)}>{t(`enums.pitchStage.${pitch.stage}`)}</Badge></td>
                  <td className="num">{formatDate(pitch.pitchDate, language) || notSet}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card card-section" aria-labelledby="member-evaluations">
        <h3 id="member-evaluations" className="section-title section-title-spaced">{t('member.evaluations')}</h3>
        {data.evaluations.length === 0 ? (
          <p className="section-hint">{t('member.noEvaluations')}</p>
        ) : (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">{t('member.evaluationColumns.quarter')}</th>
                <th scope="col">{t('member.evaluationColumns.status')}</th>
                <th scope="col" className="align-end">{t('member.evaluationColumns.score')}</th>
                <th scope="col" className="band-cell">{t('member.evaluationColumns.band')}</th>
                <th scope="col">{t('member.evaluationColumns.evaluator')}</th>
              </tr>
            </thead>
            <tbody>
              {data.evaluations.map(({ evaluation, evaluator, score }) => (
                <tr key={evaluation.id}>
                  <td className="num"><Link href={`/evaluations/${evaluation.id}`}>{evaluation.quarter}</Link></td>
                  <td><Badge tone={evaluation.status === 'draft' ? 'muted' : 'ok'}>{t(`enums.evaluationStatus.${evaluation.status}`)}</Badge></td>
                  <td className="num align-end">{score.score === null ? t('member.noScore') : score.score.toFixed(2)}</td>
                  <td className="band-cell">{score.band ? t(`evaluations.band.${score.band}`) : notSet}</td>
                  <td>{evaluator ? <MemberLink member={evaluator} /> : notSet}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <MemberDialog open={open === 'edit'} member={member} onClose={close} onSaved={close} />
      <DeactivateMemberDialog open={open === 'deactivate'} member={member} current={data.current.map((row) => row.assignment)} onClose={close} />
      <AssignDialog open={open === 'assign'} member={member} onClose={close} />
      <EndAssignmentDialog assignment={ending?.assignment ?? null} accountName={ending?.account?.brand ?? ''} onClose={() => setEnding(null)} />
      <DeleteRecordDialog
        open={open === 'delete'}
        table="members"
        id={member.id}
        label={member.name}
        onClose={close}
        onDeleted={() => navigate('/team', { replace: true })}
      />
    </div>
  );
}

function MemberLink({ member }: { member: { id: string; name: string; active: boolean; level: string } }) {
  const { t } = useTranslation();
  return (
    <span className="member-link">
      <Link href={`/team/${member.id}`}>{member.name}</Link>
      <span className="cell-sub-inline">{member.level}</span>
      {!member.active && <Badge tone="muted">{t('enums.memberStatus.inactive')}</Badge>}
    </span>
  );
}

function AssignmentTable({ rows, caption, onEnd }: { rows: AssignmentRow[]; caption: string; onEnd?: (row: AssignmentRow) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notSet = t('common.notSet');
  const untilOf = (assignment: Assignment) => formatDate(assignment.until, language) || notSet;
  return (
    <table className="plain-table assignment-table">
      <caption className="visually-hidden">{caption}</caption>
      <colgroup>
        <col className="col-account" />
        <col className="col-role" />
        <col className="col-date" />
        <col className="col-date" />
        <col className="col-actions" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('member.assignmentColumns.account')}</th>
          <th scope="col">{t('member.assignmentColumns.role')}</th>
          <th scope="col">{t('member.assignmentColumns.since')}</th>
          <th scope="col">{t('member.assignmentColumns.until')}</th>
          {/* Earlier assignments keep the column (empty) so both tables line up. */}
          <th scope="col" className="align-end">
            <span className={onEnd ? undefined : 'visually-hidden'}>{t('member.assignmentColumns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.assignment.id}>
            <td>
              {row.account ? (
                <>
                  <Link href={`/accounts/${row.account.id}`}>{row.account.brand}</Link>
                  {row.account.company && <div className="cell-sub">{row.account.company}</div>}
                </>
              ) : (
                t('member.accountDeleted')
              )}
            </td>
            <td>{t(`enums.assignmentRole.${row.assignment.role}`)}</td>
            <td className="num">{formatDate(row.assignment.since, language) || notSet}</td>
            <td className="num">{untilOf(row.assignment)}</td>
            {!onEnd && <td />}
            {onEnd && (
              <td className="align-end">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onEnd(row)}
                  aria-label={t('member.endAssignmentLabel', { account: row.account?.brand ?? '' })}
                >
                  {t('member.endAssignment')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
