import { createBrowserRouter } from 'react-router';
import { NotFoundPage, RouteErrorPage } from './components/ErrorPage';
import { Shell } from './layout/Shell';
import { areas } from './pages/areas';
import { OrganizationRoute, RequireSession } from './session/guards';
import { HomeRedirect } from './session/HomeRedirect';
import { LoginPage, RegisterPage } from './session/LoginPage';

export const router = createBrowserRouter([
  {
    element: <Shell />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      ...areas.flatMap((area) => area.publicRoutes ?? []),
      {
        element: <RequireSession />,
        children: [
          ...areas.flatMap((area) => area.accountRoutes ?? []),
          { path: 'o/:slug', element: <OrganizationRoute />, children: areas.flatMap((area) => area.organizationRoutes ?? []) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
