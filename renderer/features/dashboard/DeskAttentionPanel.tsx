// The working part of the dashboard: what needs attention now, by kind, and the agenda of the next 14 days.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, format, parseISO } from 'date-fns';
import { enGB, zhCN } from 'date-fns/locale';
import { deskAgenda, deskAttention, AGENDA_DAYS, type AgendaEntry, type AttentionItem, type DeskAttention, type DeskInput } from '@shared/metrics/desk-attention';
import { quarterLabel, quarterOf } from '@shared/metrics/quarters';
import { openPitchStages } from '@shared/model/pitch';
import { repos } from '../../db';
import { todayIso } from '../accounts/form-support';
import { formatDate, formatMoney } from '../../i18n/format';
import { useLanguage } from '../../components/use-language';
import './desk.css';

/**
 * Only the records that can appear on the desk — briefs awaiting approval or presented within the agenda, open
 * pitches, invoices due by its end — and only what is computed from them is kept: years of briefs and pitches are
 * hundreds of MB, and holding them while the desk is open would keep them all in memory.
 */
async function readDesk(today: string): Promise<{ attention: DeskAttention; agenda: AgendaEntry[] }> {
  const r = repos();
  const last = format(addDays(parseISO(today), AGENDA_DAYS - 1), 'yyyy-MM-dd');
  const [accounts, interactions, invoices, awaiting, presenting, pitches, members, evaluations, settings] = await Promise.all([
    r.accounts.list(),
    r.interactions.listFollowUpsDue(last),
    r.invoices.listOutstandingDueBy(last),
    r.briefs.listByStatus('internal-review'),
    r.briefs.listPresentingBetween(today, last),
    r.pitches.listByAny('stage', [...openPitchStages]),
    r.members.list(),
    r.evaluations.listByQuarter(quarterOf(today) ?? ''),
    r.settings.get(),
  ]);
  const briefs = [...new Map([...awaiting, ...presenting].map((b) => [b.id, b])).values()];
  const input: DeskInput = { today, accounts, interactions, invoices, briefs, pitches, members, evaluations, staleDays: settings.pitchStaleDays };
  return { attention: deskAttention(input), agenda: deskAgenda(input) };
}

const groupOrder = ['thisWeek', 'overdueFollowUps', 'briefsAwaitingApproval', 'overdueInvoices', 'evaluationsDue', 'stalledPitches'] as const satisfies readonly (keyof DeskAttention)[];
const SHOWN = 5;

export function DeskAttentionPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayIso();
  const desk = useLiveQuery(() => readDesk(today), [today]);
  if (!desk) return <p className="section-hint" role="status">{t('app.loading')}</p>;
  const { attention, agenda } = desk;
  const total = groupOrder.reduce((n, key) => n + attention[key].length, 0);

  return (
    <div className="desk">
      <section className="desk-attention" aria-labelledby="desk-attention-title">
        <div className="page-header">
          <div>
            <h2 id="desk-attention-title" className="section-title">{t('desk.attentionTitle')}</h2>
            <p className="page-subtitle">{t('desk.attentionHint', { today: formatDate(today, language) })}</p>
          </div>
        </div>
        {total === 0 ? (
          <p className="card card-section section-hint">{t('desk.allClear')}</p>
        ) : (
          <div className="desk-groups">
            {groupOrder.map((key) => <AttentionGroup key={key} groupKey={key} items={attention[key]} />)}
          </div>
        )}
      </section>
      <Agenda entries={agenda} today={today} />
    </div>
  );
}

