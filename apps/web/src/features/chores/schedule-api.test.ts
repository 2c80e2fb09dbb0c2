import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordRequests } from '../../lib/api/record-requests';
import { fetchAgenda, runAgendaAction, type AgendaAction } from './schedule-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runAgendaAction', () => {
  const occurrence = '/api/v1/spaces/s1/chores/c1/occurrences/2026-11-24';
  const cases: [AgendaAction, { method: string; url: string; body: unknown }][] = [
    [
      { kind: 'done' },
      {
        method: 'POST',
        url: '/api/v1/spaces/s1/chores/c1/completions',
        body: { kind: 'done', dueOn: '2026-11-24' },
      },
    ],
    [
      { kind: 'done', actualMinutes: 20, note: 'Glass too', doneBy: 'u2' },
      {
        method: 'POST',
        url: '/api/v1/spaces/s1/chores/c1/completions',
        body: {
          kind: 'done',
          actualMinutes: 20,
          note: 'Glass too',
          doneBy: 'u2',
          dueOn: '2026-11-24',
        },
      },
    ],
    [
      { kind: 'skip' },
      {
        method: 'POST',
        url: '/api/v1/spaces/s1/chores/c1/completions',
        body: { kind: 'skipped', dueOn: '2026-11-24' },
      },
    ],
    [
      { kind: 'undo', completionId: 'x9' },
      { method: 'DELETE', url: '/api/v1/spaces/s1/chores/c1/completions/x9', body: {} },
    ],
    [
      { kind: 'snooze', until: '2026-11-26' },
      { method: 'PUT', url: `${occurrence}/snooze`, body: { until: '2026-11-26' } },
    ],
    [{ kind: 'unsnooze' }, { method: 'DELETE', url: `${occurrence}/snooze`, body: {} }],
    [
      { kind: 'ask', to: 'u2' },
      { method: 'PUT', url: `${occurrence}/handoff`, body: { to: 'u2' } },
    ],
    [
      { kind: 'answer', accept: false },
      { method: 'POST', url: `${occurrence}/handoff/answer`, body: { accept: false } },
    ],
    [{ kind: 'withdraw' }, { method: 'DELETE', url: `${occurrence}/handoff`, body: {} }],
  ];

  it.each(cases)('sends %o to the right place', async (action, expected) => {
    const requests = recordRequests(204);
    await runAgendaAction('s1', 'c1', '2026-11-24', action);
    expect(requests()).toEqual([expected]);
  });
});

describe('fetchAgenda', () => {
  it('asks for this week', async () => {
    const requests = recordRequests(204);
    await fetchAgenda('s1');
    expect(requests()).toEqual([
      { method: 'GET', url: '/api/v1/spaces/s1/chores/agenda?days=7', body: undefined },
    ]);
  });
});
