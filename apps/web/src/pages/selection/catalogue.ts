import type { Catalogue } from '../area';

export const selectionCatalogue: Catalogue = { en: {}, mn: {} };
