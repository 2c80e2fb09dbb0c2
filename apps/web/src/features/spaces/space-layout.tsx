import { useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { LoadError } from '../../app/load-error';
import { useSpaceEvents } from '../../lib/realtime/use-space-events';
import { useSignedInMe } from '../auth/me-context';
import { Loading } from '../../ui/loading';
import { rememberLastSpace } from './last-space';
import { useSpace } from './use-spaces';

/** Loads the space (404 → not found), keeps it live over WebSocket, remembers it as the last used. */
export function SpaceLayout() {
  const { spaceId = '' } = useParams();
  const me = useSignedInMe();
  const space = useSpace(spaceId);
  useSpaceEvents(spaceId, space.isSuccess);

  const loadedId = space.data?.id;
  useEffect(() => {
    if (loadedId) rememberLastSpace(me.id, loadedId);
  }, [me.id, loadedId]);

  if (space.isPending) return <Loading />;
  if (space.isError) return <LoadError error={space.error} onRetry={() => void space.refetch()} />;
  return <Outlet context={space.data} />;
}
