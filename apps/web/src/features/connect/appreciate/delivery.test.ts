import { describe, expect, it } from 'vitest';
import {
  deliveryFor,
  hasArrived,
  pickedInstant,
  pickRange,
  sentConfirmation,
  tomorrowMorning,
  whenInWords,
} from './delivery';

const plain = (text: string) => text.replace(/\s/g, ' ');
const at = (iso: string) => new Date(iso);

describe('tomorrowMorning', () => {
  it('is 08:00 on the next day of the sender’s own calendar', () => {
    // 23:30 UTC is already half past midnight on the 3rd in Berlin: tomorrow is the 4th.
    expect(tomorrowMorning('Europe/Berlin', at('2026-03-02T23:30:00Z'))).toBe(
      '2026-03-04T07:00:00.000Z',
    );
    expect(tomorrowMorning('Europe/Berlin', at('2026-03-02T06:00:00Z'))).toBe(
      '2026-03-03T07:00:00.000Z',
    );
    // Los Angeles is still on the 2nd when UTC has moved on to the 3rd.
    expect(tomorrowMorning('America/Los_Angeles', at('2026-03-03T05:00:00Z'))).toBe(
      '2026-03-03T16:00:00.000Z',
    );
  });

  it('follows the clocks when they change overnight', () => {
    // Berlin springs forward in the night to 29 March 2026: 08:00 is then 06:00 UTC.
    expect(tomorrowMorning('Europe/Berlin', at('2026-03-28T20:00:00Z'))).toBe(
      '2026-03-29T06:00:00.000Z',
    );
    expect(tomorrowMorning('Europe/Berlin', at('2026-10-24T20:00:00Z'))).toBe(
      '2026-10-25T07:00:00.000Z',
    );
  });
});

describe('pickedInstant and pickRange', () => {
  it('reads a datetime-local value on the wall clock of the sender’s zone', () => {
    expect(pickedInstant('2026-03-05T21:30', 'Europe/Berlin')).toBe('2026-03-05T20:30:00.000Z');
    expect(pickedInstant('2026-03-05T21:30:00', 'UTC')).toBe('2026-03-05T21:30:00.000Z');
    expect(pickedInstant('', 'UTC')).toBeUndefined();
    expect(pickedInstant('soon', 'UTC')).toBeUndefined();
  });

  it('offers from now to thirty days ahead, as the picker writes them', () => {
    expect(pickRange('Europe/Berlin', at('2026-03-02T18:05:00Z'))).toEqual({
      min: '2026-03-02T19:05',
      max: '2026-04-01T20:05', // summer time by then
    });
  });
});

describe('deliveryFor', () => {
  const now = at('2026-03-02T18:00:00Z');

  it('sends now without a time, and tomorrow morning at 08:00', () => {
    expect(deliveryFor('now', '', 'UTC', now)).toEqual({ deliverAt: undefined });
    expect(deliveryFor('morning', '', 'UTC', now)).toEqual({
      deliverAt: '2026-03-03T08:00:00.000Z',
    });
  });

  it('takes a picked time still to come and within thirty days, and says why not otherwise', () => {
    expect(deliveryFor('pick', '2026-03-02T20:00', 'UTC', now)).toEqual({
      deliverAt: '2026-03-02T20:00:00.000Z',
    });
    expect(deliveryFor('pick', '', 'UTC', now)).toEqual({ problem: 'pickMissing' });
    expect(deliveryFor('pick', '2026-03-02T17:59', 'UTC', now)).toEqual({ problem: 'pickPast' });
    expect(deliveryFor('pick', '2026-04-01T18:00', 'UTC', now)).toEqual({
      deliverAt: '2026-04-01T18:00:00.000Z',
    });
    expect(deliveryFor('pick', '2026-04-01T18:01', 'UTC', now)).toEqual({
      problem: 'pickTooFar',
    });
  });
});

describe('whenInWords and sentConfirmation', () => {
  const now = at('2026-03-02T18:00:00Z');

  it('names today and tomorrow, and a later day by its date, in the viewer’s zone', () => {
    expect(plain(whenInWords('2026-03-02T20:30:00Z', 'UTC', now))).toBe('today at 8:30 PM');
    expect(plain(whenInWords('2026-03-03T08:00:00Z', 'UTC', now))).toBe('tomorrow at 8:00 AM');
    expect(plain(whenInWords('2026-03-06T08:00:00Z', 'UTC', now))).toBe('Fri, Mar 6 at 8:00 AM');
    // 23:30 UTC is already tomorrow in Berlin.
    expect(plain(whenInWords('2026-03-02T23:30:00Z', 'Europe/Berlin', now))).toBe(
      'tomorrow at 12:30 AM',
    );
  });

  it('tells the sender it arrived now, or when it will', () => {
    const sent = { arrived: true, deliverAt: '2026-03-02T18:00:00Z' };
    expect(sentConfirmation(sent, 'Sam', 'UTC', now)).toBe('Sent — Sam will see it now.');
    const later = { arrived: false, deliverAt: '2026-03-03T08:00:00.000Z' };
    expect(plain(sentConfirmation(later, 'Sam', 'UTC', now))).toBe(
      'Scheduled for tomorrow at 8:00 AM.',
    );
  });

  it('counts a note as arrived once its time has passed, even before a refetch says so', () => {
    const later = { arrived: false, deliverAt: '2026-03-03T08:00:00.000Z' };
    expect(hasArrived(later, now)).toBe(false);
    expect(hasArrived(later, at('2026-03-03T08:00:00Z'))).toBe(true);
  });
});
