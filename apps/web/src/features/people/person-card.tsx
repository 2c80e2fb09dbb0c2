import { useEffect, useRef, useState } from 'react';
import type { Person } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { ContactForm } from './contact-form';
import { ContactHistory } from './contact-history';
import { memberName, type PeopleContext } from './people-context';
import { presentForQuickLog } from './people-groups';
import { overdueWords, whenWords, wishWords } from './people-words';
import { draftFromPerson, patchFromDraft } from './person-draft';
import { PersonForm } from './person-form';
import { usePersonSaid } from './person-said';
import { useDeletePerson, useLogContact, useUpdatePerson } from './use-people';

interface PersonCardProps {
  person: Person;
  context: PeopleContext;
  /** Say "it has been a while": for mine and ours, never for a partner's own people. */
  showOverdue: boolean;
  /** After the person is removed, with a sentence to say: this card is gone. */
  onRemoved: (message: string) => void;
}

type Open = 'none' | 'log' | 'history' | 'edit';

/** One person: who they are, how long it has been, a quick "we met today", and the rest. */
export function PersonCard({ person, context, showOverdue, onRemoved }: PersonCardProps) {
  const { spaceId, myId, members } = context;
  const [open, setOpen] = useState<Open>('none');
  const { said: lastSaid, say: sayAbout, clear } = usePersonSaid();
  const said = lastSaid?.personId === person.id ? lastSaid : undefined;
  const editButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Logging can move the card (out of "Time to catch up"), taking the pressed button with it:
  // then focus, lost to the page, goes to the card's heading, where the message is read next.
  useEffect(() => {
    if (said && document.activeElement === document.body) heading.current?.focus();
  }, [said]);
  const quickLog = useLogContact(spaceId, person.id);
  const update = useUpdatePerson(spaceId, person.id);
  const remove = useDeletePerson(spaceId, person.id);
  const titleId = `person-${person.id}`;
  const say = (message: string) => sayAbout(person.id, message);
  const toggle = (next: Open) => {
    clear();
    setOpen((current) => (current === next ? 'none' : next));
  };

  const { rhythm, everyDays } = person;
  const overdue = showOverdue && rhythm.overdue && everyDays !== null;
  const last = person.lastContact;

  return (
    <article
      className={`card people-card${overdue ? ' people-card--overdue' : ''}`}
      aria-labelledby={titleId}
    >
      <header className="people-card__header">
        <h3 id={titleId} ref={heading} tabIndex={-1} className="people-card__name">
          {person.name}
        </h3>
        {person.ownerId === null ? (
          <span className="people-badge people-badge--ours">{t('people.badge.ours')}</span>
        ) : person.ownerId !== myId ? (
          <span className="people-badge">
            {t('people.badge.whose', { name: memberName(members, person.ownerId) })}
          </span>
        ) : null}
        {person.private ? (
          <span className="people-badge people-badge--private">{t('people.badge.private')}</span>
        ) : null}
        {person.relation ? <p className="people-card__relation">{person.relation}</p> : null}
      </header>

      {open === 'edit' ? (
        <PersonForm
          initial={draftFromPerson(person)}
          context={context}
          busy={update.isPending}
          error={update.error}
          onSave={(draft) => {
            const patch = patchFromDraft(draft, myId);
            if (!patch) return;
            update.mutateAsync(patch).then(
              () => {
                setOpen('none');
                say(t('people.edit.saved'));
                requestAnimationFrame(() => editButton.current?.focus());
              },
              () => undefined, // shown by FormError
            );
          }}
          onCancel={() => {
            update.reset();
            setOpen('none');
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <div className="people-card__facts">
          {overdue ? (
            <p className="people-card__overdue">{overdueWords(rhythm.daysSince, everyDays)}</p>
          ) : everyDays !== null ? (
            <p>{t('people.wish.line', { wish: wishWords(everyDays) })}</p>
          ) : null}
          {last ? (
            <p className="muted">
              {t('people.lastTouch', { when: whenWords(last.date, context.today) })}
              {person.lastMetOn && person.lastMetOn !== last.date ? (
                <> {t('people.lastMet', { when: whenWords(person.lastMetOn, context.today) })}</>
              ) : null}
            </p>
          ) : (
            <p className="muted">{t('people.nothingYet')}</p>
          )}
          {person.note ? <p className="people-card__note">{person.note}</p> : null}
        </div>
      )}

      {said ? (
        <Alert key={said.key} tone="success">
          {said.message}
        </Alert>
      ) : null}
      {/* The edit form shows its own error. */}
      <FormError
        error={quickLog.error ?? (open === 'edit' ? undefined : update.error) ?? remove.error}
      />

      {person.capabilities.canLog && open !== 'edit' ? (
        <div className="button-row">
          <Button
            busy={quickLog.isPending}
            aria-label={t('people.quick.metNamed', { name: person.name })}
            onClick={() => {
              clear();
              quickLog
                .mutateAsync({
                  kind: 'meetup',
                  date: context.today,
                  presentIds: presentForQuickLog(
                    person,
                    myId,
                    members.map((m) => m.userId),
                  ),
                })
                .then(
                  () => say(t('people.quick.done', { name: person.name })),
                  () => undefined, // shown by FormError
                );
            }}
          >
            {t('people.quick.met')}
          </Button>
          <Button
            variant="secondary"
            aria-expanded={open === 'log'}
            aria-label={t('people.log.openNamed', { name: person.name })}
            onClick={() => toggle('log')}
          >
            {t('people.log.open')}
          </Button>
        </div>
      ) : null}

      {open === 'log' ? (
        <section
          className="people-card__log"
          aria-label={t('people.log.title', { name: person.name })}
        >
          <ContactForm
            person={person}
            context={context}
            onDone={(message) => {
              setOpen('none');
              if (message) say(message);
            }}
          />
        </section>
      ) : null}

      {open === 'history' ? <ContactHistory person={person} context={context} /> : null}

      <div className="button-row people-card__manage">
        <Button
          variant="quiet"
          aria-expanded={open === 'history'}
          aria-label={
            open === 'history'
              ? t('people.history.close')
              : t('people.history.openNamed', { name: person.name })
          }
          onClick={() => toggle('history')}
        >
          {open === 'history' ? t('people.history.close') : t('people.history.open')}
        </Button>
        {person.capabilities.canEdit && open !== 'edit' ? (
          <>
            <Button
              ref={editButton}
              variant="quiet"
              aria-label={t('people.edit.openNamed', { name: person.name })}
              onClick={() => {
                update.reset();
                toggle('edit');
              }}
            >
              {t('people.edit.open')}
            </Button>
            <Button
              variant="quiet"
              busy={update.isPending}
              aria-label={
                person.archived
                  ? t('people.unarchiveNamed', { name: person.name })
                  : t('people.archiveNamed', { name: person.name })
              }
              onClick={() => update.mutate({ archived: !person.archived })}
            >
              {person.archived ? t('people.unarchive') : t('people.archive')}
            </Button>
            <ConfirmAction
              label={t('people.remove')}
              accessibleLabel={t('people.removeNamed', { name: person.name })}
              question={t('people.remove.question')}
              confirmLabel={t('people.remove.confirm')}
              cancelLabel={t('people.remove.cancel')}
              busy={remove.isPending}
              onConfirm={() =>
                void remove.mutateAsync().then(
                  () => onRemoved(t('people.removed', { name: person.name })),
                  () => undefined, // shown by FormError
                )
              }
            />
          </>
        ) : null}
      </div>
    </article>
  );
}
