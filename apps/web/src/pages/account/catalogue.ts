import type { Catalogue } from '../area';

export const accountCatalogue: Catalogue = { en: {}, mn: {} };
