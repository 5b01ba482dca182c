// The new-report dialog: the period (month, quarter, half or year, and which one) and the scope (the whole department
// or chosen accounts). The figures and the drafted suggestions are compiled on creating.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { periodTypes, type Report } from '@shared/model/report';
import { defaultReportTitle, periodLabel, recentPeriods } from '@shared/metrics/report-lifecycle';
import { Dialog } from '../../components/dialog/Dialog';
import { Field } from '../../components/form/Field';
import { useRecords } from '../../components/records/use-records';
import { useLanguage } from '../../components/use-language';
import { encodeMessage } from '../../i18n/validation';
import { createReport, todayIso } from './report-data';

type Props = { open: boolean; onClose: () => void; onCreated: (id: string) => void };

export function NewReportDialog({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const accounts = useRecords('accounts');
  const [type, setType] = useState<Report['periodType']>('quarter');
  const periods = useMemo(() => recentPeriods(type, todayIso(), type === 'year' ? 4 : 8), [type]);
  const [periodIndex, setPeriodIndex] = useState(1);
  const [scopeType, setScopeType] = useState<'department' | 'accounts'>('department');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [title, setTitle] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ title?: string; accounts?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const served = useMemo(() => (accounts ?? []).filter((a) => a.status !== 'prospect').sort((a, b) => a.brand.localeCompare(b.brand, 'zh-CN')), [accounts]);
  const period = periods[Math.min(periodIndex, periods.length - 1)] ?? periods[0];
  const scopeName = scopeType === 'department' ? t('reports.new.departmentName') : t('reports.new.accountsName');
  const shownTitle = title ?? (period ? defaultReportTitle(period, scopeName, language) : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (shownTitle.trim() === '') next.title = encodeMessage({ key: 'required' });
    if (scopeType === 'accounts' && chosen.size === 0) next.accounts = t('reports.new.chooseAccounts');
    setErrors(next);
    if (Object.keys(next).length > 0 || !period) return;
    setBusy(true);
    setFormError(null);
    const scope: Report['scope'] = scopeType === 'department' ? { type: 'department' } : { type: 'accounts', accountIds: [...chosen] };
    const result = await createReport({ title: shownTitle.trim(), period, scope, lang: language });
    setBusy(false);
    if (result.ok) onCreated(result.id);
    else setFormError(result.reason);
  };

  const formId = 'new-report-form';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('reports.new.title')}
      description={t('reports.new.intro')}
      footer={
        <div className="form-actions">
          <span className="status" role="status">
            {formError && <span className="field-error">{t('common.saveFailed', { reason: formError })}</span>}
          </span>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="button button-primary" disabled={busy}>
            {busy ? t('reports.new.compiling') : t('reports.new.submit')}
          </button>
        </div>
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(event) => void submit(event)}>
        <Field label={t('reports.new.periodType')}>
          <select value={type} onChange={(e) => { setType(e.target.value as Report['periodType']); setPeriodIndex(1); }}>
            {periodTypes.map((p) => <option key={p} value={p}>{t(`enums.periodType.${p}`)}</option>)}
          </select>
        </Field>
        <Field label={t('reports.new.period')}>
          <select value={String(periodIndex)} onChange={(e) => setPeriodIndex(Number(e.target.value))}>
            {periods.map((p, i) => <option key={p.start} value={String(i)}>{periodLabel(p, language)}{i === 0 ? t('reports.new.running') : ''}</option>)}
          </select>
        </Field>
        <fieldset className="span-2 choice-row">
          <legend className="field-label">{t('reports.new.scope')}</legend>
          <label className="choice"><input type="radio" name="scope" value="department" checked={scopeType === 'department'} onChange={() => setScopeType('department')} />{t('reports.new.department')}</label>
          <label className="choice"><input type="radio" name="scope" value="accounts" checked={scopeType === 'accounts'} onChange={() => setScopeType('accounts')} />{t('reports.new.accounts')}</label>
        </fieldset>
        {scopeType === 'accounts' && (
          <fieldset className="span-2 report-account-choice" aria-describedby={errors.accounts ? 'report-accounts-error' : undefined}>
            <legend className="field-label">{t('reports.new.accountsLegend')}</legend>
            <div className="report-account-list">
              {served.map((a) => (
                <label key={a.id} className="choice">
                  <input
                    type="checkbox"
                    checked={chosen.has(a.id)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(a.id);
                      else next.delete(a.id);
                      setChosen(next);
                    }}
                  />
                  {a.brand}
                </label>
              ))}
            </div>
            {errors.accounts && <p id="report-accounts-error" className="field-error">{errors.accounts}</p>}
          </fieldset>
        )}
        <Field label={t('reports.fields.title')} error={errors.title} required className="span-2">
          <input type="text" autoComplete="off" value={shownTitle} onChange={(e) => setTitle(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
