// The "load a sample agency" button, used by the first-run welcome and by the empty lists.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SparkIcon } from '../layout/icons';
import { loadSampleAgency } from './load-sample';

export function LoadSampleButton({ large = false, primary = true }: { large?: boolean; primary?: boolean }) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    setLoading(true);
    setError(null);
    const result = await loadSampleAgency();
    setLoading(false);
    if (!result.ok) setError(result.reason);
  };

  const classes = ['button', primary ? 'button-primary' : '', large ? 'button-large' : ''].filter(Boolean).join(' ');
  return (
    <>
      <button type="button" className={classes} onClick={() => void load()} disabled={loading} aria-busy={loading}>
        <SparkIcon size={large ? 17 : 16} />
        {loading ? t('dashboard.loadingSample') : t('dashboard.loadSample')}
      </button>
      {error && <p className="notice notice-error sample-error" role="alert">{t('dashboard.sampleFailed', { reason: error })}</p>}
    </>
  );
}
