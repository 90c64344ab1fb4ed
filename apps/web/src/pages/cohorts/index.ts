import type { Area } from '../area';

export const cohortsArea: Area = {};
