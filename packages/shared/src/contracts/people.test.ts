import { describe, expect, it } from 'vitest';
import { contactBody, personBody, supportContactBody } from './people';

describe('people contracts', () => {
  it('takes a wish of 1 to 730 days, or none', () => {
    expect(personBody.safeParse({ name: 'Jo', everyDays: 14 }).success).toBe(true);
    expect(personBody.safeParse({ name: 'Jo', everyDays: null }).success).toBe(true);
    for (const everyDays of [0, 731, 1.5, '14']) {
      expect(personBody.safeParse({ name: 'Jo', everyDays }).success).toBe(false);
    }
    expect(personBody.safeParse({ name: '  ' }).success).toBe(false);
  });

  it('knows three kinds of contact and real days only', () => {
    expect(contactBody.safeParse({ kind: 'meetup', date: '2026-02-28' }).success).toBe(true);
    expect(contactBody.safeParse({ kind: 'visit' }).success).toBe(false);
    expect(contactBody.safeParse({ kind: 'call', date: '2026-02-30' }).success).toBe(false);
    expect(contactBody.safeParse({ kind: 'call', presentIds: [] }).success).toBe(false);
  });

  it('takes web addresses that cannot run script, and lets a field be emptied', () => {
    const base = { name: 'Ana', visibility: 'shared' };
    expect(
      supportContactBody.safeParse({ ...base, website: 'https://ana.example.org' }).success,
    ).toBe(true);
    expect(supportContactBody.safeParse({ ...base, website: '', email: '' }).success).toBe(true);
    for (const website of ['javascript:alert(1)', 'ftp://x.org', 'ana.example.org']) {
      expect(supportContactBody.safeParse({ ...base, website }).success).toBe(false);
    }
    expect(supportContactBody.safeParse({ ...base, email: 'not mail' }).success).toBe(false);
  });
});
