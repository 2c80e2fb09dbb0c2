import { describe, expect, it } from 'vitest';
import { calendarEvent, weekOf } from './test-data';
import { weekAgenda } from './week-agenda';

/** Intl puts thin and narrow spaces in times and ranges; the tests read plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ');

const itemsOn = (agenda: ReturnType<typeof weekAgenda>, day: string) =>
  agenda.find((d) => d.day === day)?.items.map((item) => plain(item.when)) ?? [];

describe('weekAgenda', () => {
  it('lists Monday to Sunday, empty days included', () => {
    const agenda = weekAgenda(weekOf([], []), 'Europe/Berlin');
    expect(agenda.map((d) => d.day)).toEqual([
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
      '2026-05-07',
      '2026-05-08',
      '2026-05-09',
      '2026-05-10',
    ]);
    expect(agenda.every((d) => d.items.length === 0)).toBe(true);
  });

  it('places a timed occurrence on its day and time in my zone', () => {
    const event = calendarEvent();
    const week = weekOf(
      [event],
      [
        {
          eventId: event.id,
          start: '2026-05-04T17:00:00.000Z',
          end: '2026-05-04T19:00:00.000Z',
          localStart: '2026-05-04T19:00',
        },
      ],
    );
    expect(itemsOn(weekAgenda(week, 'Europe/Berlin'), '2026-05-04')).toEqual(['7:00 – 9:00 PM']);
  });

  it('moves it to the day it falls on for a partner in another zone', () => {
    // 19:00 in Berlin on Monday is 03:00 on Tuesday in Tokyo.
    const event = calendarEvent();
    const week = weekOf(
      [event],
      [
        {
          eventId: event.id,
          start: '2026-05-04T17:00:00.000Z',
          end: '2026-05-04T19:00:00.000Z',
          localStart: '2026-05-04T19:00',
        },
      ],
    );
    const agenda = weekAgenda({ ...week, firstDay: '2026-05-04' }, 'Asia/Tokyo');
    expect(itemsOn(agenda, '2026-05-04')).toEqual([]);
    expect(itemsOn(agenda, '2026-05-05')).toEqual(['2:00 – 4:00 AM']);
  });

  it('lists something over midnight on both days, saying until when', () => {
    const event = calendarEvent({ start: '2026-05-06T22:00', end: '2026-05-07T02:00' });
    const week = weekOf(
      [event],
      [
        {
          eventId: event.id,
          start: '2026-05-06T20:00:00.000Z',
          end: '2026-05-07T00:00:00.000Z',
          localStart: '2026-05-06T22:00',
        },
      ],
    );
    const agenda = weekAgenda(week, 'Europe/Berlin');
    expect(itemsOn(agenda, '2026-05-06')).toEqual(['10:00 PM – Thu 2:00 AM']);
    expect(itemsOn(agenda, '2026-05-07')).toEqual(['Until 2:00 AM']);
  });

  it('keeps something ending at midnight on the day it began', () => {
    const event = calendarEvent({ start: '2026-05-06T22:00', end: '2026-05-07T00:00' });
    const week = weekOf(
      [event],
      [
        {
          eventId: event.id,
          start: '2026-05-06T20:00:00.000Z',
          end: '2026-05-06T22:00:00.000Z',
          localStart: '2026-05-06T22:00',
        },
      ],
    );
    const agenda = weekAgenda(week, 'Europe/Berlin');
    expect(itemsOn(agenda, '2026-05-06')).toEqual(['10:00 PM – 12:00 AM']);
    expect(itemsOn(agenda, '2026-05-07')).toEqual([]);
  });

  it('keeps all-day events on their calendar days, whatever my zone', () => {
    const event = calendarEvent({
      allDay: true,
      start: '2026-05-09',
      end: '2026-05-11',
      timeZone: 'America/New_York',
    });
    const week = weekOf(
      [event],
      [
        {
          eventId: event.id,
          start: '2026-05-09T04:00:00.000Z',
          end: '2026-05-12T04:00:00.000Z',
          localStart: '2026-05-09',
        },
      ],
    );
    const agenda = weekAgenda(week, 'Asia/Tokyo');
    expect(itemsOn(agenda, '2026-05-08')).toEqual([]);
    expect(itemsOn(agenda, '2026-05-09')).toEqual(['All day']);
    // Its last day, Monday the 11th, belongs to next week and is not listed here.
    expect(itemsOn(agenda, '2026-05-10')).toEqual(['All day']);
  });

  it('puts all-day events first, then the rest by start', () => {
    const late = calendarEvent({ id: 'late', title: 'Late', start: '2026-05-05T20:00' });
    const early = calendarEvent({ id: 'early', title: 'Early', start: '2026-05-05T08:00' });
    const day = calendarEvent({
      id: 'day',
      title: 'Day',
      allDay: true,
      start: '2026-05-05',
      end: '2026-05-05',
    });
    const occurrence = (eventId: string, start: string, end: string, localStart: string) => ({
      eventId,
      start,
      end,
      localStart,
    });
    const week = weekOf(
      [late, early, day],
      [
        occurrence(
          'early',
          '2026-05-05T06:00:00.000Z',
          '2026-05-05T07:00:00.000Z',
          '2026-05-05T08:00',
        ),
        occurrence(
          'late',
          '2026-05-05T18:00:00.000Z',
          '2026-05-05T19:00:00.000Z',
          '2026-05-05T20:00',
        ),
        occurrence('day', '2026-05-04T22:00:00.000Z', '2026-05-05T22:00:00.000Z', '2026-05-05'),
      ],
    );
    const titles = weekAgenda(week, 'Europe/Berlin')
      .find((d) => d.day === '2026-05-05')
      ?.items.map((item) => item.event.title);
    expect(titles).toEqual(['Day', 'Early', 'Late']);
  });

  it('leaves out an occurrence whose event it was not sent', () => {
    const week = weekOf(
      [],
      [
        {
          eventId: 'gone',
          start: '2026-05-04T17:00:00.000Z',
          end: '2026-05-04T19:00:00.000Z',
          localStart: '2026-05-04T19:00',
        },
      ],
    );
    expect(weekAgenda(week, 'Europe/Berlin').every((d) => d.items.length === 0)).toBe(true);
  });
});
