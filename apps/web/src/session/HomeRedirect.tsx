import { Navigate } from 'react-router';
import { Loading } from './guards';
import { useMe, useSessionState } from './use-session';

/** "/": a member goes to their first organization, anyone else to the open calls. */
export function HomeRedirect() {
  const { status } = useSessionState();
  const me = useMe();
  if (status === 'unknown' || (status === 'authenticated' && me.isPending)) return <Loading />;
  const first = me.data?.organizations[0];
  return <Navigate to={first ? `/o/${first.slug}` : '/calls'} replace />;
}
