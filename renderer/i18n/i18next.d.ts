// Types the keys of t() against the zh-CN catalogue, so a missing or misspelt key fails type-checking.
import 'i18next';
import type { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
