import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, Me, RegisterBody } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { fetchMe, login, logout, register } from './auth-api';

/**
 * Who is signed in. Asked again whenever the tab comes back into view, however fresh: another
 * tab of this browser may have signed someone else in meanwhile.
 */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: fetchMe,
    staleTime: 60_000,
    refetchOnWindowFocus: 'always',
  });
}

/** The query client forgets whatever it held for anyone else as soon as `me` changes. */
function useSignIn<Body>(request: (body: Body) => Promise<Me>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (me) => queryClient.setQueryData(queryKeys.me, me),
  });
}

export const useLogin = () => useSignIn((body: LoginBody) => login(body));
export const useRegister = () => useSignIn((body: RegisterBody) => register(body));

/** Signs out, then reloads at the welcome page so nothing of the session stays in memory. */
export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSuccess: () => window.location.assign('/'),
  });
}
