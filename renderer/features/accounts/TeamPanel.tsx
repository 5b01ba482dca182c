// The team tab: who serves this account and in what role — assign a member, end an assignment (history stays), and
// the people who served it before.
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { z } from 'zod';
import { assignmentRoles, type Assignment, type AssignmentRole, type Member } from '@shared/model/member';
import { isCurrentAssignment } from '@shared/metrics/account-figures';
import { repos } from '../../db';
import { Badge } from '../../components/Badge';
import { DeleteRecordDialog } from '../../components/delete/DeleteRecordDialog';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import { encodeMessage, validationErrorMap } from '../../i18n/validation';
import type { AccountPageData } from './account-data';
import { accountMessage, optionalDayText, requiredDayText, useErrorText, useIssueReason } from './form-support';

type Row = { assignment: Assignment; member: Member | undefined };

const roleOrder = (role: AssignmentRole) => assignmentRoles.indexOf(role);

export function TeamPanel({ data }: { data: AccountPageData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Row | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const memberById = useMemo(() => new Map(data.members.map((m) => [m.id, m])), [data.members]);
  const { current, past } = useMemo(() => {
    const rows: Row[] = data.assignments.map((assignment) => ({ assignment, member: memberById.get(assignment.memberId) }));
    const current = rows.filter((r) => isCurrentAssignment(r.assignment, data.today) || (r.assignment.since !== null && r.assignment.since > data.today))
      .sort((a, b) => roleOrder(a.assignment.role) - roleOrder(b.assignment.role) || (a.member?.name ?? '').localeCompare(b.member?.name ?? '', 'zh-CN'));
    const past = rows.filter((r) => r.assignment.until !== null && r.assignment.until < data.today)
      .sort((a, b) => ((a.assignment.until ?? '') < (b.assignment.until ?? '') ? 1 : -1));
    return { current, past };
  }, [data.assignments, data.today, memberById]);
  const name = (row: Row) => row.member?.name ?? t('account.team.unknownMember');

  return (
    <div className="stack">
      <section className="card card-section" aria-labelledby="account-team">
        <div className="acct-panel-head">
          <h3 id="account-team" className="section-title">{t('account.team.current')}</h3>
          <span className="acct-panel-status" role="status">{status && <span className="saved-note">{status}</span>}</span>
          <button type="button" className="button button-primary" onClick={() => { setStatus(null); setAdding(true); }}>
            <PlusIcon size={16} />
            {t('account.team.assign')}
          </button>
        </div>
        {current.length === 0 ? (
          <p className="section-hint">{t('account.noTeam')}</p>
        ) : (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">{t('account.teamColumns.name')}</th>
                <th scope="col">{t('account.teamColumns.level')}</th>
                <th scope="col">{t('account.teamColumns.role')}</th>
                <th scope="col">{t('account.teamColumns.since')}</th>
                <th scope="col"><span className="visually-hidden">{t('accounts.columns.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {current.map((row) => (
                <tr key={row.assignment.id}>
                  <td>
                    <Link href={`/team/${row.assignment.memberId}`}>{name(row)}</Link>
                    {row.member?.nameEn && <span className="cell-sub"> {row.member.nameEn}</span>}
                    {row.member && !row.member.active && <> <Badge tone="muted">{t('enums.memberStatus.inactive')}</Badge></>}
                  </td>
                  <td>{row.member?.level ?? ''}</td>
                  <td>{t(`enums.assignmentRole.${row.assignment.role}`)}</td>
                  <td className="num">
                    {formatDate(row.assignment.since, language) || t('common.notSet')}
                    {row.assignment.until && <span className="cell-sub"> → {formatDate(row.assignment.until, language)}</span>}
                  </td>
                  <td className="acct-row-actions">
                    <button type="button" className="button button-ghost acct-button-small" onClick={() => { setStatus(null); setEnding(row); }} aria-label={t('account.team.endOne', { name: name(row) })}>
                      {t('account.team.end')}
                    </button>
                    <button type="button" className="button button-ghost acct-button-small button-danger" onClick={() => { setStatus(null); setDeleting(row); }} aria-label={t('account.team.deleteOne', { name: name(row) })}>
                      {t('account.deleteShort')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card card-section" aria-labelledby="account-team-past">
        <h3 id="account-team-past" className="section-title section-title-spaced">{t('account.team.past')}</h3>
        {past.length === 0 ? (
          <p className="section-hint">{t('account.team.noPast')}</p>
        ) : (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">{t('account.teamColumns.name')}</th>
                <th scope="col">{t('account.teamColumns.level')}</th>
                <th scope="col">{t('account.teamColumns.role')}</th>
                <th scope="col">{t('account.team.period')}</th>
              </tr>
            </thead>
            <tbody>
              {past.map((row) => (
                <tr key={row.assignment.id}>
                  <td><Link href={`/team/${row.assignment.memberId}`}>{name(row)}</Link></td>
                  <td>{row.member?.level ?? ''}</td>
                  <td>{t(`enums.assignmentRole.${row.assignment.role}`)}</td>
                  <td className="num">{t('account.team.periodValue', { since: formatDate(row.assignment.since, language) || '…', until: formatDate(row.assignment.until, language) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <AssignDialog open={adding} data={data} onClose={() => setAdding(false)} onSaved={(member) => { setAdding(false); setStatus(t('account.team.assigned', { name: member })); }} />
      {ending && <EndDialog row={ending} today={data.today} onClose={() => setEnding(null)} onSaved={() => { setStatus(t('account.team.ended', { name: name(ending) })); setEnding(null); }} />}
      {deleting && (
        <DeleteRecordDialog
          open
          table="assignments"
          id={deleting.assignment.id}
          label={t('account.team.assignmentLabel', { name: name(deleting), role: t(`enums.assignmentRole.${deleting.assignment.role}`) })}
          onClose={() => setDeleting(null)}
          onDeleted={() => setStatus(t('account.team.deleted', { name: name(deleting) }))}
        />
      )}
    </div>
  );
}

type AssignValues = { memberId: string; role: AssignmentRole; since: string };

const assignSchema = z.object({
  memberId: z.string().min(1, { message: encodeMessage({ key: 'required' }) }),
  role: z.enum(assignmentRoles),
  since: optionalDayText,
});

function AssignDialog({ open, data, onClose, onSaved }: { open: boolean; data: AccountPageData; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueReason = useIssueReason();
  const [formError, setFormError] = useState<string | null>(null);
  const onTeam = new Set(data.assignments.filter((a) => a.until === null || a.until >= data.today).map((a) => a.memberId));
  const choices = data.members.filter((m) => m.active).sort((a, b) => Number(onTeam.has(a.id)) - Number(onTeam.has(b.id)) || a.name.localeCompare(b.name, 'zh-CN'));
  const { register, handleSubmit, reset, setError, formState: { errors, isSubmitting } } = useForm<AssignValues>({
    defaultValues: { memberId: '', role: 'account-manager', since: data.today },
    resolver: zodResolver(assignSchema, { error: validationErrorMap }),
  });

  useEffect(() => {
    if (open) {
      reset({ memberId: '', role: 'account-manager', since: data.today });
      setFormError(null);
    }
  }, [open, reset, data.today]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    if (onTeam.has(values.memberId)) {
      setError('memberId', { message: accountMessage('alreadyOnTeam') });
      return;
    }
    const result = await repos().assignments.save({ accountId: data.account.id, memberId: values.memberId, role: values.role, since: values.since === '' ? null : values.since });
    if (result.ok) onSaved(data.members.find((m) => m.id === values.memberId)?.name ?? '');
    else setFormError(result.issues.map(issueReason).join('; '));
  });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('account.team.assignTitle', { brand: data.account.brand })}
      footer={
        <div className="form-actions">
          <span className="status" role="status">{formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}</span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form="assign-form" className="button button-primary" disabled={isSubmitting}>{t('account.team.assignSubmit')}</button>
        </div>
      }
    >
      <form id="assign-form" className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('account.team.member')} error={errorText(errors.memberId?.message)} required className="span-2" hint={choices.length === 0 ? t('account.team.noMembers') : undefined}>
          <select autoFocus {...register('memberId')}>
            <option value="">{t('account.team.chooseMember')}</option>
            {choices.map((m) => (
              <option key={m.id} value={m.id}>
                {`${m.name}${m.nameEn ? ` ${m.nameEn}` : ''} · ${m.level}${onTeam.has(m.id) ? ` ${t('account.team.alreadyMark')}` : ''}`}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('account.team.role')} error={errors.role?.message}>
          <select {...register('role')}>
            {assignmentRoles.map((role) => <option key={role} value={role}>{t(`enums.assignmentRole.${role}`)}</option>)}
          </select>
        </Field>
        <Field label={t('account.team.since')} error={errors.since?.message}>
          <input type="date" {...register('since')} />
        </Field>
      </form>
    </Dialog>
  );
}

function EndDialog({ row, today, onClose, onSaved }: { row: Row; today: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueReason = useIssueReason();
  const [formError, setFormError] = useState<string | null>(null);
  const since = row.assignment.since;
  const schema = z.object({ until: requiredDayText }).refine((v) => since === null || v.until === '' || v.until >= since, { path: ['until'], message: accountMessage('untilBeforeSince') });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<{ until: string }>({
    defaultValues: { until: since !== null && since > today ? since : today },
    resolver: zodResolver(schema, { error: validationErrorMap }),
  });
  const name = row.member?.name ?? t('account.team.unknownMember');

  const onSubmit = handleSubmit(async (values) => {
    const a = row.assignment;
    const result = await repos().assignments.save({ id: a.id, accountId: a.accountId, memberId: a.memberId, until: values.until });
    if (result.ok) onSaved();
    else setFormError(result.issues.map(issueReason).join('; '));
  });

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('account.team.endTitle', { name })}
      description={t('account.team.endIntro')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">{formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}</span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form="end-assignment-form" className="button button-primary" disabled={isSubmitting}>{t('account.team.endSubmit')}</button>
        </div>
      }
    >
      <form id="end-assignment-form" className="form-grid" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('account.team.until')} error={errorText(errors.until?.message)} required>
          <input type="date" autoFocus {...register('until')} />
        </Field>
      </form>
    </Dialog>
  );
}
