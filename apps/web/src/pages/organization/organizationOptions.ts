import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client';

export type OrganizationKind = Schemas['OrganizationKind'];
export type Ownership = Schemas['Ownership'];
export type Role = Schemas['Role'];

export const KINDS: OrganizationKind[] = ['industrial_technology_park', 'science_innovation_park', 'public_incubator', 'private_business_park', 'accelerator', 'startup_studio', 'coworking_hub'];
export const OWNERSHIPS: Ownership[] = ['state', 'local', 'private', 'ppp'];
export const ROLES: Role[] = ['owner', 'manager', 'reviewer', 'mentor', 'founder'];

export function kindOptions(t: TFunction) {
  return KINDS.map((value) => ({ value, label: t(`organization.kinds.${value}`) }));
}

export function ownershipOptions(t: TFunction) {
  return OWNERSHIPS.map((value) => ({ value, label: t(`organization.ownerships.${value}`) }));
}

export function roleOptions(t: TFunction, roles: readonly Role[] = ROLES) {
  return roles.map((value) => ({ value, label: t(`organization.roles.${value}`) }));
}

export function timezoneOptions(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** Every ISO 4217 code the browser knows, the common ones for Mongolian parks first. */
export function currencyOptions(): string[] {
  const first = ['MNT', 'USD', 'EUR'];
  return [...first, ...Intl.supportedValuesOf('currency').filter((code) => !first.includes(code))];
}
