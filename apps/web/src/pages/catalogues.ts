import type { Catalogue } from './area';
import { accountCatalogue } from './account/catalogue';
import { billingCatalogue } from './billing/catalogue';
import { cohortsCatalogue } from './cohorts/catalogue';
import { equityCatalogue } from './equity/catalogue';
import { fundingCatalogue } from './funding/catalogue';
import { mentorsCatalogue } from './mentors/catalogue';
import { organizationCatalogue } from './organization/catalogue';
import { paymentsCatalogue } from './payments/catalogue';
import { publicCatalogue } from './public/catalogue';
import { selectionCatalogue } from './selection/catalogue';
import { spacesCatalogue } from './spaces/catalogue';

/** Keyed by area: t('cohorts.grid.title') reads cohortsCatalogue.en.grid.title. */
export const catalogues: Record<string, Catalogue> = {
  account: accountCatalogue,
  billing: billingCatalogue,
  cohorts: cohortsCatalogue,
  equity: equityCatalogue,
  funding: fundingCatalogue,
  mentors: mentorsCatalogue,
  organization: organizationCatalogue,
  payments: paymentsCatalogue,
  public: publicCatalogue,
  selection: selectionCatalogue,
  spaces: spacesCatalogue,
};
