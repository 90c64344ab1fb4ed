import type { Catalogue } from '../area';

export const cohortsCatalogue: Catalogue = { en: {}, mn: {} };
