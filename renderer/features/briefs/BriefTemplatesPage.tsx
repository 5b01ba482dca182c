// Brief templates (#/settings/brief-templates): the three presets, read-only but copyable, and the user's own — choose
// sections, rename headings, reorder, and mark one default template per job type.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { briefSectionKeys, briefTemplateSchema, type BriefSectionKey, type BriefTemplate } from '@shared/model/brief';
import { customSectionHeading, presetBriefTemplates, templateSectionKeys } from '@shared/model/brief-presets';
import { repos } from '../../db';
import { Badge } from '../../components/Badge';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { ChevronLeftIcon, PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { encodeMessage, messageForIssue } from '../../i18n/validation';
import { ArrowDownIcon, ArrowUpIcon } from './briefs-icons';
import { moved } from './RowsEditor';
import { defaultChanges, ensurePresetTemplates, sortTemplates, templateLabel } from './templates';
import './briefs.css';

type Message = { tone: 'ok' | 'error'; text: string } | null;

export function BriefTemplatesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const templates = useLiveQuery(async () => {
    await ensurePresetTemplates(repos());
    return sortTemplates(await repos().briefTemplates.list());
  }, []);
  const [editing, setEditing] = useState<BriefTemplate | 'new' | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    void ensurePresetTemplates(repos());
  }, []);

  if (!templates) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  const presets = templates.filter((x) => x.preset);
  const mine = templates.filter((x) => !x.preset);

  const failed = (issues: { message: string }[]) => setMessage({ tone: 'error', text: t('common.saveFailed', { reason: issues[0]?.message ?? '' }) });

  const copy = async (preset: BriefTemplate) => {
    const localised = presetBriefTemplates(new Date().toISOString(), language).find((p) => p.id === preset.id) ?? preset;
    const result = await repos().briefTemplates.save({
      name: t('briefs.templates.copyName', { name: localised.name }).slice(0, 500),
      description: localised.description,
      jobType: localised.jobType,
      preset: false,
      defaultForJobType: false,
      sections: localised.sections,
    });
    if (!result.ok) return failed(result.issues);
    setMessage(null);
    setEditing(result.record);
  };

  const toggleDefault = async (template: BriefTemplate) => {
    const changes = defaultChanges(templates, template, !template.defaultForJobType);
    const result = await repos().briefTemplates.saveMany(changes);
    if (!result.ok) return failed(result.issues);
    setMessage({ tone: 'ok', text: t('briefs.templates.saved') });
  };

  const remove = async (template: BriefTemplate) => {
    const result = await repos().briefTemplates.softDelete(template.id);
    if (!result.ok) return setMessage({ tone: 'error', text: t('common.saveFailed', { reason: result.code }) });
    setMessage({ tone: 'ok', text: t('briefs.templates.deleted', { name: template.name }) });
  };

  const card = (template: BriefTemplate) => {
    const label = templateLabel(template, language);
    const keys = templateSectionKeys(template);
    return (
      <li key={template.id} className="card template-card">
        <h3>
          {label.name}
          {template.defaultForJobType && <Badge tone="ok">{t('briefs.templates.defaultBadge')}</Badge>}
        </h3>
        <p className="meta">
          {label.jobType || t('briefs.templates.jobTypeNone')} · {t('briefs.templates.sectionsCount', { count: keys.length })}
          {template.defaultForJobType && label.jobType ? ` · ${t('briefs.templates.defaultFor', { jobType: label.jobType })}` : ''}
        </p>
        {label.description && <p className="section-hint" style={{ margin: 0 }}>{label.description}</p>}
        <p className="sections-preview">{keys.map((key) => customSectionHeading(template, key, language) ?? t(`briefs.editor.sectionTitle.${key}`)).join(' · ')}</p>
        <div className="actions">
          {template.preset ? (
            <button type="button" className="button" aria-label={t('briefs.templates.copyLabel', { name: label.name })} onClick={() => void copy(template)}>{t('briefs.templates.copy')}</button>
          ) : (
            <>
              <button type="button" className="button" aria-label={t('briefs.templates.editLabel', { name: label.name })} onClick={() => { setMessage(null); setEditing(template); }}>{t('briefs.templates.edit')}</button>
              <button type="button" className="button button-ghost button-danger" aria-label={t('briefs.templates.deleteLabel', { name: label.name })} onClick={() => void remove(template)}>{t('briefs.templates.delete')}</button>
            </>
          )}
          {template.jobType.trim() !== '' && (
            <button
              type="button"
              className="button button-ghost"
              aria-label={template.defaultForJobType ? t('briefs.templates.unsetDefaultLabel', { name: label.name }) : t('briefs.templates.makeDefaultLabel', { name: label.name, jobType: label.jobType })}
              onClick={() => void toggleDefault(template)}
            >
              {template.defaultForJobType ? t('briefs.templates.unsetDefault') : t('briefs.templates.makeDefault')}
            </button>
          )}
        </div>
      </li>
    );
  };

  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <p className="breadcrumb"><Link href="/settings"><ChevronLeftIcon size={13} /> {t('briefs.templates.back')}</Link></p>
          <h2 className="account-title">{t('briefs.templates.title')}</h2>
          <p className="page-subtitle" style={{ maxWidth: 820 }}>{t('briefs.templates.intro')}</p>
        </div>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => { setMessage(null); setEditing('new'); }}>
            <PlusIcon size={16} /> {t('briefs.templates.new')}
          </button>
        </div>
      </div>
      {message && <p className={`notice notice-${message.tone === 'ok' ? 'ok' : 'error'}`} role={message.tone === 'ok' ? 'status' : 'alert'}>{message.text}</p>}
      <section aria-labelledby="presets-title">
        <h3 id="presets-title" className="section-title">{t('briefs.templates.presets')}</h3>
        <p className="section-hint">{t('briefs.templates.presetsHint')}</p>
        <ul className="template-list">{presets.map(card)}</ul>
      </section>
      <section aria-labelledby="mine-title">
        <h3 id="mine-title" className="section-title">{t('briefs.templates.mine')}</h3>
        {mine.length === 0 ? <p className="section-hint">{t('briefs.templates.mineEmpty')}</p> : <ul className="template-list">{mine.map(card)}</ul>}
      </section>
      {editing && (
        <TemplateDialog
          template={editing === 'new' ? null : editing}
          all={templates}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setMessage({ tone: 'ok', text: t('briefs.templates.saved') });
          }}
        />
      )}
    </div>
  );
}

