// The contacts tab as a decision map: four columns — decision-makers, influencers, day-to-day, procurement — of contact
// cards with warmth, how to reach them and when we last spoke; add, edit and delete (to the trash).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { decisionRoles, type Contact, type DecisionRole } from '@shared/model/contact';
import { DeleteRecordDialog } from '../../components/delete/DeleteRecordDialog';
import { PlusIcon } from '../../components/layout/icons';
import { useLanguage } from '../../components/use-language';
import { formatDate } from '../../i18n/format';
import type { AccountPageData } from './account-data';
import { ContactDialog, warmthKey } from './ContactDialog';

/** A contact's last contact: their own date or the latest logged meeting they attended, whichever is later. */
function lastContactByContact(data: AccountPageData): Map<string, string> {
  const last = new Map<string, string>();
  const note = (id: string, day: string | null) => {
    if (!day || day > data.today) return;
    const current = last.get(id);
    if (!current || day > current) last.set(id, day);
  };
  for (const c of data.contacts) note(c.id, c.lastContactOn);
  for (const i of data.interactions) for (const id of i.contactIds) note(id, i.date);
  return last;
}

export function ContactsPanel({ data }: { data: AccountPageData }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ contact: Contact | null; role?: DecisionRole } | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const last = useMemo(() => lastContactByContact(data), [data]);
  const byRole = useMemo(() => {
    const groups = new Map<DecisionRole, Contact[]>(decisionRoles.map((role) => [role, []]));
    for (const contact of data.contacts) groups.get(contact.decisionRole)?.push(contact);
    return groups;
  }, [data.contacts]);

  return (
    <section className="card card-section" aria-labelledby="account-contacts">
      <div className="acct-panel-head">
        <div>
          <h3 id="account-contacts" className="section-title">{t('account.decisionMap.title')}</h3>
          <p className="section-hint">{t('account.decisionMap.hint')}</p>
        </div>
        <span className="acct-panel-status" role="status">{status && <span className="saved-note">{status}</span>}</span>
        <button type="button" className="button button-primary" onClick={() => { setStatus(null); setEditing({ contact: null }); }}>
          <PlusIcon size={16} />
          {t('account.contacts.add')}
        </button>
      </div>
      <div className="acct-decision-map">
        {decisionRoles.map((role) => {
          const group = byRole.get(role) ?? [];
          const headingId = `role-${role}`;
          return (
            <div key={role} className={`acct-role-column acct-role-${role}`}>
              <h4 id={headingId} className="acct-role-title">
                {t(`enums.decisionRole.${role}`)}
                <span className="acct-role-count">{group.length}</span>
              </h4>
              {group.length === 0 ? (
                <div className="acct-role-empty">
                  <p>{t('account.decisionMap.none')}</p>
                  <button type="button" className="button button-ghost acct-button-small" onClick={() => { setStatus(null); setEditing({ contact: null, role }); }}>
                    {t('account.decisionMap.addIn', { role: t(`enums.decisionRole.${role}`) })}
                  </button>
                </div>
              ) : (
                <ul className="acct-contact-cards" aria-labelledby={headingId}>
                  {group.map((contact) => (
                    <ContactCard
                      key={contact.id}
                      contact={contact}
                      lastContact={last.get(contact.id) ?? null}
                      today={data.today}
                      onEdit={() => { setStatus(null); setEditing({ contact }); }}
                      onDelete={() => { setStatus(null); setDeleting(contact); }}
                    />
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      <ContactDialog
        open={editing !== null}
        accountId={data.account.id}
        contact={editing?.contact ?? null}
        defaultRole={editing?.role}
        onClose={() => setEditing(null)}
        onSaved={(contact, created) => {
          setEditing(null);
          setStatus(created ? t('account.contacts.added', { name: contact.name }) : t('account.contacts.saved', { name: contact.name }));
        }}
      />
      {deleting && (
        <DeleteRecordDialog
          open
          table="contacts"
          id={deleting.id}
          label={deleting.name}
          onClose={() => setDeleting(null)}
          onDeleted={() => setStatus(t('account.contacts.deleted', { name: deleting.name }))}
        />
      )}
    </section>
  );
}

function ContactCard({ contact, lastContact, today, onEdit, onDelete }: { contact: Contact; lastContact: string | null; today: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = lastContact ? differenceInCalendarDays(parseISO(today), parseISO(lastContact)) : null;
  const nameId = `contact-${contact.id}`;
  return (
    <li className="acct-contact-card">
      <div className="acct-contact-top">
        <div className="acct-contact-name">
          <strong id={nameId}>{contact.name}</strong>
          {contact.title && <span className="cell-sub">{contact.title}</span>}
        </div>
        <span className="warmth" role="img" aria-label={t('account.warmthLabel', { value: contact.warmth, level: t(warmthKey(contact.warmth)) })} title={t(warmthKey(contact.warmth))}>
          {[1, 2, 3, 4, 5].map((level) => <i key={level} className={level <= contact.warmth ? 'on' : undefined} />)}
        </span>
      </div>
      {(contact.phone || contact.email) && (
        <div className="acct-contact-reach">
          {contact.phone && <span className="num">{contact.phone}</span>}
          {contact.email && <span className="acct-contact-email">{contact.email}</span>}
        </div>
      )}
      <div className="acct-contact-foot">
        <span className={days !== null && days > 60 ? 'acct-contact-last acct-contact-cold' : 'acct-contact-last'}>
          {lastContact === null ? t('account.contacts.neverContacted') : days === 0 ? t('account.contacts.lastContactToday', { date: formatDate(lastContact, language) }) : t('account.contacts.lastContact', { date: formatDate(lastContact, language), count: days ?? 0 })}
        </span>
        <span className="acct-card-actions">
          <button type="button" className="button button-ghost acct-button-small" onClick={onEdit} aria-label={t('account.contacts.editOne', { name: contact.name })}>{t('account.edit')}</button>
          <button type="button" className="button button-ghost acct-button-small button-danger" onClick={onDelete} aria-label={t('account.contacts.deleteOne', { name: contact.name })}>{t('account.deleteShort')}</button>
        </span>
      </div>
    </li>
  );
}
