import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordRequests } from '../../../lib/api/record-requests';
import {
  addAction,
  addAgendaTopic,
  endMeeting,
  fetchAgenda,
  fetchMeetings,
  fetchMeetingSettings,
  removeAgendaTopic,
  saveMeetingSettings,
  setActionDone,
  startMeeting,
  updateMeeting,
} from './meeting-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

const meeting = '/api/v1/spaces/s1/meeting';

describe('the meeting api', () => {
  it.each([
    [() => fetchMeetingSettings('s1'), { method: 'GET', url: `${meeting}/settings` }],
    [
      () => saveMeetingSettings('s1', { weekday: 6, time: '19:00' }),
      { method: 'PUT', url: `${meeting}/settings`, body: { weekday: 6, time: '19:00' } },
    ],
    [() => fetchAgenda('s1'), { method: 'GET', url: `${meeting}/agenda` }],
    [
      () => addAgendaTopic('s1', 'Holiday plans'),
      { method: 'POST', url: `${meeting}/agenda`, body: { text: 'Holiday plans' } },
    ],
    [
      () => removeAgendaTopic('s1', 't1'),
      { method: 'DELETE', url: `${meeting}/agenda/t1`, body: {} },
    ],
    [() => fetchMeetings('s1'), { method: 'GET', url: `${meeting}s` }],
    [() => startMeeting('s1'), { method: 'POST', url: `${meeting}s`, body: {} }],
    [
      () => updateMeeting('s1', 'm1', { step: 'topics', notes: { wentWell: 'A walk' } }),
      {
        method: 'PATCH',
        url: `${meeting}s/m1`,
        body: { step: 'topics', notes: { wentWell: 'A walk' } },
      },
    ],
    [() => endMeeting('s1', 'm1'), { method: 'POST', url: `${meeting}s/m1/end`, body: {} }],
    [
      () => addAction('s1', 'm1', { text: 'Call Jo', ownerId: 'u2', dueOn: '2026-12-15' }),
      {
        method: 'POST',
        url: `${meeting}s/m1/actions`,
        body: { text: 'Call Jo', ownerId: 'u2', dueOn: '2026-12-15' },
      },
    ],
    [
      () => setActionDone('s1', 'a1', true),
      { method: 'PATCH', url: `${meeting}/actions/a1`, body: { done: true } },
    ],
  ])('sends each request to the right place (%#)', async (request, expected) => {
    const requests = recordRequests();
    await request();
    expect(requests()).toEqual([{ body: undefined, ...expected }]);
  });

  it('encodes ids', async () => {
    const requests = recordRequests();
    await removeAgendaTopic('s/1', 'a/b');
    expect(requests()[0]?.url).toBe('/api/v1/spaces/s%2F1/meeting/agenda/a%2Fb');
  });
});
