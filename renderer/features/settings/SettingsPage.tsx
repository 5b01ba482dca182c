// Settings: the agency profile used in every document (name, logo, address, confidentiality line), the language
// and the document fonts, saved through the settings repository with translated validation messages.
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { z } from 'zod';
import { shortText } from '@shared/model/common';
import type { Settings } from '@shared/model/settings';
import { repos } from '../../db';
import { Field } from '../../components/form/Field';
import { UploadIcon } from '../../components/layout/icons';
import { useSettings } from '../../components/records/use-records';
import { languages, isUiLanguage } from '../../i18n';
import { chooseLanguage } from '../../i18n/language';
import { encodeMessage, messageForIssue, useValidationText, validationErrorMap, type ValidationMessage } from '../../i18n/validation';
import { readLogo } from './logo';
import { FrameworkEditor } from './framework/FrameworkEditor';
import { PitchSettings } from '../pitches/PitchSettings';
import { ReminderSettings } from '../reminders/ReminderSettings';

const eastAsiaFonts = ['Microsoft YaHei', 'SimSun', 'DengXian', 'Noto Sans CJK SC'] as const;
const latinFonts = ['Calibri', 'Arial', 'Times New Roman'] as const;

const settingsFormSchema = z.object({
  agencyName: shortText,
  address: shortText,
  confidentiality: shortText,
  language: z.enum(languages),
  eastAsia: shortText.trim().min(1),
  latin: shortText.trim().min(1),
});
type SettingsFormValues = z.infer<typeof settingsFormSchema>;

