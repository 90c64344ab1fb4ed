import type { Area } from '../area';

export const accountArea: Area = {};
