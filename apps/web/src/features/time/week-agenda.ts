import { addDays, daysBetween, type CalendarEventView, type WeekView } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { clockRange, clockTime, dayAndTime, dayIn } from './time-format';
import { daysOfWeek } from './week-nav';

export type Occurrence = WeekView['occurrences'][number];

export interface AgendaItem {
  /** Unique within the week: an event, one of its occurrences, one of its days. */
  key: string;
  event: CalendarEventView;
  occurrence: Occurrence;
  /** When on this day: "7:00 – 9:00 PM", "All day", "Until 2:00 AM". */
  when: string;
}

export interface AgendaDay {
  day: string;
  items: AgendaItem[];
}

interface Placed {
  day: string;
  allDay: boolean;
  when: string;
}

/**
 * An all-day occurrence is a run of calendar days, the same wherever one is: it is listed on
 * those days, not moved by the viewer's zone.
 */
function allDayPlaces(event: CalendarEventView, occurrence: Occurrence): Placed[] {
  const first = occurrence.localStart.slice(0, 10);
  const length = Math.max(0, daysBetween(event.start.slice(0, 10), event.end.slice(0, 10)));
  return Array.from({ length: length + 1 }, (_, i) => ({
    day: addDays(first, i),
    allDay: true,
    when: t('time.when.allDay'),
  }));
}

/** A timed occurrence is listed on each of my days it covers, in my zone. */
function timedPlaces(occurrence: Occurrence, timeZone: string): Placed[] {
  const { start, end } = occurrence;
  const firstDay = dayIn(timeZone, start);
  // The end is exclusive: something until midnight ends on the day it began.
  const lastDay = dayIn(timeZone, new Date(Date.parse(end) - 1).toISOString());
  if (lastDay <= firstDay) {
    return [{ day: firstDay, allDay: false, when: clockRange(start, end, timeZone) }];
  }
  const days = daysBetween(firstDay, lastDay);
  return Array.from({ length: days + 1 }, (_, i) => {
    const day = addDays(firstDay, i);
    let when: string;
    if (i === 0) {
      when = t('time.when.range', {
        start: clockTime(start, timeZone),
        end: dayAndTime(end, timeZone),
      });
    } else if (i === days) {
      when = t('time.when.until', { end: clockTime(end, timeZone) });
    } else {
      when = t('time.when.allDay');
    }
    return { day, allDay: i > 0 && i < days, when };
  });
}

/**
 * The week's occurrences by day, Monday to Sunday in my zone: all-day ones first, then by
 * start. Something running over several days is listed on each of them.
 */
export function weekAgenda(week: WeekView, timeZone: string): AgendaDay[] {
  const days = daysOfWeek(week.firstDay);
  const byDay = new Map(days.map((day) => [day, [] as (AgendaItem & { order: string })[]]));
  const events = new Map(week.events.map((event) => [event.id, event]));
  for (const occurrence of week.occurrences) {
    const event = events.get(occurrence.eventId);
    if (!event) continue;
    const places = event.allDay
      ? allDayPlaces(event, occurrence)
      : timedPlaces(occurrence, timeZone);
    for (const place of places) {
      byDay.get(place.day)?.push({
        key: `${event.id} ${occurrence.start} ${place.day}`,
        event,
        occurrence,
        when: place.when,
        order: `${place.allDay ? 0 : 1} ${occurrence.start} ${event.title ?? ''}`,
      });
    }
  }
  return days.map((day) => ({
    day,
    items: (byDay.get(day) ?? [])
      .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
      .map(({ order: _order, ...item }) => item),
  }));
}
