// The briefs and pitches tabs: this account's records, each linking to its own page (#/briefs/:id, #/pitches/:id).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { openPitchStages } from '@shared/model/pitch';
import { weightedValue } from '@shared/metrics/account-figures';
import { Badge, briefStatusTone, pitchStageTone } from '../../components/Badge';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import type { AccountPageData } from './account-data';

const OPEN_BRIEF = new Set(['draft', 'internal-review', 'approved', 'client-approved']);
const OPEN_PITCH = new Set<string>(openPitchStages);

export function BriefsPanel({ data }: { data: AccountPageData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const owners = useMemo(() => new Map(data.members.map((m) => [m.id, m.name])), [data.members]);
  // Work in progress first (by presentation date), then the rest, latest first.
  const briefs = useMemo(
    () => [...data.briefs].sort((a, b) => {
      const open = Number(OPEN_BRIEF.has(b.status)) - Number(OPEN_BRIEF.has(a.status));
      if (open !== 0) return open;
      return (b.presentationDate ?? b.briefDate ?? '').localeCompare(a.presentationDate ?? a.briefDate ?? '');
    }),
    [data.briefs],
  );
  return (
    <section className="card card-section" aria-labelledby="account-briefs">
      <h3 id="account-briefs" className="section-title section-title-spaced">{t('account.work.briefsTitle')}</h3>
      {briefs.length === 0 ? (
        <p className="section-hint">{t('account.work.noBriefs')}</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">{t('account.work.columns.briefTitle')}</th>
              <th scope="col">{t('account.work.columns.status')}</th>
              <th scope="col">{t('account.work.columns.briefDate')}</th>
              <th scope="col">{t('account.work.columns.presentationDate')}</th>
              <th scope="col">{t('account.work.columns.version')}</th>
              <th scope="col">{t('account.work.columns.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {briefs.map((brief) => (
              <tr key={brief.id}>
                <td>
                  <Link href={`/briefs/${brief.id}`}>{brief.title}</Link>
                  {brief.project && <div className="cell-sub">{brief.project}</div>}
                </td>
                <td><Badge tone={briefStatusTone[brief.status]}>{t(`enums.briefStatus.${brief.status}`)}</Badge></td>
                <td className="num">{formatDate(brief.briefDate, language) || t('common.notSet')}</td>
                <td className="num">{formatDate(brief.presentationDate, language) || t('common.notSet')}</td>
                <td className="num">{brief.currentVersion > 0 ? t('account.work.version', { number: brief.currentVersion }) : t('common.notSet')}</td>
                <td>{(brief.ownerId && owners.get(brief.ownerId)) || t('common.notSet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function PitchesPanel({ data }: { data: AccountPageData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pitches = useMemo(
    () => [...data.pitches].sort((a, b) => {
      const open = Number(OPEN_PITCH.has(b.stage)) - Number(OPEN_PITCH.has(a.stage));
      return open !== 0 ? open : (b.pitchDate ?? '').localeCompare(a.pitchDate ?? '');
    }),
    [data.pitches],
  );
  return (
    <section className="card card-section" aria-labelledby="account-pitches">
      <h3 id="account-pitches" className="section-title section-title-spaced">{t('account.work.pitchesTitle')}</h3>
      {pitches.length === 0 ? (
        <p className="section-hint">{t('account.work.noPitches')}</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">{t('account.work.columns.pitchTitle')}</th>
              <th scope="col">{t('account.work.columns.type')}</th>
              <th scope="col">{t('account.work.columns.stage')}</th>
              <th scope="col">{t('account.work.columns.pitchDate')}</th>
              <th scope="col" className="acct-end">{t('account.work.columns.fee')}</th>
              <th scope="col" className="acct-end">{t('account.work.columns.probability')}</th>
              <th scope="col" className="acct-end">{t('account.work.columns.weighted')}</th>
            </tr>
          </thead>
          <tbody>
            {pitches.map((pitch) => {
              const weighted = OPEN_PITCH.has(pitch.stage) ? weightedValue(pitch) : null;
              return (
                <tr key={pitch.id}>
                  <td><Link href={`/pitches/${pitch.id}`}>{pitch.title}</Link></td>
                  <td>{t(`enums.pitchType.${pitch.type}`)}</td>
                  <td><Badge tone={pitchStageTone(pitch.stage)}>{t(`enums.pitchStage.${pitch.stage}`)}</Badge></td>
                  <td className="num">{formatDate(pitch.pitchDate, language) || t('common.notSet')}</td>
                  <td className="num acct-end">{formatMoney(pitch.estimatedAnnualFee, pitch.currency, language) || t('common.notSet')}</td>
                  <td className="num acct-end">{`${pitch.probability}%`}</td>
                  <td className="num acct-end">{weighted === null ? t('common.notSet') : formatMoney(weighted, pitch.currency, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
