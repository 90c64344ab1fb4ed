import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import i18n from './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, Modal, Notification, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { ApiError } from './api/problem';
import { router } from './router';
import { session } from './session/session-store';

// Shade 9 and darker text on light backgrounds: WCAG AA contrast (4.5:1) for links, light badges
// and secondary text, which Mantine's defaults miss on white.
const theme = createTheme({
  // Filled colours at shade 9 (hover 8) and a teal whose 8 and 9 are dark enough: white text on
  // buttons and badges passes AA; autoContrast puts dark text on the light ones (yellow).
  colors: { brand: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0ca678', '#087f5b', '#0a6e50'] },
  primaryColor: 'brand',
  primaryShade: 9,
  autoContrast: true,
  // Mantine's close buttons have no accessible name of their own (axe: critical).
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': i18n.t('actions.close') } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': i18n.t('actions.close') } } }),
  },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

/** A hex colour darkened towards black (factor 0.7 keeps the hue, reaches 4.5:1 on the light tints). */
function darken(hex: string, factor = 0.7): string {
  const channels = [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * factor));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const contrast: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': resolved.colors.red[9],
    ...Object.fromEntries(Object.keys(resolved.colors).map((color) => [`--mantine-color-${color}-light-color`, darken(resolved.colors[color][9])])),
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final; retrying a 403 or 404 only delays the page that explains it.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// A reload keeps the person logged in through the refresh cookie.
void session.refresh();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
