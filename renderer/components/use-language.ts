// The current UI language as a typed value that re-renders the caller when it changes.
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isUiLanguage, type UiLanguage } from '../i18n';

export function useLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return isUiLanguage(i18n.language) ? i18n.language : defaultLanguage;
}
