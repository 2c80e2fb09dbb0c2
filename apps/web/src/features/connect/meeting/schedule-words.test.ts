import { describe, expect, it } from 'vitest';
import { buildSettings } from './meeting-test-data';
import { clockInWords, scheduleFormValues, scheduleLine, settingsBody } from './schedule-words';

const before = new Date('2026-11-25T12:00:00.000Z'); // a Wednesday
const noSettings = { weekday: null, time: null, timeZone: null, nextAt: null };

describe('scheduleLine', () => {
  it('says the weekly time and the day it next comes round', () => {
    expect(scheduleLine(buildSettings(), 'Europe/Berlin', before)).toBe(
      'Sundays at 7:00 PM — next on Sun, Nov 29',
    );
  });

  it('says so when that is today', () => {
    const sundayMorning = new Date('2026-11-29T09:00:00.000Z');
    expect(scheduleLine(buildSettings(), 'Europe/Berlin', sundayMorning)).toBe(
      'Sundays at 7:00 PM — next one today',
    );
  });

  it('names each weekday', () => {
    const monday = buildSettings({ weekday: 0, time: '08:30', nextAt: null });
    expect(scheduleLine(monday, 'Europe/Berlin', before)).toBe('Mondays at 8:30 AM');
  });

  it('says whose clock it is on, and when it falls on mine, for someone elsewhere', () => {
    expect(scheduleLine(buildSettings(), 'America/New_York', before)).toBe(
      'Sundays at 7:00 PM, Europe/Berlin time — next on Sun, Nov 29 at 1:00 PM your time',
    );
  });

  it('says nothing until a time is picked', () => {
    expect(scheduleLine(noSettings, 'Europe/Berlin', before)).toBeUndefined();
  });
});

describe('clockInWords', () => {
  it('says a wall-clock time as the locale does', () => {
    expect(clockInWords('19:00')).toBe('7:00 PM');
    expect(clockInWords('00:05')).toBe('12:05 AM');
  });
});

describe('scheduleFormValues', () => {
  it('suggests Sunday evening until a time is picked', () => {
    expect(scheduleFormValues(noSettings, 'Europe/Berlin')).toEqual({
      weekday: '6',
      time: '19:00',
    });
  });

  it('starts from the time picked, on my clock', () => {
    expect(scheduleFormValues(buildSettings(), 'Europe/Berlin')).toEqual({
      weekday: '6',
      time: '19:00',
    });
    expect(scheduleFormValues(buildSettings(), 'America/New_York')).toEqual({
      weekday: '6',
      time: '13:00',
    });
    // 19:00 on a Sunday in Berlin is 03:00 on the Monday in Tokyo.
    expect(scheduleFormValues(buildSettings(), 'Asia/Tokyo')).toEqual({
      weekday: '0',
      time: '03:00',
    });
  });
});

describe('settingsBody', () => {
  it('takes a weekday and a time to the minute', () => {
    expect(settingsBody({ weekday: '6', time: '19:00' })).toEqual({
      body: { weekday: 6, time: '19:00' },
    });
    expect(settingsBody({ weekday: '0', time: '07:30:00' })).toEqual({
      body: { weekday: 0, time: '07:30' },
    });
  });

  it('says what is missing', () => {
    expect(settingsBody({ weekday: '', time: '19:00' })).toEqual({ problem: 'weekday' });
    expect(settingsBody({ weekday: '7', time: '19:00' })).toEqual({ problem: 'weekday' });
    expect(settingsBody({ weekday: '6', time: '' })).toEqual({ problem: 'time' });
  });
});
