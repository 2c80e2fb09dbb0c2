import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCatalogue, isApiErrorBody } from '../errors';
import { isRealtimeEvent } from '../events';
import { registerBody } from './auth';
import { createCheckinBody, listCheckinsQuery } from './checkins';

describe('contracts', () => {
  it('normalises emails and names, and defaults visibility to shared', () => {
    const parsed = registerBody.parse({
      email: ' Sam@Example.COM ',
      password: 'long enough',
      displayName: '  Sam ',
    });
    expect(parsed).toMatchObject({ email: 'sam@example.com', displayName: 'Sam' });
    expect(createCheckinBody.parse({ mood: 3 }).visibility).toBe('shared');
  });

  it('accepts only real calendar days and bounded ranges', () => {
    expect(createCheckinBody.safeParse({ mood: 3, date: '2026-02-29' }).success).toBe(false);
    expect(createCheckinBody.safeParse({ mood: 3, date: '2028-02-29' }).success).toBe(true);
    expect(listCheckinsQuery.safeParse({ from: '2026-01-01', to: '2026-03-03' }).success).toBe(
      true,
    );
    expect(listCheckinsQuery.safeParse({ from: '2026-01-01', to: '2026-03-04' }).success).toBe(
      false,
    );
    expect(listCheckinsQuery.safeParse({ from: '2026-01-02', to: '2026-01-01' }).success).toBe(
      false,
    );
    expect(
      listCheckinsQuery.safeParse({ date: '2026-01-02', from: '2026-01-01', to: '2026-01-03' })
        .success,
    ).toBe(false);
  });

  it('gives every error code a 4xx or 5xx status and recognises the error shape', () => {
    for (const [code, { status }] of Object.entries(errorCatalogue)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(isApiErrorBody({ error: { code, message: 'm' } })).toBe(true);
    }
    expect(isApiErrorBody({ error: { code: 'made_up', message: 'm' } })).toBe(false);
    fc.assert(fc.property(fc.jsonValue(), (value) => void isApiErrorBody(value)));
  });

  it('recognises only content-free real-time events', () => {
    expect(isRealtimeEvent({ entity: 'checkin', id: 'x', updatedAt: 't' })).toBe(true);
    expect(isRealtimeEvent({ entity: 'checkin', id: 'x', updatedAt: 't', need: 'leak' })).toBe(
      false,
    );
    expect(isRealtimeEvent({ entity: 'secret', id: 'x', updatedAt: 't' })).toBe(false);
  });
});
