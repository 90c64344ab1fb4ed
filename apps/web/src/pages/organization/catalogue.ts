import type { Catalogue } from '../area';

export const organizationCatalogue: Catalogue = { en: {}, mn: {} };
