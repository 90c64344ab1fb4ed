import type { Area } from './area';
import { accountArea } from './account';
import { billingArea } from './billing';
import { cohortsArea } from './cohorts';
import { equityArea } from './equity';
import { fundingArea } from './funding';
import { mentorsArea } from './mentors';
import { organizationArea } from './organization';
import { paymentsArea } from './payments';
import { publicArea } from './public';
import { selectionArea } from './selection';
import { spacesArea } from './spaces';

export const areas: Area[] = [organizationArea, selectionArea, cohortsArea, equityArea, fundingArea, mentorsArea, spacesArea, billingArea, paymentsArea, accountArea, publicArea];
