// Reads a chosen logo file into the data URL the settings record stores, refusing what documents cannot use.
import { logoSchema } from '@shared/model/settings';
import type { ValidationMessage } from '../../i18n/validation';
import { formatBytes } from '../../i18n/format';

export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoResult = { ok: true; dataUrl: string } | { ok: false; message: ValidationMessage };

export async function readLogo(file: File): Promise<LogoResult> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return { ok: false, message: { key: 'fileType' } };
  if (file.size > MAX_LOGO_BYTES) return { ok: false, message: { key: 'fileTooLarge', params: { size: formatBytes(file.size) } } };
  const dataUrl = await new Promise<string | null>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(file);
  });
  if (dataUrl === null) return { ok: false, message: { key: 'fileUnreadable' } };
  return logoSchema.safeParse(dataUrl).success ? { ok: true, dataUrl } : { ok: false, message: { key: 'fileType' } };
}
