import { useOutletContext } from 'react-router';
import type { Space } from '@tandem/shared';

/** The space loaded by `SpaceLayout`, available to every page inside it. */
export function useCurrentSpace(): Space {
  return useOutletContext<Space>();
}
