import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../lib/api/query-keys';
import { queryKeysForEvent } from '../../lib/realtime/event-keys';
import { buildDecision } from './test-data';
import { decisionMutationOptions } from './use-decisions';

const run = <V, R>(
  client: QueryClient,
  options: ReturnType<typeof decisionMutationOptions<V, R>>,
  v: V,
) => client.getMutationCache().build(client, options).execute(v);

describe('decision query keys', () => {
  it('all sit under decisions, so a decision event refreshes them on the partner’s screen', () => {
    const stale = queryKeysForEvent('s1', {
      entity: 'decision',
      id: 'd1',
      updatedAt: '2026-03-01T08:00:00.000Z',
    });
    for (const key of [
      queryKeys.decisionList('s1'),
      queryKeys.decision('s1', 'd1'),
      queryKeys.decisionSettings('s1'),
      queryKeys.decisionLog('s1'),
    ]) {
      expect(stale.some((prefix) => prefix.every((part, i) => key[i] === part))).toBe(true);
    }
  });
});

describe('decisionMutationOptions', () => {
  it('shows the decision the server sent back at once, then refetches everything about decisions', async () => {
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const scored = buildDecision({ waitingFor: ['sam'] });
    await run(
      client,
      decisionMutationOptions(client, 's1', () => Promise.resolve(scored)),
      undefined,
    );
    expect(client.getQueryData(queryKeys.decision('s1', 'd1'))).toBe(scored);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.decisions('s1') });
  });

  it('refetches after a refusal too, and leaves the decision as it was', async () => {
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const refused = decisionMutationOptions(client, 's1', () => Promise.reject(new Error('409')));
    await expect(run(client, refused, undefined)).rejects.toThrow('409');
    expect(client.getQueryData(queryKeys.decision('s1', 'd1'))).toBeUndefined();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.decisions('s1') });
  });
});
