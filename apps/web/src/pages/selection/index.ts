import type { Area } from '../area';

export const selectionArea: Area = {};
