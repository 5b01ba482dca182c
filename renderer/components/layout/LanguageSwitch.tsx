// The language switch in the top bar: two toggle buttons (中 / EN) in a labelled group.
import { useTranslation } from 'react-i18next';
import { languages, type UiLanguage } from '../../i18n';

const shortNames: Record<UiLanguage, string> = { 'zh-CN': '中文', en: 'EN' };

export function LanguageSwitch({ value, onChange }: { value: UiLanguage; onChange: (language: UiLanguage) => void }) {
  const { t } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('topbar.language')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={value === language}
          aria-label={t(`language.${language}`)}
          title={t(`language.${language}`)}
          onClick={() => value !== language && onChange(language)}
        >
          {shortNames[language]}
        </button>
      ))}
    </div>
  );
}
