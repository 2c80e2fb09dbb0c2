import type { Person, PersonContact } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { format, t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { Loading } from '../../ui/loading';
import { contactKindWords } from './contact-form';
import { memberName, type PeopleContext } from './people-context';
import { useContacts, useDeleteContact } from './use-people';

/** Everything logged with a person, newest first, each entry removable by who may. */
export function ContactHistory({ person, context }: { person: Person; context: PeopleContext }) {
  const contacts = useContacts(context.spaceId, person.id);
  const remove = useDeleteContact(context.spaceId, person.id);
  const titleId = `people-history-${person.id}`;

  let content;
  if (contacts.error) {
    content = <LoadError error={contacts.error} onRetry={() => void contacts.refetch()} />;
  } else if (!contacts.data) {
    content = <Loading />;
  } else if (contacts.data.items.length === 0) {
    content = <p className="muted">{t('people.history.empty')}</p>;
  } else {
    content = (
      <ul className="people-history__list">
        {contacts.data.items.map((contact) => (
          <HistoryEntry
            key={contact.id}
            contact={contact}
            context={context}
            busy={remove.isPending && remove.variables === contact.id}
            onRemove={() => remove.mutate(contact.id)}
          />
        ))}
      </ul>
    );
  }

  return (
    <section className="people-history" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('people.history.title', { name: person.name })}</h4>
      <FormError error={remove.error} />
      {content}
    </section>
  );
}

interface HistoryEntryProps {
  contact: PersonContact;
  context: PeopleContext;
  busy: boolean;
  onRemove: () => void;
}

function HistoryEntry({ contact, context, busy, onRemove }: HistoryEntryProps) {
  const day = format.shortDay(contact.date);
  const names = contact.presentIds.map((id) => memberName(context.members, id));
  return (
    <li className="people-history__entry">
      <p className="people-history__meta">
        <strong>{contactKindWords[contact.kind]()}</strong>
        {' · '}
        <time dateTime={contact.date}>{day}</time>
        {context.members.length > 1 && names.length > 0 ? (
          <> · {t('people.history.with', { names: format.list(names) })}</>
        ) : null}
      </p>
      {contact.note ? <p className="people-history__note">{contact.note}</p> : null}
      {contact.capabilities.canDelete ? (
        <Button
          variant="quiet"
          busy={busy}
          aria-label={t('people.history.removeNamed', { day })}
          onClick={onRemove}
        >
          {t('people.history.remove')}
        </Button>
      ) : null}
    </li>
  );
}