const fieldOfIssue: Record<string, keyof SettingsFormValues> = {
  'agency.name': 'agencyName',
  'agency.address': 'address',
  'agency.confidentiality': 'confidentiality',
  language: 'language',
  'fonts.eastAsia': 'eastAsia',
  'fonts.latin': 'latin',
};

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  if (!settings) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  return (
    <>
      <SettingsForm settings={settings} />
      <FrameworkEditor settings={settings} />
      <PitchSettings settings={settings} />
    </>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const text = useValidationText();
  const [logo, setLogo] = useState<string | null>(settings.agency.logo);
  const [logoError, setLogoError] = useState<ValidationMessage | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'failed'; reason: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<SettingsFormValues>({
    defaultValues: {
      agencyName: settings.agency.name,
      address: settings.agency.address,
      confidentiality: settings.agency.confidentiality,
      language: settings.language,
      eastAsia: settings.fonts.eastAsia,
      latin: settings.fonts.latin,
    },
    resolver: zodResolver(settingsFormSchema, { error: validationErrorMap }),
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await repos().settings.save({
      agency: { name: values.agencyName.trim(), address: values.address.trim(), confidentiality: values.confidentiality.trim(), logo },
      language: values.language,
      fonts: { eastAsia: values.eastAsia.trim(), latin: values.latin.trim() },
    });
    if (!result.ok) {
      let shown = false;
      for (const issue of result.issues) {
        const field = fieldOfIssue[issue.field];
        if (field) {
          setError(field, { message: encodeMessage(messageForIssue(issue)) });
          shown = true;
        }
      }
      if (!shown) setStatus({ kind: 'failed', reason: result.issues[0]?.message ?? '' });
      return;
    }
    if (isUiLanguage(values.language)) await chooseLanguage(values.language);
    setStatus({ kind: 'saved' });
  });

  const onLogoChosen = async (file: File | undefined) => {
    if (!file) return;
    const result = await readLogo(file);
    if (result.ok) {
      setLogo(result.dataUrl);
      setLogoError(null);
    } else {
      setLogoError(result.message);
    }
    setStatus(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const fontOptions = (fonts: readonly string[], current: string) => (fonts.includes(current) ? fonts : [...fonts, current]);
  const fontLabel = (font: string, known: boolean) => (known ? t(`fonts.${font as (typeof eastAsiaFonts)[number]}`) : t('fonts.custom', { font }));
  const logoChanged = logo !== settings.agency.logo;

  return (
    <form
      className="settings stack"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      // A status line about an earlier save would mislead once the user edits again.
      onChange={() => setStatus(null)}
    >
      <section className="card" aria-labelledby="settings-agency">
        <div className="card-section">
          <h2 id="settings-agency" className="section-title">{t('settings.agencySection')}</h2>
          <p className="section-hint">{t('settings.agencyHint')}</p>
          <div className="form-grid">
            <Field label={t('settings.agencyName')} error={errors.agencyName?.message} className="span-2">
              <input type="text" autoComplete="organization" {...register('agencyName')} />
            </Field>
            <Field label={t('settings.address')} error={errors.address?.message} className="span-2">
              <input type="text" autoComplete="street-address" {...register('address')} />
            </Field>
            <Field label={t('settings.confidentiality')} error={errors.confidentiality?.message} className="span-2">
              <input type="text" placeholder={t('settings.confidentialityPlaceholder')} {...register('confidentiality')} />
            </Field>
            <div className="field span-2">
              <span className="field-label" id="logo-label">{t('settings.logo')}</span>
              <div className="logo-row" role="group" aria-labelledby="logo-label">
                <div className="logo-box">
                  {logo ? <img src={logo} alt={t('settings.logoPreview')} /> : <span>{t('settings.logoNone')}</span>}
                </div>
                <div className="logo-buttons">
                  <input
                    ref={fileInput}
                    id="logo-file"
                    type="file"
                    accept="image/png,image/jpeg"
                    className="visually-hidden"
                    aria-describedby="logo-hint"
                    onChange={(event) => void onLogoChosen(event.target.files?.[0])}
                  />
                  <label htmlFor="logo-file" className="button file-button">
                    <UploadIcon size={16} />
                    {logo ? t('settings.logoReplace') : t('settings.logoChoose')}
                  </label>
                  {logo && (
                    <button type="button" className="button button-ghost button-danger" onClick={() => { setLogo(null); setLogoError(null); setStatus(null); }}>
                      {t('settings.logoRemove')}
                    </button>
                  )}
                  <span id="logo-hint" className="field-hint">{t('settings.logoHint')}</span>
                  {logoError && <span className="field-error" role="alert">{text(encodeMessage(logoError))}</span>}
                </div>
              </div>
            </div>
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby="settings-language">
        <div className="card-section">
          <h2 id="settings-language" className="section-title">{t('settings.languageSection')}</h2>
          <p className="section-hint">{t('settings.languageHint')}</p>
          <div className="form-grid">
            <Field label={t('settings.interfaceLanguage')} error={errors.language?.message}>
              <select {...register('language')}>
                {languages.map((language) => (
                  <option key={language} value={language} lang={language}>{t(`language.${language}`)}</option>
                ))}
              </select>
            </Field>
          </div>
        </div>
      </section>

      <ReminderSettings />

      <section className="card" aria-labelledby="settings-fonts">
        <div className="card-section">
          <h2 id="settings-fonts" className="section-title">{t('settings.fontsSection')}</h2>
          <p className="section-hint">{t('settings.fontsHint')}</p>
          <div className="form-grid">
            <Field label={t('settings.fontEastAsia')} error={errors.eastAsia?.message}>
              <select {...register('eastAsia')}>
                {fontOptions(eastAsiaFonts, settings.fonts.eastAsia).map((font) => (
                  <option key={font} value={font}>{fontLabel(font, (eastAsiaFonts as readonly string[]).includes(font))}</option>
                ))}
              </select>
            </Field>
            <Field label={t('settings.fontLatin')} error={errors.latin?.message}>
              <select {...register('latin')}>
                {fontOptions(latinFonts, settings.fonts.latin).map((font) => (
                  <option key={font} value={font}>{fontLabel(font, (latinFonts as readonly string[]).includes(font))}</option>
                ))}
              </select>
            </Field>
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby="settings-brief-templates">
        <div className="card-section">
          <h2 id="settings-brief-templates" className="section-title">{t('briefs.settingsCard.title')}</h2>
          <p className="section-hint">{t('briefs.settingsCard.hint')}</p>
          <Link href="/settings/brief-templates" className="button">{t('briefs.settingsCard.open')}</Link>
        </div>
      </section>

      <section className="card" aria-labelledby="settings-trash">
        <div className="card-section">
          <h2 id="settings-trash" className="section-title">{t('trash.title')}</h2>
          <p className="section-hint">{t('trash.settingsHint', { count: settings.trashRetentionDays })}</p>
          <Link href="/trash" className="button">{t('trash.open')}</Link>
        </div>
      </section>

      <section className="card" aria-labelledby="settings-backup">
        <div className="card-section">
          <h2 id="settings-backup" className="section-title">{t('backup.title')}</h2>
          <p className="section-hint">{t('backup.settingsHint')}</p>
          <Link href="/settings/backup" className="button">{t('backup.settingsLink')}</Link>
        </div>
      </section>

      <div className="form-actions sticky-actions">
        <span className="status" role="status">
          {status?.kind === 'saved' && <span className="saved-note">{t('settings.saved')}</span>}
          {status?.kind === 'failed' && <span className="field-error">{t('common.saveFailed', { reason: status.reason })}</span>}
        </span>
        <button type="submit" className="button button-primary" disabled={isSubmitting || (!isDirty && !logoChanged && status?.kind === 'saved')}>
          {isSubmitting ? t('common.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  );
}