function AttentionGroup({ groupKey, items }: { groupKey: (typeof groupOrder)[number]; items: AttentionItem[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const id = `desk-group-${groupKey}`;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <section className={`card desk-group${items.length === 0 ? ' is-empty' : ''}`} aria-labelledby={id}>
      <h3 id={id} className="desk-group-title">
        <span>{t(`desk.groups.${groupKey}`)}</span>
        <span className={`desk-count${items.length > 0 && groupKey !== 'stalledPitches' && groupKey !== 'evaluationsDue' && groupKey !== 'thisWeek' && groupKey !== 'briefsAwaitingApproval' ? ' is-alert' : ''}`}>{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="desk-none">{t('desk.none')}</p>
      ) : (
        <ul className="desk-list">
          {shown.map((item) => <AttentionRow key={item.key} item={item} />)}
        </ul>
      )}
      {items.length > SHOWN && (
        <button type="button" className="button button-ghost desk-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('desk.showFewer') : t('desk.showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}


function AttentionRow({ item }: { item: AttentionItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dayPhrase = (days: number): string =>
    days === 0 ? t('desk.item.today') : days < 0 ? t('desk.item.late', { days: -days }) : t('desk.item.inDays', { days });
  let title: string;
  let meta: string;
  let when = '';
  let late = false;
  switch (item.type) {
    case 'pitch-round':
      title = item.pitch.title;
      meta = `${item.brand} · ${t('desk.item.round', { stage: t(`enums.pitchStage.${item.stage}` as 'enums.pitchStage.lead') })}`;
      when = `${formatDate(item.date, language)} · ${dayPhrase(item.days)}`;
      break;
    case 'prep-item':
      title = item.task;
      meta = `${item.brand} · ${item.pitch.title}`;
      when = `${formatDate(item.date, language)} · ${dayPhrase(item.days)}`;
      late = item.overdue;
      break;
    case 'brief-approval':
      title = item.brief.title;
      meta = `${item.brand} · ${t('desk.item.approval', { date: formatDate(item.since, language) })}`;
      break;
    case 'follow-up':
      title = item.interaction.nextStep || item.interaction.summary || t('desk.item.noNextStep');
      meta = item.brand;
      when = t('desk.item.followUpLate', { days: item.daysLate, date: formatDate(item.date, language) });
      late = true;
      break;
    case 'evaluation-due':
      title = item.member.name;
      meta = t(item.evaluation ? 'desk.item.evaluationDraft' : 'desk.item.evaluationNotStarted', { quarter: quarterLabel(item.quarter, language) });
      break;
    case 'invoice-overdue':
      title = item.invoice.number;
      meta = `${item.brand} · ${t('desk.item.outstanding', { amount: formatMoney(item.outstanding, item.invoice.currency, language) })}`;
      when = t('desk.item.invoiceLate', { days: item.daysOverdue });
      late = true;
      break;
    case 'pitch-stalled':
      title = item.pitch.title;
      meta = item.brand;
      when = t('desk.item.stalled', { days: item.idleDays });
      break;
  }
  return (
    <li>
      <Link href={item.href} className="desk-item">
        <span className="desk-item-title">{title}</span>
        {meta && <span className="desk-item-meta">{meta}</span>}
        {when && <span className={late ? 'desk-item-when is-late' : 'desk-item-when'}>{when}</span>}
      </Link>
    </li>
  );
}

function Agenda({ entries, today }: { entries: AgendaEntry[]; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = useMemo(() => {
    const byDay = new Map<string, AgendaEntry[]>();
    for (const e of entries) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
    return [...byDay.entries()];
  }, [entries]);
  const dayLabel = (day: string) => {
    const date = parseISO(day);
    const label = format(date, language === 'zh-CN' ? 'M月d日 EEEE' : 'EEEE d MMMM', { locale: language === 'zh-CN' ? zhCN : enGB });
    return day === today ? `${label} · ${t('desk.item.today')}` : label;
  };
  return (
    <section className="card desk-agenda" aria-labelledby="desk-agenda-title">
      <div className="card-section">
        <h2 id="desk-agenda-title" className="section-title">{t('desk.agendaTitle')}</h2>
        <p className="section-hint">{t('desk.agendaHint')}</p>
        {days.length === 0 ? (
          <p className="desk-none">{t('desk.agendaEmpty')}</p>
        ) : (
          <ol className="desk-days">
            {days.map(([day, list]) => (
              <li key={day}>
                <h3 className="desk-day">{dayLabel(day)}</h3>
                <ul className="desk-list">
                  {list.map((e) => (
                    <li key={e.key}>
                      <Link href={e.href} className="desk-item desk-agenda-item">
                        <span className="desk-item-title">{e.what || t('desk.item.noNextStep')}</span>
                        <span className="desk-item-meta">
                          {t(`desk.agendaType.${e.type}`)}
                          {e.type === 'pitch-key-date' && e.detail ? ` · ${t(`desk.keyDate.${e.detail}` as 'desk.keyDate.review')}` : ''}
                          {e.type === 'pitch-round' && e.detail ? ` · ${t(`enums.pitchStage.${e.detail}` as 'enums.pitchStage.lead')}` : ''}
                          {e.brand ? ` · ${e.brand}` : ''}
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
