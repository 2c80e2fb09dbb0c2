import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordRequests } from '../../lib/api/record-requests';
import {
  addIdea,
  agreeToAgreement,
  answerFollowUp,
  deleteTopic,
  fetchPatterns,
  fetchRepairs,
  fetchTopic,
  fetchTopics,
  followThroughItem,
  logRepair,
  pauseTopic,
  proposeAgreement,
  raiseTopic,
  resumeTopic,
  updateTopic,
  writePerspective,
} from './conflicts-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

const base = '/api/v1/spaces/s1/conflicts';
const side = { happened: 'a', felt: 'b', need: 'c', myPart: 'd' };

describe('the conflicts api', () => {
  it.each([
    [() => fetchTopics('s1'), { method: 'GET', url: base, body: undefined }],
    [() => fetchTopic('s1', 't1'), { method: 'GET', url: `${base}/t1`, body: undefined }],
    [
      () => raiseTopic('s1', { title: 'Money', text: 'I worry.', tags: ['money'] }),
      { method: 'POST', url: base, body: { title: 'Money', text: 'I worry.', tags: ['money'] } },
    ],
    [
      () => updateTopic('s1', 't1', { tags: ['time'] }),
      { method: 'PATCH', url: `${base}/t1`, body: { tags: ['time'] } },
    ],
    [
      () => pauseTopic('s1', 't1', 30),
      { method: 'POST', url: `${base}/t1/pause`, body: { minutes: 30 } },
    ],
    [() => resumeTopic('s1', 't1'), { method: 'POST', url: `${base}/t1/resume`, body: {} }],
    [
      () => writePerspective('s1', 't1', side),
      { method: 'PUT', url: `${base}/t1/perspective`, body: side },
    ],
    [
      () => addIdea('s1', 't1', 'A walk after dinner'),
      { method: 'POST', url: `${base}/t1/ideas`, body: { text: 'A walk after dinner' } },
    ],
    [
      () =>
        proposeAgreement('s1', 't1', {
          items: [{ text: 'Phones away at 8', ownerId: 'u1' }],
          checkOn: '2026-03-16',
        }),
      {
        method: 'PUT',
        url: `${base}/t1/agreement`,
        body: { items: [{ text: 'Phones away at 8', ownerId: 'u1' }], checkOn: '2026-03-16' },
      },
    ],
    [() => agreeToAgreement('s1', 't1'), { method: 'POST', url: `${base}/t1/agree`, body: {} }],
    [
      () => followThroughItem('s1', 't1', 'i1', { kind: 'decision', question: 'Which evenings?' }),
      {
        method: 'POST',
        url: `${base}/t1/agreement/i1/follow-through`,
        body: { kind: 'decision', question: 'Which evenings?' },
      },
    ],
    [
      () => answerFollowUp('s1', 't1', { held: 'partly', note: 'Most days' }),
      { method: 'PUT', url: `${base}/t1/follow-up`, body: { held: 'partly', note: 'Most days' } },
    ],
    [() => fetchPatterns('s1'), { method: 'GET', url: `${base}/patterns`, body: undefined }],
    [() => fetchRepairs('s1'), { method: 'GET', url: `${base}/repairs`, body: undefined }],
    [
      () => logRepair('s1', { kind: 'sorry', topicId: 't1' }),
      { method: 'POST', url: `${base}/repairs`, body: { kind: 'sorry', topicId: 't1' } },
    ],
  ])('sends each request to the right place (%#)', async (request, expected) => {
    const requests = recordRequests();
    await request();
    expect(requests()).toEqual([expected]);
  });

  it('deletes a topic', async () => {
    const requests = recordRequests(204);
    await deleteTopic('s1', 't1');
    expect(requests()).toEqual([{ method: 'DELETE', url: `${base}/t1`, body: {} }]);
  });

  it('encodes ids that came from the address bar', async () => {
    const requests = recordRequests();
    await fetchTopic('s1', 'a/b');
    expect(requests()[0]?.url).toBe(`${base}/a%2Fb`);
  });
});
