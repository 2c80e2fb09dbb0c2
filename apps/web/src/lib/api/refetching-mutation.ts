import type { MutationOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * The mutation shape the features share, kept in one place so they cannot drift apart: show
 * what the server answered with at once (where the feature knows how), then refetch everything
 * under `refetch` — after a refusal too, since a partner may have changed things meanwhile. The
 * mutation stays pending until the refetch is done, so a button is busy until its change is on
 * screen.
 */
export function refetchingMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  refetch: QueryKey,
  request: (variables: Variables) => Promise<Result>,
  showAnswer?: (result: Result) => void,
): MutationOptions<Result, unknown, Variables> {
  return {
    mutationFn: request,
    onSuccess: (result) => showAnswer?.(result),
    onSettled: () => queryClient.invalidateQueries({ queryKey: refetch }),
  };
}
