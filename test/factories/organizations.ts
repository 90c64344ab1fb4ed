import { randomBytes } from 'node:crypto';
import type { Role } from '@hatchery/core';
import type { System } from '../support/system';
import { SignedIn, users } from './users';

export interface OrganizationInput {
  name: string;
  slug: string;
  kind: string;
  ownership: string;
  timezone: string;
  defaultCurrency: string;
}

export const organizations = {
  build(overrides: Partial<OrganizationInput> = {}): OrganizationInput {
    const tag = randomBytes(4).toString('hex');
    return {
      name: `Park ${tag}`,
      slug: `park-${tag}`,
      kind: 'public_incubator',
      ownership: 'local',
      timezone: 'Asia/Ulaanbaatar',
      defaultCurrency: 'MNT',
      ...overrides,
    };
  },

  /** Creates an organization owned by `owner`. */
  async create(system: System, owner: SignedIn, overrides: Partial<OrganizationInput> = {}) {
    const response = await system.http.post('/api/v1/organizations', organizations.build(overrides), owner.token);
    if (response.status !== 201) throw new Error(`create organization failed: ${JSON.stringify(response.body)}`);
    return response.body as OrganizationInput & { id: string };
  },
};

/**
 * Puts a member with `role` straight into the organization (as the migrations' owner would),
 * so tests about roles need not walk the invitation flow each time.
 */
export async function addMember(system: System, organizationId: string, role: Role, person?: SignedIn): Promise<SignedIn> {
  const member = person ?? (await users.create(system));
  await system.db.query(
    `INSERT INTO memberships (id, organization_id, user_id, role) VALUES (gen_random_uuid(), $1, $2, $3)`,
    [organizationId, member.id, role],
  );
  return member;
}
