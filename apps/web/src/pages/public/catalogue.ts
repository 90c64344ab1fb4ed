import type { Catalogue } from '../area';

export const publicCatalogue: Catalogue = { en: {}, mn: {} };
