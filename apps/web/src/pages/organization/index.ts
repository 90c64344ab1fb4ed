import type { Area } from '../area';

export const organizationArea: Area = {};
