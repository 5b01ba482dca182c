// The brief's content as a form: header fields, then every section of the template in its order with a one-line hint
// of what a good answer looks like, editable rows, the reasons-to-believe and proposition checks, and an outline.
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '@shared/model/account';
import type { BriefSectionKey, BriefTemplate } from '@shared/model/brief';
import { currencySchema } from '@shared/model/common';
import type { Member } from '@shared/model/member';
import { sectionsOutsideTemplate, templateSectionKeys } from '@shared/model/brief-presets';
import { countReasons, measureProposition, tooManyReasons } from '@shared/metrics/brief-checks';
import { Field } from '../../components/form/Field';
import { PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { encodeMessage, messageForIssue, useValidationText } from '../../i18n/validation';
import { NOT_A_NUMBER, type BriefPeopleKey, type BriefValues, type DeliverableRow, type EditorIssue, type MilestoneRow } from './brief-form';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from './briefs-icons';
import { RowsEditor, moved, type RowColumn } from './RowsEditor';
import { useSectionLabels } from './section-labels';
import { templateLabel } from './templates';

type TextKey = 'background' | 'businessObjective' | 'communicationObjective' | 'competitiveFrame' | 'audienceWho' | 'audienceNow' | 'insight' | 'responseThink' | 'responseFeel' | 'responseDo' | 'proposition' | 'tone' | 'mandatories' | 'successCriteria';

type Props = {
  values: BriefValues;
  update: (change: (values: BriefValues) => BriefValues) => void;
  readOnly: boolean;
  issues: readonly EditorIssue[];
  accounts: readonly Account[];
  members: readonly Member[];
  templates: readonly BriefTemplate[];
};

/** An issue as the encoded message the Field component translates. */
export function issueMessage(issue: EditorIssue): string {
  return encodeMessage(issue.code === NOT_A_NUMBER ? { key: 'notANumber' } : messageForIssue(issue));
}

export function BriefContentForm({ values, update, readOnly, issues, accounts, members, templates }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const template = templates.find((x) => x.id === values.templateId) ?? null;
  const { heading } = useSectionLabels(template);
  const inside = templateSectionKeys(template);
  const outside = sectionsOutsideTemplate(template);
  const errors = useMemo(() => new Map(issues.map((i) => [i.field, issueMessage(i)])), [issues]);
  const set = <K extends keyof BriefValues>(key: K, value: BriefValues[K]) => update((v) => ({ ...v, [key]: value }));

  const people = (key: BriefPeopleKey) => {
    const chosen = values[key];
    const options = members.filter((m) => m.active || m.id === chosen).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    return (
      <select value={chosen} onChange={(e) => set(key, e.target.value)} disabled={readOnly}>
        <option value="">{t('briefs.editor.nobody')}</option>
        {options.map((m) => <option key={m.id} value={m.id}>{m.name}{m.nameEn ? ` ${m.nameEn}` : ''} · {m.level}</option>)}
      </select>
    );
  };

  const section = (key: BriefSectionKey) => (
    <SectionCard key={key} sectionKey={key} heading={heading(key)} standard={t(`briefs.editor.sectionTitle.${key}`)}>
      {(ids) => <SectionBody sectionKey={key} ids={ids} values={values} update={update} readOnly={readOnly} errors={errors} />}
    </SectionCard>
  );
  const outsideFilled = outside.some((key) => sectionFilled(values, key));

  return (
    <div className="brief-layout">
      <nav className="brief-outline" aria-label={t('briefs.editor.outline')}>
        <ol>
          <li><OutlineLink target="brief-header" filled={values.title.trim() !== ''}>{t('briefs.editor.header')}</OutlineLink></li>
          {inside.map((key) => (
            <li key={key}><OutlineLink target={`brief-section-${key}`} filled={sectionFilled(values, key)}>{heading(key)}</OutlineLink></li>
          ))}
        </ol>
      </nav>
      <div className="brief-form">
        <section id="brief-header" className="card card-section brief-section" aria-labelledby="brief-header-title">
          <h3 id="brief-header-title" className="brief-section-title">{t('briefs.editor.header')}</h3>
          <p className="section-hint">{t('briefs.editor.headerHint')}</p>
          <div className="form-grid brief-header-grid">
            <Field label={t('briefs.editor.fields.title')} error={errors.get('title')} required className="span-4">
              <input type="text" value={values.title} readOnly={readOnly} onChange={(e) => set('title', e.target.value)} />
            </Field>
            <Field label={t('briefs.editor.fields.account')} error={errors.get('accountId')} required>
              <select value={values.accountId} onChange={(e) => set('accountId', e.target.value)} disabled={readOnly}>
                {accounts.map((a) => <option key={a.id} value={a.id}>{a.brand}</option>)}
              </select>
            </Field>
            <Field label={t('briefs.editor.fields.project')} error={errors.get('project')} className="span-2">
              <input type="text" value={values.project} readOnly={readOnly} onChange={(e) => set('project', e.target.value)} />
            </Field>
            <Field label={t('briefs.editor.fields.jobNumber')} error={errors.get('jobNumber')}>
              <input type="text" value={values.jobNumber} readOnly={readOnly} onChange={(e) => set('jobNumber', e.target.value)} />
            </Field>
            <div className="budget-pair">
              <Field label={t('briefs.editor.fields.budget')} error={errors.get('budget')} hint={t('briefs.editor.budgetHint')}>
                <input type="text" inputMode="decimal" value={values.budget} readOnly={readOnly} onChange={(e) => set('budget', e.target.value)} />
              </Field>
              <Field label={t('briefs.editor.fields.currency')}>
                <select value={values.currency} disabled={readOnly} onChange={(e) => set('currency', e.target.value as BriefValues['currency'])}>
                  {currencySchema.options.map((c) => <option key={c} value={c}>{c}</option>)}
                </select>
              </Field>
            </div>
            <Field label={t('briefs.editor.fields.briefDate')} error={errors.get('briefDate')}>
              <input type="date" value={values.briefDate} readOnly={readOnly} onChange={(e) => set('briefDate', e.target.value)} />
            </Field>
            <Field label={t('briefs.editor.fields.presentationDate')} error={errors.get('presentationDate')}>
              <input type="date" value={values.presentationDate} readOnly={readOnly} onChange={(e) => set('presentationDate', e.target.value)} />
            </Field>
            <Field label={t('briefs.editor.fields.owner')}>{people('ownerId')}</Field>
            <Field label={t('briefs.editor.fields.strategist')}>{people('strategistId')}</Field>
            <Field label={t('briefs.editor.fields.creativeLead')}>{people('creativeLeadId')}</Field>
            <Field label={t('briefs.editor.fields.template')}>
              <select value={values.templateId} onChange={(e) => set('templateId', e.target.value)} disabled={readOnly}>
                <option value="">{t('briefs.editor.noTemplate')}</option>
                {templates.map((x) => <option key={x.id} value={x.id}>{templateLabel(x, language).name}</option>)}
              </select>
            </Field>
          </div>
        </section>
        {inside.map(section)}
        {outside.length > 0 && (
          <details className="other-sections" open={outsideFilled || undefined}>
            <summary>{t('briefs.editor.otherSections')}</summary>
            <p className="section-hint">{t('briefs.editor.otherSectionsHint')}</p>
            <div className="stack">{outside.map(section)}</div>
          </details>
        )}
      </div>
    </div>
  );
}

function sectionFilled(values: BriefValues, key: BriefSectionKey): boolean {
  const filled = (s: string) => s.trim() !== '';
  switch (key) {
    case 'targetAudience':
      return filled(values.audienceWho) || filled(values.audienceNow);
    case 'desiredResponse':
      return filled(values.responseThink) || filled(values.responseFeel) || filled(values.responseDo);
    case 'reasonsToBelieve':
      return values.reasonsToBelieve.some(filled);
    case 'deliverables':
      return values.deliverables.length > 0;
    case 'timeline':
      return values.timeline.length > 0;
    default:
      return filled(values[key]);
  }
}

function OutlineLink({ target, filled, children }: { target: string; filled: boolean; children: ReactNode }) {
  // Hash routing owns the fragment, so jump by hand and move focus to the section's heading.
  return (
    <button
      type="button"
      className={filled ? 'outline-link filled' : 'outline-link'}
      onClick={() => {
        const element = document.getElementById(target);
        element?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        element?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
      }}
    >
      <span className="outline-dot" aria-hidden="true" />
      {children}
    </button>
  );
}

type SectionIds = { title: string; hint: string };

function SectionCard({ sectionKey, heading, standard, children }: { sectionKey: BriefSectionKey; heading: string; standard: string; children: (ids: SectionIds) => ReactNode }) {
  const { t } = useTranslation();
  const ids = { title: `brief-title-${sectionKey}`, hint: `brief-hint-${sectionKey}` };
  return (
    <section id={`brief-section-${sectionKey}`} className="card card-section brief-section" aria-labelledby={ids.title}>
      <h3 id={ids.title} className="brief-section-title" tabIndex={-1}>
        {heading}
        {heading !== standard && <span className="standard-heading">{standard}</span>}
      </h3>
      <p id={ids.hint} className="section-hint brief-hint">{t(`briefs.editor.sectionHint.${sectionKey}`)}</p>
      {children(ids)}
    </section>
  );
}

type BodyProps = {
  sectionKey: BriefSectionKey;
  ids: SectionIds;
  values: BriefValues;
  update: Props['update'];
  readOnly: boolean;
  errors: Map<string, string>;
};

function SectionBody({ sectionKey, ids, values, update, readOnly, errors }: BodyProps) {
  const { t } = useTranslation();
  const text = (key: TextKey, options: { label?: string; rows?: number } = {}) => (
    <TextBox
      key={key}
      value={values[key]}
      label={options.label}
      labelledBy={options.label ? undefined : ids.title}
      describedBy={ids.hint}
      rows={options.rows ?? 3}
      readOnly={readOnly}
      error={errors.get(key)}
      onChange={(value) => update((v) => ({ ...v, [key]: value }))}
    />
  );
  switch (sectionKey) {
    case 'targetAudience':
      return (
        <div className="sub-fields">
          {text('audienceWho', { label: t('briefs.editor.sub.audienceWho') })}
          {text('audienceNow', { label: t('briefs.editor.sub.audienceNow') })}
        </div>
      );
    case 'desiredResponse':
      return (
        <div className="sub-fields sub-fields-3">
          {text('responseThink', { label: t('briefs.editor.sub.responseThink'), rows: 2 })}
          {text('responseFeel', { label: t('briefs.editor.sub.responseFeel'), rows: 2 })}
          {text('responseDo', { label: t('briefs.editor.sub.responseDo'), rows: 2 })}
        </div>
      );
    case 'proposition':
      return (
        <>
          {text('proposition', { rows: 2 })}
          <PropositionMeter text={values.proposition} />
        </>
      );
    case 'reasonsToBelieve':
      return <ReasonsEditor reasons={values.reasonsToBelieve} readOnly={readOnly} describedBy={ids.hint} onChange={(reasons) => update((v) => ({ ...v, reasonsToBelieve: reasons }))} />;
    case 'deliverables': {
      const c = (key: keyof typeof deliverableWidths) => ({ key, label: t(`briefs.editor.deliverableColumns.${key}`), type: key === 'dueOn' ? 'date' : 'text', width: deliverableWidths[key] }) as RowColumn<DeliverableRow>;
      return (
        <RowsEditor<DeliverableRow>
          label={t('briefs.editor.sectionTitle.deliverables')}
          rows={values.deliverables}
          columns={[c('media'), c('format'), c('quantity'), c('spec'), c('dueOn')]}
          blank={() => ({ media: '', format: '', quantity: '', spec: '', dueOn: '' })}
          onChange={(rows) => update((v) => ({ ...v, deliverables: rows }))}
          readOnly={readOnly}
          errorFor={(index, key) => errors.get(`deliverables.${index}.${key}`)}
        />
      );
    }
    case 'timeline': {
      const c = (key: keyof typeof milestoneWidths) => ({ key, label: t(`briefs.editor.timelineColumns.${key}`), type: key === 'date' ? 'date' : 'text', width: milestoneWidths[key] }) as RowColumn<MilestoneRow>;
      return (
        <RowsEditor<MilestoneRow>
          label={t('briefs.editor.sectionTitle.timeline')}
          rows={values.timeline}
          columns={[c('label'), c('date'), c('owner')]}
          blank={() => ({ label: '', date: '', owner: '' })}
          onChange={(rows) => update((v) => ({ ...v, timeline: rows }))}
          readOnly={readOnly}
          errorFor={(index, key) => errors.get(`timeline.${index}.${key}`)}
        />
      );
    }
    default:
      return text(sectionKey, { rows: sectionKey === 'background' ? 5 : 3 });
  }
}

const deliverableWidths = { media: '18%', format: '20%', quantity: '12%', spec: '26%', dueOn: '150px' } as const;
const milestoneWidths = { label: '46%', date: '150px', owner: '30%' } as const;

function TextBox({ value, label, labelledBy, describedBy, rows, readOnly, error, onChange }: { value: string; label?: string; labelledBy?: string; describedBy: string; rows: number; readOnly: boolean; error?: string; onChange: (value: string) => void }) {
  const id = useId();
  const text = useValidationText();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      {label && <label htmlFor={id} className="sub-label">{label}</label>}
      <textarea
        id={id}
        rows={rows}
        value={value}
        readOnly={readOnly}
        aria-labelledby={labelledBy}
        aria-describedby={[describedBy, error ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && <span id={errorId} className="field-error" role="alert">{text(error)}</span>}
    </div>
  );
}

function PropositionMeter({ text }: { text: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (text.trim() === '') return null;
  const m = measureProposition(text);
  // Chinese readers count characters; English readers count words (a Chinese character is about half a word).
  const count = language === 'zh-CN' ? m.units : m.words + Math.ceil(m.characters / 2);
  return (
    <p className={m.tooLong || m.moreThanOneSentence ? 'meter meter-warn' : 'meter'} aria-live="polite">
      {m.tooLong ? t('briefs.editor.proposition.tooLong', { count }) : t('briefs.editor.proposition.length', { count })}
      {m.moreThanOneSentence && !m.tooLong && <> · {t('briefs.editor.proposition.sentences')}</>}
    </p>
  );
}

function ReasonsEditor({ reasons, readOnly, describedBy, onChange }: { reasons: string[]; readOnly: boolean; describedBy: string; onChange: (reasons: string[]) => void }) {
  const { t } = useTranslation();
  const focusReason = (index: number) => window.setTimeout(() => document.getElementById(`reason-${index}`)?.focus(), 0);
  const count = countReasons(reasons);
  return (
    <div className="reasons">
      <ol className="reasons-list">
        {reasons.map((reason, index) => {
          const n = index + 1;
          return (
            <li key={index} className={index >= 3 ? 'reason reason-extra' : 'reason'}>
              <span className="reason-number num" aria-hidden="true">{n}</span>
              <textarea
                id={`reason-${index}`}
                rows={2}
                value={reason}
                readOnly={readOnly}
                aria-label={t('briefs.editor.reasons.item', { n })}
                aria-describedby={describedBy}
                onChange={(e) => onChange(reasons.map((r, i) => (i === index ? e.target.value : r)))}
              />
              {!readOnly && (
                <span className="row-actions">
                  <button type="button" className="icon-button" disabled={index === 0} aria-label={t('briefs.editor.reasons.moveUp', { n })} title={t('briefs.editor.reasons.moveUp', { n })} onClick={() => { onChange(moved(reasons, index, index - 1)); focusReason(index - 1); }}>
                    <ArrowUpIcon />
                  </button>
                  <button type="button" className="icon-button" disabled={index === reasons.length - 1} aria-label={t('briefs.editor.reasons.moveDown', { n })} title={t('briefs.editor.reasons.moveDown', { n })} onClick={() => { onChange(moved(reasons, index, index + 1)); focusReason(index + 1); }}>
                    <ArrowDownIcon />
                  </button>
                  <button type="button" className="icon-button icon-danger" aria-label={t('briefs.editor.reasons.remove', { n })} title={t('briefs.editor.reasons.remove', { n })} onClick={() => { onChange(reasons.filter((_, i) => i !== index)); focusReason(Math.max(0, index - 1)); }}>
                    <TrashIcon />
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {tooManyReasons(reasons) && <p className="notice notice-warn" role="status">{t('briefs.editor.reasons.tooMany', { count })}</p>}
      {!readOnly && reasons.length < 20 && (
        <button type="button" className="button button-ghost rows-add" onClick={() => { onChange([...reasons, '']); focusReason(reasons.length); }}>
          <PlusIcon size={15} />
          {t('briefs.editor.reasons.add')}
        </button>
      )}
    </div>
  );
}
