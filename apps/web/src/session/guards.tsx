import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { ForbiddenPage, NotFoundPage } from '../components/ErrorPage';
import { OrganizationProvider } from '../components/organization';
import { useMe, useSessionState } from './use-session';
import type { Role } from './use-session';

function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** Children only for a logged-in person; otherwise to /login, coming back here afterwards. */
export function RequireSession() {
  const { status, expired } = useSessionState();
  const location = useLocation();
  if (status === 'unknown') return <Loading />;
  if (status === 'anonymous') return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}${expired ? '&expired=1' : ''}`} replace />;
  return <Outlet />;
}

/** /o/:slug/…: the organization must be one of the person's; its membership is given to the pages. */
export function OrganizationRoute() {
  const { slug } = useParams();
  const me = useMe();
  if (me.isPending) return <Loading />;
  const organization = me.data?.organizations.find((candidate) => candidate.slug === slug);
  if (!organization) return <NotFoundPage />;
  return (
    <OrganizationProvider organization={organization}>
      <Outlet />
    </OrganizationProvider>
  );
}

/** A page for some roles only: the others get the 403 page, not a broken screen. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: React.ReactNode }) {
  const { slug } = useParams();
  const me = useMe();
  const organization = me.data?.organizations.find((candidate) => candidate.slug === slug);
  if (!organization) return <Loading />;
  return roles.includes(organization.role) ? <>{children}</> : <ForbiddenPage />;
}

export { Loading };
