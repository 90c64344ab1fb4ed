import { createElement } from 'react';
import type { Area } from '../area';
import { CallPage } from './CallPage';
import { OpenCallsPage } from './OpenCallsPage';

export const publicArea: Area = {
  publicRoutes: [
    { path: 'calls', element: createElement(OpenCallsPage) },
    { path: 'calls/:slug/:callId', element: createElement(CallPage) },
  ],
};
