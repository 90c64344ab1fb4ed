import type { Area } from '../area';

export const publicArea: Area = {};
