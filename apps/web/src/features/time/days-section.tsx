import { useRef, useState } from 'react';
import type { WeekView } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { EventItem } from './event-item';
import type { TimeContext } from './time-context';
import { weekAgenda } from './week-agenda';

interface DaysSectionProps {
  context: TimeContext;
  week: WeekView;
}

/** The week's events, Monday to Sunday in my zone, each with what I may do about it. */
export function DaysSection({ context, week }: DaysSectionProps) {
  const [status, setStatus] = useState<{ message: string; key: number }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const days = weekAgenda(week, context.timeZone);
  const done = (message: string, refocus: boolean) => {
    setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    // The event (and the button pressed) may be gone: carry on from the section's heading.
    if (refocus) requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <section className="card time-days" aria-labelledby="time-days-title">
      <h3 id="time-days-title" ref={heading} tabIndex={-1}>
        {t('time.days.title')}
      </h3>
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
      <ol className="time-days__list">
        {days.map(({ day, items }) => (
          <li key={day} className="time-day">
            <h4 className="time-day__name">{format.day(day)}</h4>
            {items.length === 0 ? (
              <p className="muted time-day__empty">{t('time.days.nothing')}</p>
            ) : (
              <ul className="time-day__events">
                {items.map((item) => (
                  <EventItem key={item.key} context={context} item={item} onDone={done} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
