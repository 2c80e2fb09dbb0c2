import { useRef, useState } from 'react';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { ConfirmAction } from '../../../ui/confirm-action';
import { FormError } from '../../../ui/form-error';
import { AgendaForm } from './agenda-form';
import type { AgendaTopic } from './meeting-api';
import type { MeetingViewer } from './meeting-viewer';
import { addedBy } from './meeting-words';
import { useRemoveAgendaTopic } from './use-meeting';

interface AgendaSectionProps {
  spaceId: string;
  topics: readonly AgendaTopic[];
  viewer: MeetingViewer;
}

/**
 * "For the next meeting": what either of us would like to talk about, added during the week.
 * The next meeting takes all of it up; until then either of us may take a topic off.
 */
export function AgendaSection({ spaceId, topics, viewer }: AgendaSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const remove = useRemoveAgendaTopic(spaceId);
  // Keyed by a counter, so the same sentence twice in a row is announced twice.
  const [status, setStatus] = useState<{ message: string; key: number }>();
  const announce = (message: string) =>
    setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));

  return (
    <section className="section" aria-labelledby="meeting-agenda-title">
      <h2 id="meeting-agenda-title" ref={heading} tabIndex={-1}>
        {t('connect.meeting.agenda.title')}
      </h2>
      <p className="muted">{t('connect.meeting.agenda.lead')}</p>
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
      <FormError error={remove.error} />
      {topics.length === 0 ? (
        <p className="muted meeting-agenda__empty">{t('connect.meeting.agenda.empty')}</p>
      ) : (
        <ul className="item-list meeting-agenda">
          {topics.map((topic) => (
            <li key={topic.id} className="card meeting-agenda__item">
              <div>
                <p className="meeting-agenda__text">{topic.text}</p>
                <p className="muted meeting-agenda__by">{addedBy(topic.addedBy, viewer)}</p>
              </div>
              <ConfirmAction
                label={t('connect.meeting.agenda.remove')}
                accessibleLabel={t('connect.meeting.agenda.removeLabel', { text: topic.text })}
                question={t('connect.meeting.agenda.removeConfirm', { text: topic.text })}
                confirmLabel={t('connect.meeting.agenda.removeYes')}
                cancelLabel={t('connect.meeting.agenda.keep')}
                busy={remove.isPending && remove.variables === topic.id}
                onConfirm={() => {
                  // Not `mutate` callbacks: the item is gone by the time the list is fetched again.
                  remove.mutateAsync(topic.id).then(
                    () => {
                      announce(t('connect.meeting.agenda.removed'));
                      heading.current?.focus();
                    },
                    () => undefined, // shown by FormError
                  );
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <AgendaForm
        spaceId={spaceId}
        onAdded={(text) => announce(t('connect.meeting.agenda.added', { text }))}
      />
    </section>
  );
}