type SectionRow = { key: BriefSectionKey; included: boolean; heading: string };

function rowsOf(template: BriefTemplate | null): SectionRow[] {
  const inside = template ? templateSectionKeys(template) : [...briefSectionKeys];
  const headingOf = (key: BriefSectionKey) => template?.sections.find((s) => s.key === key)?.heading ?? '';
  return [
    ...inside.map((key) => ({ key, included: true, heading: headingOf(key) })),
    ...briefSectionKeys.filter((key) => !inside.includes(key)).map((key) => ({ key, included: false, heading: '' })),
  ];
}

function TemplateDialog({ template, all, onClose, onSaved }: { template: BriefTemplate | null; all: readonly BriefTemplate[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [jobType, setJobType] = useState(template?.jobType ?? '');
  const [isDefault, setIsDefault] = useState(template?.defaultForJobType ?? false);
  const [rows, setRows] = useState<SectionRow[]>(() => rowsOf(template));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const standard = (key: BriefSectionKey) => t(`briefs.editor.sectionTitle.${key}`);
  const focusRow = (index: number, cls: string) => window.setTimeout(() => document.querySelector<HTMLElement>(`.section-picker li:nth-child(${index + 1}) .${cls}:not(:disabled)`)?.focus(), 0);

  const submit = async () => {
    const sections = rows.filter((r) => r.included).map((r) => ({ key: r.key, heading: r.heading.trim() }));
    const candidate = { name: name.trim(), description: description.trim(), jobType: jobType.trim(), preset: false, defaultForJobType: isDefault && jobType.trim() !== '', sections };
    const checked = briefTemplateSchema.pick({ name: true, description: true, jobType: true, sections: true }).safeParse(candidate);
    const found: Record<string, string> = {};
    if (sections.length === 0) found.sections = t('briefs.templates.form.needSection');
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (field && field !== 'sections' && !found[field]) found[field] = encodeMessage(messageForIssue(issue));
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const r = repos();
      const saved = await r.briefTemplates.save({ ...candidate, ...(template ? { id: template.id } : {}) });
      if (!saved.ok) {
        setErrors({ form: saved.issues[0]?.message ?? '' });
        return;
      }
      if (candidate.defaultForJobType) {
        const others = defaultChanges(all.filter((x) => x.id !== saved.record.id), saved.record, true).filter((x) => x.id !== saved.record.id);
        if (others.length > 0) {
          const cleared = await r.briefTemplates.saveMany(others);
          if (!cleared.ok) {
            setErrors({ form: cleared.issues[0]?.message ?? '' });
            return;
          }
        }
      }
      onSaved();
    } finally {
      setSaving(false);
    }
  };

  const formId = 'template-form';
  return (
    <Dialog
      open
      onClose={onClose}
      title={template ? t('briefs.templates.form.titleEdit') : t('briefs.templates.form.titleNew')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">{errors.form && <span className="field-error">{t('common.saveFailed', { reason: errors.form })}</span>}</span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={saving}>{saving ? t('common.saving') : t('briefs.templates.form.submit')}</button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <Field label={t('briefs.templates.form.name')} error={errors.name} required className="span-2">
          <input type="text" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('briefs.templates.form.description')} error={errors.description} className="span-2">
          <input type="text" value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <Field label={t('briefs.templates.form.jobType')} error={errors.jobType} hint={t('briefs.templates.form.jobTypeHint')}>
          <input type="text" value={jobType} onChange={(e) => setJobType(e.target.value)} />
        </Field>
        <label className="choice" style={{ alignSelf: 'end', paddingBottom: 24 }}>
          <input type="checkbox" checked={isDefault && jobType.trim() !== ''} disabled={jobType.trim() === ''} onChange={(e) => setIsDefault(e.target.checked)} />
          {t('briefs.templates.form.defaultForJobType')}
        </label>
        <fieldset className="span-2" style={{ border: 0, padding: 0, margin: 0 }} aria-describedby="section-picker-hint">
          <legend className="field-label">{t('briefs.templates.form.sections')}</legend>
          <p id="section-picker-hint" className="field-hint" style={{ margin: '4px 0 8px' }}>{t('briefs.templates.form.sectionsHint')}</p>
          <ul className="section-picker">
            {rows.map((row, index) => (
              <li key={row.key} className={row.included ? undefined : 'excluded'}>
                <input type="checkbox" checked={row.included} aria-label={t('briefs.templates.form.include', { section: standard(row.key) })} onChange={(e) => setRows((rs) => rs.map((r, i) => (i === index ? { ...r, included: e.target.checked } : r)))} />
                <span>{standard(row.key)}</span>
                <input type="text" value={row.heading} placeholder={standard(row.key)} disabled={!row.included} aria-label={t('briefs.templates.form.heading', { section: standard(row.key) })} onChange={(e) => setRows((rs) => rs.map((r, i) => (i === index ? { ...r, heading: e.target.value } : r)))} />
                <span className="row-actions">
                  <button type="button" className="icon-button move-up" disabled={index === 0} aria-label={t('briefs.templates.form.moveUp', { section: standard(row.key) })} onClick={() => { setRows((rs) => moved(rs, index, index - 1)); focusRow(index - 1, 'move-up'); }}><ArrowUpIcon /></button>
                  <button type="button" className="icon-button move-down" disabled={index === rows.length - 1} aria-label={t('briefs.templates.form.moveDown', { section: standard(row.key) })} onClick={() => { setRows((rs) => moved(rs, index, index + 1)); focusRow(index + 1, 'move-down'); }}><ArrowDownIcon /></button>
                </span>
              </li>
            ))}
          </ul>
          {errors.sections && <p className="field-error" role="alert" style={{ marginTop: 6 }}>{errors.sections}</p>}
        </fieldset>
      </form>
    </Dialog>
  );
}
