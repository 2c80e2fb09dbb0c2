import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { PromptRound } from '@tandem/shared';
import { ApiError } from '../../../lib/api/api-error';
import { queryKeys } from '../../../lib/api/query-keys';
import { queryKeysForEvent } from '../../../lib/realtime/event-keys';
import { buildAnswer, buildRound } from './prompt-test-data';
import type { RoundList } from './round-list';
import { promptMutationOptions } from './use-prompts';

const key = queryKeys.promptRounds('s1');
const listOf = (...items: PromptRound[]): RoundList => ({ items });

/** A client with the rounds on screen (an active query), answered by `server` on every fetch. */
async function showingRounds(server: () => RoundList | Promise<RoundList>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const fetches = vi.fn(() => Promise.resolve(server()));
  const observer = new QueryObserver(client, { queryKey: key, queryFn: fetches });
  const unsubscribe = observer.subscribe(() => undefined);
  await vi.waitFor(() => expect(client.getQueryData(key)).toBeDefined());
  return { client, fetches, unsubscribe };
}

function run<V, R>(
  client: QueryClient,
  options: ReturnType<typeof promptMutationOptions<V, R>>,
  v: V,
) {
  return client
    .getMutationCache()
    .build(client, options)
    .execute(v)
    .catch(() => undefined);
}

describe('prompt query keys', () => {
  it('all sit under conversations, so a prompt event refreshes them on the partner’s screen', () => {
    const stale = queryKeysForEvent('s1', {
      entity: 'prompt',
      id: 'r1',
      updatedAt: '2025-03-01T08:00:00.000Z',
    });
    for (const promptKey of [
      queryKeys.promptDecks('s1'),
      queryKeys.promptRounds('s1'),
      queryKeys.ownPrompts('s1'),
    ]) {
      expect(stale.some((prefix) => prefix.every((part, i) => promptKey[i] === part))).toBe(true);
    }
  });
});

describe('promptMutationOptions', () => {
  it('shows my answered round at once and reports success after the rounds are refetched', async () => {
    const asked = buildRound();
    const answered = buildRound({ answers: [buildAnswer('me')], waitingFor: ['sam'] });
    let refetch: Promise<RoundList> | undefined;
    let answerRefetch: (list: RoundList) => void = () => undefined;
    const { client, fetches, unsubscribe } = await showingRounds(() => refetch ?? listOf(asked));
    const onSuccess = vi.fn(() => client.getQueryData<RoundList>(key));
    const options = promptMutationOptions(
      client,
      's1',
      () => {
        refetch = new Promise((resolve) => (answerRefetch = resolve));
        return Promise.resolve(answered);
      },
      { onSuccess },
    );
    const done = run(client, options, 'A bakery');
    await vi.waitFor(() => expect(fetches).toHaveBeenCalledTimes(2));
    // The refetch is still on its way: my answer shows already, the outcome waits.
    expect(client.getQueryData<RoundList>(key)?.items).toEqual([answered]);
    expect(onSuccess).not.toHaveBeenCalled();

    const revealed = buildRound({
      answers: [buildAnswer('me'), buildAnswer('sam')],
      waitingFor: [],
    });
    answerRefetch(listOf(revealed));
    await done;
    expect(onSuccess).toHaveReturnedWith(listOf(revealed)); // the server's word, Sam's answer too
    unsubscribe();
  });

  it('puts a newly asked round on top of the list', async () => {
    const older = buildRound({ id: 'old' });
    let refetch: Promise<RoundList> | undefined;
    const { client, fetches, unsubscribe } = await showingRounds(() => refetch ?? listOf(older));
    const options = promptMutationOptions(client, 's1', () => {
      refetch = new Promise(() => undefined); // still on its way when we look
      return Promise.resolve(buildRound({ id: 'new' }));
    });
    void run(client, options, undefined);
    await vi.waitFor(() => expect(fetches).toHaveBeenCalledTimes(2));
    expect(client.getQueryData<RoundList>(key)?.items.map((r) => r.id)).toEqual(['new', 'old']);
    unsubscribe();
  });

  it('reports a refusal, after refetching, and leaves the list to the server', async () => {
    const round = buildRound();
    const { client, unsubscribe } = await showingRounds(() => listOf(round));
    const onError = vi.fn();
    const onSuccess = vi.fn();
    const refusal = new ApiError(409, 'answer_final', 'x');
    const options = promptMutationOptions(client, 's1', () => Promise.reject(refusal), {
      onError,
      onSuccess,
    });
    await run(client, options, 'Changed');
    expect(onError).toHaveBeenCalledWith(refusal);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(client.getQueryData<RoundList>(key)).toEqual(listOf(round));
    unsubscribe();
  });

  it('changes no round for a result that is not one (a prompt of our own)', async () => {
    const round = buildRound();
    const { client, unsubscribe } = await showingRounds(() => listOf(round));
    const options = promptMutationOptions(client, 's1', () =>
      Promise.resolve({ id: 'o1', deck: 'future', depth: 'light', text: 'May?', createdBy: 'me' }),
    );
    await run(client, options, undefined);
    expect(client.getQueryData<RoundList>(key)).toEqual(listOf(round));
    unsubscribe();
  });
});
