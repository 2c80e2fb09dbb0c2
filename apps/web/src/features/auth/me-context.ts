import { createContext, useContext } from 'react';
import type { Me } from '@tandem/shared';

/** Provided by the auth guard, so screens behind it always have a signed-in person. */
export const MeContext = createContext<Me | null>(null);

export function useSignedInMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useSignedInMe is only available behind RequireAuth.');
  return me;
}
