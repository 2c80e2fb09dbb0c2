import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordRequests } from '../../../lib/api/record-requests';
import {
  discardSummary,
  fetchTalkSession,
  fetchTalkSessions,
  makeMove,
  saveSummary,
  startTalk,
} from './talk-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

const sessions = '/api/v1/spaces/s1/sessions';

describe('the talk api', () => {
  it.each([
    [() => fetchTalkSessions('s1'), { method: 'GET', url: sessions, body: undefined }],
    [() => fetchTalkSession('s1', 'x1'), { method: 'GET', url: `${sessions}/x1`, body: undefined }],
    [
      () => startTalk('s1', { topic: 'Our evenings' }),
      { method: 'POST', url: sessions, body: { topic: 'Our evenings' } },
    ],
    [
      () => startTalk('s1', { topic: 'Money', partnerId: 'u2' }),
      { method: 'POST', url: sessions, body: { topic: 'Money', partnerId: 'u2' } },
    ],
    [
      () => makeMove('s1', 'x1', { type: 'speak', text: 'I feel alone.' }),
      {
        method: 'POST',
        url: `${sessions}/x1/moves`,
        body: { type: 'speak', text: 'I feel alone.' },
      },
    ],
    [
      () => makeMove('s1', 'x1', { type: 'confirm' }),
      { method: 'POST', url: `${sessions}/x1/moves`, body: { type: 'confirm' } },
    ],
    [
      () => saveSummary('s1', 'x1', 'We listened.'),
      { method: 'PUT', url: `${sessions}/x1/summary`, body: { text: 'We listened.' } },
    ],
    [
      () => discardSummary('s1', 'x1'),
      { method: 'DELETE', url: `${sessions}/x1/summary`, body: {} },
    ],
  ])('sends each request to the right place (%#)', async (request, expected) => {
    const requests = recordRequests();
    await request();
    expect(requests()).toEqual([expected]);
  });

  it('encodes ids that came from the address bar', async () => {
    const requests = recordRequests();
    await fetchTalkSession('s1', 'a/b');
    expect(requests()[0]?.url).toBe(`${sessions}/a%2Fb`);
  });
});
