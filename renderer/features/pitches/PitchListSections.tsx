// The pitch's lists, each edited as a table in a section form: the rounds with their dates, competing agencies,
// the client's panel (who decides, who of ours covers them) and our pitch team with their roles.
import { useId, useMemo, type FormEvent } from 'react';
import { useFieldArray, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { longText, newId, shortText } from '@shared/model/common';
import { decisionRoles } from '@shared/model/contact';
import type { Member } from '@shared/model/member';
import { competitorSchema, openPitchStages, panelMemberSchema, pitchRoundSchema, type Pitch } from '@shared/model/pitch';
import { pitchTeamRoles } from '@shared/metrics/pitch-plan';
import { useLanguage } from '../../components/use-language';
import { validationErrorMap } from '../../i18n/validation';
import { updatePitch } from './pitch-actions';
import { dayOrNull, dayText, pitchMessage, usePitchErrorText, useSectionForm } from './pitch-form-support';
import { Cell, SectionCard, SectionFooter, countErrors } from './SectionCard';

const submitOn = (submit: () => Promise<void>) => (event: FormEvent) => {
  event.preventDefault();
  void submit();
};

function AddButton({ onClick, children }: { onClick: () => void; children: string }) {
  return <button type="button" className="button button-small" onClick={onClick}>+ {children}</button>;
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return <button type="button" className="icon-button" aria-label={label} title={label} onClick={onClick}>×</button>;
}

/* ---------------- rounds ---------------- */

const roundsSchema = z.object({
  rounds: z.array(z.object({ id: z.string(), stage: pitchRoundSchema.shape.stage, date: dayText, note: shortText })),
});
type RoundsValues = z.infer<typeof roundsSchema>;
const roundsResolver = zodResolver(roundsSchema, { error: validationErrorMap });

export function PitchRoundsSection({ pitch }: { pitch: Pitch }) {
  const { t } = useTranslation();
  const values = useMemo<RoundsValues>(() => ({ rounds: pitch.rounds.map((r) => ({ id: r.id, stage: r.stage, date: r.date ?? '', note: r.note })) }), [pitch]);
  const { form, submit, discard, status } = useSectionForm({
    values,
    resolver: roundsResolver,
    save: (v) => updatePitch(pitch.id, () => ({
      rounds: v.rounds
        .map((r) => ({ id: r.id, stage: r.stage, date: dayOrNull(r.date), note: r.note }))
        .sort((a, b) => openPitchStages.indexOf(a.stage) - openPitchStages.indexOf(b.stage) || (a.date ?? '').localeCompare(b.date ?? '')),
    })),
  });
  const { register, control, formState: { errors, isDirty, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'rounds' });
  const formId = 'pitch-rounds-form';
  const stageOf = (index: number) => t(`enums.pitchStage.${form.getValues(`rounds.${index}.stage`)}`);
  return (
    <SectionCard id="pitch-rounds" title={t('pitches.sections.rounds')} hint={t('pitches.sections.roundsHint')}>
      <form id={formId} noValidate onSubmit={submitOn(submit)}>
        {fields.length === 0 ? <p className="section-hint">{t('pitches.empty.rounds')}</p> : (
          <table className="edit-table">
            <thead><tr><th scope="col" className="w-stage">{t('pitches.rounds.stage')}</th><th scope="col" className="w-date">{t('pitches.rounds.date')}</th><th scope="col">{t('pitches.rounds.note')}</th><th scope="col" className="w-remove"><span className="visually-hidden">{t('pitches.actions')}</span></th></tr></thead>
            <tbody>
              {fields.map((field, index) => (
                <tr key={field.id}>
                  <td className="w-stage">
                    <Cell label={t('pitches.rounds.stageOf', { n: index + 1 })} error={errors.rounds?.[index]?.stage?.message}>
                      {(a) => <select {...a} {...register(`rounds.${index}.stage`)}>{openPitchStages.map((s) => <option key={s} value={s}>{t(`enums.pitchStage.${s}`)}</option>)}</select>}
                    </Cell>
                  </td>
                  <td className="w-date">
                    <Cell label={t('pitches.rounds.dateOf', { n: index + 1 })} error={errors.rounds?.[index]?.date?.message}>
                      {(a) => <input type="date" {...a} {...register(`rounds.${index}.date`)} />}
                    </Cell>
                  </td>
                  <td>
                    <Cell label={t('pitches.rounds.noteOf', { n: index + 1 })} error={errors.rounds?.[index]?.note?.message}>
                      {(a) => <input type="text" autoComplete="off" {...a} {...register(`rounds.${index}.note`)} />}
                    </Cell>
                  </td>
                  <td className="w-remove"><RemoveButton label={t('pitches.rounds.remove', { stage: stageOf(index) })} onClick={() => remove(index)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="list-add"><AddButton onClick={() => append({ id: newId(), stage: nextStage(form.getValues('rounds')), date: '', note: '' })}>{t('pitches.rounds.add')}</AddButton></div>
      </form>
      <SectionFooter formId={formId} dirty={isDirty} submitting={isSubmitting} status={status} onDiscard={discard} errorCount={countErrors(errors)} />
    </SectionCard>
  );
}

function nextStage(rounds: RoundsValues['rounds']): RoundsValues['rounds'][number]['stage'] {
  const last = Math.max(-1, ...rounds.map((r) => openPitchStages.indexOf(r.stage)));
  return openPitchStages[Math.min(last + 1, openPitchStages.length - 1)] ?? 'lead';
}

/* ---------------- competitors ---------------- */

const competitorsSchema = z.object({
  competitors: z.array(z.object({ id: z.string(), agency: competitorSchema.shape.agency, incumbent: z.boolean(), strengths: longText, weaknesses: longText })),
});
type CompetitorsValues = z.infer<typeof competitorsSchema>;
const competitorsResolver = zodResolver(competitorsSchema, { error: validationErrorMap });

export function PitchCompetitorsSection({ pitch }: { pitch: Pitch }) {
  const { t } = useTranslation();
  const values = useMemo<CompetitorsValues>(() => ({ competitors: pitch.competitors.map((c) => ({ ...c })) }), [pitch]);
  const { form, submit, discard, status } = useSectionForm({
    values,
    resolver: competitorsResolver,
    save: (v) => updatePitch(pitch.id, () => ({ competitors: v.competitors.map((c) => ({ ...c, agency: c.agency.trim() })) })),
  });
  const { register, control, formState: { errors, isDirty, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'competitors' });
  const formId = 'pitch-competitors-form';
  const nameOf = (index: number) => form.getValues(`competitors.${index}.agency`) || t('pitches.competitors.row', { n: index + 1 });
  return (
    <SectionCard id="pitch-competitors" title={t('pitches.sections.competitors')} hint={t('pitches.sections.competitorsHint')}>
      <form id={formId} noValidate onSubmit={submitOn(submit)}>
        {fields.length === 0 ? <p className="section-hint">{t('pitches.empty.competitors')}</p> : (
          <table className="edit-table">
            <thead><tr><th scope="col" className="w-name">{t('pitches.competitors.agency')}</th><th scope="col" className="w-flag">{t('pitches.competitors.incumbent')}</th><th scope="col">{t('pitches.competitors.strengths')}</th><th scope="col">{t('pitches.competitors.weaknesses')}</th><th scope="col" className="w-remove"><span className="visually-hidden">{t('pitches.actions')}</span></th></tr></thead>
            <tbody>
              {fields.map((field, index) => {
                const n = index + 1;
                return (
                  <tr key={field.id}>
                    <td className="w-name">
                      <Cell label={t('pitches.competitors.agencyOf', { n })} error={errors.competitors?.[index]?.agency?.message}>
                        {(a) => <input type="text" autoComplete="off" {...a} {...register(`competitors.${index}.agency`)} />}
                      </Cell>
                    </td>
                    <td className="w-flag">
                      <label className="check-inline"><input type="checkbox" {...register(`competitors.${index}.incumbent`)} aria-label={t('pitches.competitors.incumbentOf', { n })} /></label>
                    </td>
                    <td>
                      <Cell label={t('pitches.competitors.strengthsOf', { n })} error={errors.competitors?.[index]?.strengths?.message}>
                        {(a) => <textarea rows={2} {...a} {...register(`competitors.${index}.strengths`)} />}
                      </Cell>
                    </td>
                    <td>
                      <Cell label={t('pitches.competitors.weaknessesOf', { n })} error={errors.competitors?.[index]?.weaknesses?.message}>
                        {(a) => <textarea rows={2} {...a} {...register(`competitors.${index}.weaknesses`)} />}
                      </Cell>
                    </td>
                    <td className="w-remove"><RemoveButton label={t('pitches.removeRow', { name: nameOf(index) })} onClick={() => remove(index)} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <div className="list-add"><AddButton onClick={() => append({ id: newId(), agency: '', incumbent: false, strengths: '', weaknesses: '' })}>{t('pitches.competitors.add')}</AddButton></div>
      </form>
      <SectionFooter formId={formId} dirty={isDirty} submitting={isSubmitting} status={status} onDiscard={discard} errorCount={countErrors(errors)} />
    </SectionCard>
  );
}

/* ---------------- client panel ---------------- */

const panelRoles = decisionRoles;
const panelSchema = z.object({
  panel: z.array(z.object({ id: z.string(), name: panelMemberSchema.shape.name, title: shortText, role: z.enum(panelRoles), coveredByMemberId: z.string(), notes: shortText })),
});
type PanelValues = z.infer<typeof panelSchema>;
const panelResolver = zodResolver(panelSchema, { error: validationErrorMap });

export function PitchPanelSection({ pitch, members }: { pitch: Pitch; members: readonly Member[] }) {
  const { t } = useTranslation();
  const values = useMemo<PanelValues>(() => ({ panel: pitch.panel.map((p) => ({ ...p, coveredByMemberId: p.coveredByMemberId ?? '' })) }), [pitch]);
  const { form, submit, discard, status } = useSectionForm({
    values,
    resolver: panelResolver,
    save: (v) => updatePitch(pitch.id, () => ({ panel: v.panel.map((p) => ({ ...p, name: p.name.trim(), coveredByMemberId: p.coveredByMemberId === '' ? null : p.coveredByMemberId })) })),
  });
  const { register, control, formState: { errors, isDirty, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'panel' });
  const formId = 'pitch-panel-form';
  const choosable = ourPeople(pitch, members);
  const nameOf = (index: number) => form.getValues(`panel.${index}.name`) || t('pitches.panel.row', { n: index + 1 });
  return (
    <SectionCard id="pitch-panel" title={t('pitches.sections.panel')} hint={t('pitches.sections.panelHint')}>
      <form id={formId} noValidate onSubmit={submitOn(submit)}>
        {fields.length === 0 ? <p className="section-hint">{t('pitches.empty.panel')}</p> : (
          <table className="edit-table">
            <thead><tr><th scope="col" className="w-name">{t('pitches.panel.name')}</th><th scope="col" className="w-name">{t('pitches.panel.title')}</th><th scope="col" className="w-role">{t('pitches.panel.role')}</th><th scope="col" className="w-member">{t('pitches.panel.coveredBy')}</th><th scope="col">{t('pitches.panel.notes')}</th><th scope="col" className="w-remove"><span className="visually-hidden">{t('pitches.actions')}</span></th></tr></thead>
            <tbody>
              {fields.map((field, index) => {
                const n = index + 1;
                return (
                  <tr key={field.id}>
                    <td className="w-name">
                      <Cell label={t('pitches.panel.nameOf', { n })} error={errors.panel?.[index]?.name?.message}>
                        {(a) => <input type="text" autoComplete="off" {...a} {...register(`panel.${index}.name`)} />}
                      </Cell>
                    </td>
                    <td className="w-name">
                      <Cell label={t('pitches.panel.titleOf', { n })} error={errors.panel?.[index]?.title?.message}>
                        {(a) => <input type="text" autoComplete="off" {...a} {...register(`panel.${index}.title`)} />}
                      </Cell>
                    </td>
                    <td className="w-role">
                      <Cell label={t('pitches.panel.roleOf', { n })} error={errors.panel?.[index]?.role?.message}>
                        {(a) => <select {...a} {...register(`panel.${index}.role`)}>{panelRoles.map((r) => <option key={r} value={r}>{t(`enums.decisionRole.${r}`)}</option>)}</select>}
                      </Cell>
                    </td>
                    <td className="w-member">
                      <Cell label={t('pitches.panel.coveredByOf', { n })} error={errors.panel?.[index]?.coveredByMemberId?.message}>
                        {(a) => (
                          <select {...a} {...register(`panel.${index}.coveredByMemberId`)}>
                            <option value="">{t('pitches.noOne')}</option>
                            {choosable.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                          </select>
                        )}
                      </Cell>
                    </td>
                    <td>
                      <Cell label={t('pitches.panel.notesOf', { n })} error={errors.panel?.[index]?.notes?.message}>
                        {(a) => <input type="text" autoComplete="off" {...a} {...register(`panel.${index}.notes`)} />}
                      </Cell>
                    </td>
                    <td className="w-remove"><RemoveButton label={t('pitches.removeRow', { name: nameOf(index) })} onClick={() => remove(index)} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <div className="list-add"><AddButton onClick={() => append({ id: newId(), name: '', title: '', role: 'decision-maker', coveredByMemberId: '', notes: '' })}>{t('pitches.panel.add')}</AddButton></div>
      </form>
      <SectionFooter formId={formId} dirty={isDirty} submitting={isSubmitting} status={status} onDiscard={discard} errorCount={countErrors(errors)} />
    </SectionCard>
  );
}

/** Members one can pick: the active ones, plus anyone already named on this pitch (so an old record stays readable). */
export function ourPeople(pitch: Pitch, members: readonly Member[]): Member[] {
  const named = new Set([pitch.ownerId, ...pitch.team.map((m) => m.memberId), ...pitch.panel.map((p) => p.coveredByMemberId), ...pitch.prepItems.map((i) => i.ownerId)]);
  const onTeam = new Set(pitch.team.map((m) => m.memberId));
  return members
    .filter((m) => m.active || named.has(m.id))
    .sort((a, b) => Number(onTeam.has(b.id)) - Number(onTeam.has(a.id)) || a.name.localeCompare(b.name, 'zh-CN'));
}

/* ---------------- our team ---------------- */

const teamSchema = z.object({
  team: z.array(z.object({ memberId: z.string().min(1), role: shortText })).superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (row.memberId !== '' && seen.has(row.memberId)) ctx.addIssue({ code: 'custom', path: [index, 'memberId'], message: pitchMessage('duplicateMember') });
      seen.add(row.memberId);
    });
  }),
});
type TeamValues = z.infer<typeof teamSchema>;
const teamResolver: Resolver<TeamValues> = zodResolver(teamSchema, { error: validationErrorMap });

export function PitchTeamSection({ pitch, members }: { pitch: Pitch; members: readonly Member[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const listId = useId();
  const values = useMemo<TeamValues>(() => ({ team: pitch.team.map((m) => ({ ...m })) }), [pitch]);
  const { form, submit, discard, status } = useSectionForm({
    values,
    resolver: teamResolver,
    save: (v) => updatePitch(pitch.id, () => ({ team: v.team.map((m) => ({ memberId: m.memberId, role: m.role.trim() })) })),
  });
  const { register, control, formState: { errors, isDirty, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'team' });
  const formId = 'pitch-team-form';
  const errorText = usePitchErrorText();
  const byId = new Map(members.map((m) => [m.id, m]));
  const choosable = members.filter((m) => m.active || pitch.team.some((row) => row.memberId === m.id)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const nameOf = (index: number) => byId.get(form.getValues(`team.${index}.memberId`))?.name ?? t('pitches.team.row', { n: index + 1 });
  return (
    <SectionCard id="pitch-team" title={t('pitches.sections.team')} hint={t('pitches.sections.teamHint')}>
      <form id={formId} noValidate onSubmit={submitOn(submit)}>
        <datalist id={listId}>{pitchTeamRoles(language).map((role) => <option key={role} value={role} />)}</datalist>
        {fields.length === 0 ? <p className="section-hint">{t('pitches.empty.team')}</p> : (
          <table className="edit-table">
            <thead><tr><th scope="col" className="w-member-wide">{t('pitches.team.member')}</th><th scope="col">{t('pitches.team.role')}</th><th scope="col" className="w-remove"><span className="visually-hidden">{t('pitches.actions')}</span></th></tr></thead>
            <tbody>
              {fields.map((field, index) => {
                const n = index + 1;
                return (
                  <tr key={field.id}>
                    <td className="w-member-wide">
                      <Cell label={t('pitches.team.memberOf', { n })} error={errorText(errors.team?.[index]?.memberId?.message)}>
                        {(a) => (
                          <select {...a} {...register(`team.${index}.memberId`)}>
                            <option value="">{t('pitches.team.choose')}</option>
                            {choosable.map((m) => <option key={m.id} value={m.id}>{`${m.name} · ${m.level}`}</option>)}
                          </select>
                        )}
                      </Cell>
                    </td>
                    <td>
                      <Cell label={t('pitches.team.roleOf', { n })} error={errors.team?.[index]?.role?.message}>
                        {(a) => <input type="text" autoComplete="off" list={listId} {...a} {...register(`team.${index}.role`)} />}
                      </Cell>
                    </td>
                    <td className="w-remove"><RemoveButton label={t('pitches.removeRow', { name: nameOf(index) })} onClick={() => remove(index)} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <div className="list-add"><AddButton onClick={() => append({ memberId: '', role: '' })}>{t('pitches.team.add')}</AddButton></div>
      </form>
      <SectionFooter formId={formId} dirty={isDirty} submitting={isSubmitting} status={status} onDiscard={discard} errorCount={countErrors(errors)} />
    </SectionCard>
  );
}
