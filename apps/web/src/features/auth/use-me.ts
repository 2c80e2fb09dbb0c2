import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, Me, RegisterBody } from '@tandem/shared';
import { forgetEverythingButMe } from '../../app/query-client';
import { queryKeys } from '../../lib/api/query-keys';
import { fetchMe, login, logout, register } from './auth-api';

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}

/** After signing in, nothing cached for a previous person may be shown. */
function useSignIn<Body>(request: (body: Body) => Promise<Me>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (me) => {
      forgetEverythingButMe(queryClient);
      queryClient.setQueryData(queryKeys.me, me);
    },
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
