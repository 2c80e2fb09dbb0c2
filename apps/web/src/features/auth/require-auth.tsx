import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadError } from '../../app/load-error';
import { withNext } from '../../lib/next-path';
import { Loading } from '../../ui/loading';
import { MeContext } from './me-context';
import { useMe } from './use-me';

/** Shows its routes to a signed-in person; anyone else signs in first and comes back. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <div className="centered-state">
        <Loading />
      </div>
    );
  }
  if (me.isError) {
    return (
      <main className="public-main" id="main">
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) {
    return <Navigate to={withNext('/login', location.pathname + location.search)} replace />;
  }
  return (
    <MeContext value={me.data}>
      <Outlet />
    </MeContext>
  );
}
