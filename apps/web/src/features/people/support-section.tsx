import { Link } from 'react-router';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { AddSection } from '../../ui/add-section';
import { Loading } from '../../ui/loading';
import type { PeopleContext } from './people-context';
import { SessionNotes } from './session-notes';
import { SupportContactCard } from './support-contact-card';
import { SupportContactForm } from './support-contact-form';
import { emptySupportContactDraft, supportContactBody } from './support-draft';
import { useCreateSupportContact, useSupport } from './use-people';

/**
 * Professional support: who helps us (a counsellor, a therapist) and notes from sessions, each
 * for the space or for one alone — and, first, the way to help right now.
 */
export function SupportSection({ context }: { context: PeopleContext }) {
  const support = useSupport(context.spaceId);
  const create = useCreateSupportContact(context.spaceId);

  let content;
  if (support.error) {
    content = <LoadError error={support.error} onRetry={() => void support.refetch()} />;
  } else if (!support.data) {
    content = <Loading />;
  } else {
    const { contacts, notes } = support.data;
    content = (
      <>
        <section className="people-support__contacts" aria-labelledby="people-support-contacts">
          <h3 id="people-support-contacts">{t('people.support.contacts')}</h3>
          {contacts.length === 0 ? (
            <p className="muted">{t('people.support.contactsEmpty')}</p>
          ) : null}
          <div className="people-support__list">
            {contacts.map((contact) => (
              <SupportContactCard key={contact.id} contact={contact} context={context} />
            ))}
          </div>
          <AddSection
            openLabel={t('people.support.add.open')}
            title={t('people.support.add.title')}
            level={3}
            className="people-support-add"
            form={({ saved, cancel }) => (
              <SupportContactForm
                initial={emptySupportContactDraft}
                busy={create.isPending}
                error={create.error}
                onSave={(draft) => {
                  const body = supportContactBody(draft, false);
                  if (!body) return;
                  create.mutateAsync(body).then(
                    () => saved(t('people.support.add.saved')),
                    () => undefined, // shown by FormError
                  );
                }}
                onCancel={() => {
                  create.reset();
                  cancel();
                }}
              />
            )}
          />
        </section>
        <SessionNotes notes={notes} contacts={contacts} context={context} />
      </>
    );
  }

  return (
    <section className="card section people-support" aria-labelledby="people-support-title">
      <h2 id="people-support-title">{t('people.support.title')}</h2>
      <p className="muted">{t('people.support.lead')}</p>
      <p>
        <Link to="/help">{t('people.support.help')}</Link>
      </p>
      {content}
    </section>
  );
}
