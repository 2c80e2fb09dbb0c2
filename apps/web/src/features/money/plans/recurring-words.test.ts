import { describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import {
  choiceToRrule,
  isRepeatChoice,
  repeatChoices,
  repeatInWords,
  scheduleInWords,
} from './recurring-words';

describe('choiceToRrule', () => {
  it('gives the rule for each choice, one the server accepts', () => {
    expect(repeatChoices.map(choiceToRrule)).toEqual([
      'FREQ=WEEKLY',
      'FREQ=WEEKLY;INTERVAL=2',
      'FREQ=MONTHLY',
      'FREQ=MONTHLY;INTERVAL=3',
      'FREQ=YEARLY',
    ]);
  });

  it('words each rule as the choice that made it', () => {
    for (const choice of repeatChoices) {
      expect(repeatInWords(choiceToRrule(choice))).toBe(t(`money.plans.recurring.often.${choice}`));
    }
  });

  it('knows its own choices only', () => {
    expect(isRepeatChoice('monthly')).toBe(true);
    expect(isRepeatChoice('daily')).toBe(false);
  });
});

describe('repeatInWords', () => {
  it('reads rules made elsewhere', () => {
    expect(repeatInWords('FREQ=DAILY')).toBe('Every day');
    expect(repeatInWords('FREQ=MONTHLY;INTERVAL=2')).toBe('Every 2 months');
    expect(repeatInWords('FREQ=YEARLY;INTERVAL=2')).toBe('Every 2 years');
    expect(repeatInWords('FREQ=WEEKLY;BYDAY=FR')).toBe('Fridays');
  });

  it('shows a rule it cannot read as it is', () => {
    expect(repeatInWords('FREQ=HOURLY')).toBe('FREQ=HOURLY');
  });
});

describe('scheduleInWords', () => {
  it('says how often and when next', () => {
    const rent = { rrule: 'FREQ=MONTHLY', nextOn: '2026-12-01', ended: false };
    expect(scheduleInWords(rent, '2026-11-20')).toBe('Every month, next on Dec 1');
    expect(scheduleInWords({ ...rent, nextOn: '2027-01-01' }, '2026-11-20')).toBe(
      'Every month, next on Jan 1, 2027',
    );
  });

  it('says when it is stopped, and no next date', () => {
    expect(
      scheduleInWords({ rrule: 'FREQ=WEEKLY;INTERVAL=2', nextOn: null, ended: true }, '2026-11-20'),
    ).toBe('Every 2 weeks · stopped');
  });
});
