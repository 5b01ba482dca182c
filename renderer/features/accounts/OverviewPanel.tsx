// The overview tab: the account's key facts, scope of services as tags, notes, and how much is linked to it.
import { useTranslation } from 'react-i18next';
import { Badge, accountStatusTone } from '../../components/Badge';
import { useLanguage } from '../../components/use-language';
import { formatDate, formatMoney } from '../../i18n/format';
import type { AccountPageData } from './account-data';

export function OverviewPanel({ data, onEdit }: { data: AccountPageData; onEdit: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { account } = data;
  const notSet = t('common.notSet');
  const currentTeam = data.assignments.filter((a) => a.until === null || a.until >= data.today).length;

  return (
    <section className="card card-section" aria-labelledby="account-overview">
      <div className="acct-panel-head">
        <h3 id="account-overview" className="section-title">{t('account.overview')}</h3>
        <button type="button" className="button" onClick={onEdit}>{t('account.editDetails')}</button>
      </div>
      <dl className="facts">
        <div><dt>{t('account.fields.company')}</dt><dd>{account.company || notSet}</dd></div>
        <div><dt>{t('account.fields.industry')}</dt><dd>{account.industry || notSet}</dd></div>
        <div><dt>{t('account.fields.status')}</dt><dd><Badge tone={accountStatusTone[account.status]}>{t(`enums.accountStatus.${account.status}`)}</Badge></dd></div>
        <div><dt>{t('account.fields.tier')}</dt><dd>{t(`enums.tier.${account.tier}`)}</dd></div>
        <div><dt>{t('account.fields.clientSince')}</dt><dd className="num">{formatDate(account.clientSince, language) || notSet}</dd></div>
        <div>
          <dt>{t('account.fields.annualFee')}</dt>
          <dd className="num">{account.annualFee === null ? notSet : `${formatMoney(account.annualFee, account.currency, language)}`}</dd>
        </div>
        <div><dt>{t('account.fields.currency')}</dt><dd>{account.currency}</dd></div>
        <div><dt>{t('account.fields.updatedAt')}</dt><dd className="num">{formatDate(account.updatedAt, language)}</dd></div>
        <div className="wide">
          <dt>{t('account.fields.scope')}</dt>
          <dd>
            {account.scope.length === 0 ? notSet : (
              <ul className="acct-tag-list acct-tag-list-static">
                {account.scope.map((scope) => <li key={scope} className="acct-tag">{scope}</li>)}
              </ul>
            )}
          </dd>
        </div>
        <div className="wide"><dt>{t('account.fields.notes')}</dt><dd className="pre-wrap">{account.notes || notSet}</dd></div>
      </dl>
      <div className="mini-stats">
        <div><span>{t('account.summary.briefs')}</span><strong>{data.briefs.length}</strong></div>
        <div><span>{t('account.summary.pitches')}</span><strong>{data.pitches.length}</strong></div>
        <div><span>{t('account.summary.contacts')}</span><strong>{data.contacts.length}</strong></div>
        <div><span>{t('account.summary.team')}</span><strong>{currentTeam}</strong></div>
        <div><span>{t('account.summary.log')}</span><strong>{data.interactions.length}</strong></div>
        <div><span>{t('account.summary.invoices')}</span><strong>{data.invoices.length}</strong></div>
      </div>
    </section>
  );
}
