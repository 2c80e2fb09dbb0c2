import { Navigate } from 'react-router';
import { PublicLayoutFrame } from './public-layout';
import { LoadError } from './load-error';
import { Loading } from '../ui/loading';
import { useMe } from '../features/auth/use-me';
import { WelcomePage } from '../features/auth/welcome-page';
import { readLastSpace } from '../features/spaces/last-space';
import { homePath } from '../features/spaces/space-paths';
import { useSpaces } from '../features/spaces/use-spaces';

/** `/`: the welcome page for visitors; for a signed-in person, their last space or the list. */
export function HomePage() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) {
    return (
      <PublicLayoutFrame>
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      </PublicLayoutFrame>
    );
  }
  if (!me.data) {
    return (
      <PublicLayoutFrame>
        <WelcomePage />
      </PublicLayoutFrame>
    );
  }
  return <GoToLastSpace userId={me.data.id} />;
}

function GoToLastSpace({ userId }: { userId: string }) {
  const spaces = useSpaces();
  if (spaces.isPending) return <Loading />;
  const ids = spaces.data?.items.map((space) => space.id) ?? [];
  return <Navigate to={homePath(ids, readLastSpace(userId))} replace />;
}
