import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { format, t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { datePath } from '../dates/dates-path';
import { EventForm } from './event-form';
import { nameOf, takingPart } from './people';
import type { TimeContext } from './time-context';
import { repeatInWords } from './repeat-words';
import { clockRange, isKnownTimeZone, sameClockAt } from './time-format';
import { useDeleteEvent, useUpdateEvent } from './use-time';
import type { AgendaItem } from './week-agenda';

interface EventItemProps {
  context: TimeContext;
  item: AgendaItem;
  /** After a change, with a sentence saying what changed; `refocus` when this item may be gone. */
  onDone: (message: string, refocus: boolean) => void;
}

/**
 * One occurrence on one day: when (in my zone, and in the event's own when that differs), what,
 * who takes part. Someone else's protected time shows as their own time, without its title.
 */
export function EventItem({ context, item, onDone }: EventItemProps) {
  const { event, occurrence } = item;
  const { members, myId, timeZone } = context;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const remove = useDeleteEvent(context.spaceId, event.id);
  const skip = useUpdateEvent(context.spaceId, event.id);

  // Not `mutate` callbacks: once the change is on screen this item may be gone, and with it
  // the observer they would be called through.
  const after = (request: Promise<unknown>, message: string) =>
    void request.then(
      () => onDone(message, true),
      () => undefined, // shown by FormError
    );

  // Hidden from me: someone's protected time (theirs), or a date I am not in (when and who only).
  const otherDate = event.title === null && event.dateId !== null;
  const ownTime = event.title === null && !otherDate;
  const title =
    event.title ??
    (otherDate
      ? t('time.event.otherDate')
      : t('time.event.ownTime', { name: nameOf(members, event.createdBy) }));
  const repeats = repeatInWords(event.rrule);
  const theirClock =
    !event.allDay &&
    isKnownTimeZone(event.timeZone) &&
    !sameClockAt(occurrence.start, timeZone, event.timeZone)
      ? t('time.when.theirZone', {
          time: clockRange(occurrence.start, occurrence.end, event.timeZone),
          zone: event.timeZone,
        })
      : null;
  const occurrenceDay = format.day(occurrence.localStart.slice(0, 10));
  const details = [
    ownTime ? null : t(`time.kindRow.${event.kind}`),
    takingPart(event.participantIds, members, myId),
    repeats ? t('time.event.repeats', { rule: repeats }) : null,
  ].filter((part): part is string => part !== null);

  return (
    <li className={ownTime ? 'time-event time-event--own' : `time-event time-event--${event.kind}`}>
      <p className="time-event__when">
        {item.when}
        {theirClock ? <span className="time-event__zone"> ({theirClock})</span> : null}
      </p>
      <p className="time-event__title">
        {title}
        {event.protected && !ownTime ? (
          <span className="badge time-event__badge">{t('time.event.protected')}</span>
        ) : null}
        {event.imported ? (
          <span className="badge badge--quiet time-event__badge">{t('time.event.imported')}</span>
        ) : null}
      </p>
      <p className="muted time-event__details">{details.join(' · ')}</p>
      {!ownTime && event.description ? (
        <p className="time-event__notes">{event.description}</p>
      ) : null}
      {event.dateId && !otherDate ? (
        <p>
          <Link to={datePath(context.spaceId, event.dateId)}>
            {t('time.event.openDate', { title })}
          </Link>
        </p>
      ) : null}
      {event.capabilities.canEdit ? (
        editing ? (
          <EventForm
            context={context}
            event={event}
            day={context.today}
            label={t('time.event.editLabel', { title })}
            onSaved={(message) => {
              setEditing(false);
              onDone(message, true);
            }}
            onCancel={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : (
          <div className="time-event__actions">
            <FormError error={remove.error ?? skip.error} />
            <Button
              ref={editButton}
              variant="secondary"
              aria-label={t('time.event.editLabel', { title })}
              onClick={() => setEditing(true)}
            >
              {t('time.event.edit')}
            </Button>
            {event.rrule ? (
              <ConfirmAction
                label={t('time.event.skip')}
                accessibleLabel={t('time.event.skipLabel', { title, day: occurrenceDay })}
                question={t('time.event.skipConfirm', { title, day: occurrenceDay })}
                confirmLabel={t('time.event.skipYes')}
                cancelLabel={t('time.event.keep')}
                variant="secondary"
                busy={skip.isPending}
                onConfirm={() =>
                  after(
                    skip.mutateAsync({ exdates: [...event.exdates, occurrence.localStart] }),
                    t('time.event.skipped', { title, day: occurrenceDay }),
                  )
                }
              />
            ) : null}
            <ConfirmAction
              label={t('time.event.remove')}
              accessibleLabel={t('time.event.removeLabel', { title })}
              question={t(
                event.rrule ? 'time.event.removeRepeatingConfirm' : 'time.event.removeConfirm',
                { title },
              )}
              confirmLabel={t('time.event.removeYes')}
              cancelLabel={t('time.event.keep')}
              busy={remove.isPending}
              onConfirm={() => after(remove.mutateAsync(), t('time.event.removed', { title }))}
            />
          </div>
        )
      ) : null}
    </li>
  );
}
