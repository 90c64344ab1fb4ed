import type { Role } from '@hatchery/core';
import { addMember, organizations } from './factories/organizations';
import { SignedIn, users } from './factories/users';
import { countRows, startSystem, System } from './support/system';

describe('members: list, change roles, remove; the last owner stays', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(() => system.close());

  const membersUrl = (slug: string) => `/api/v1/organizations/${slug}/members`;
  const roleOf = async (organizationId: string, userId: string): Promise<Role | undefined> => {
    const { rows } = await system.db.query('SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2', [organizationId, userId]);
    return rows[0]?.role;
  };
  const owners = (organizationId: string) => countRows(system, 'memberships', `organization_id = $1 AND role = 'owner'`, [organizationId]);

  /** A fresh organization with one member of each role. */
  async function team() {
    const owner = await users.create(system);
    const organization = await organizations.create(system, owner);
    const manager = await addMember(system, organization.id, 'manager');
    const reviewer = await addMember(system, organization.id, 'reviewer');
    const mentor = await addMember(system, organization.id, 'mentor');
    const founder = await addMember(system, organization.id, 'founder');
    return { organization, owner, manager, reviewer, mentor, founder };
  }

  describe('listing', () => {
    let t: Awaited<ReturnType<typeof team>>;

    beforeAll(async () => {
      t = await team();
    });

    it.each(['owner', 'manager', 'reviewer'] as const)('lets a %s list the members with their roles', async (role) => {
      const response = await system.http.get(membersUrl(t.organization.slug), t[role].token);
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(5);
      const byId = Object.fromEntries(response.body.map((m: { userId: string; role: Role }) => [m.userId, m]));
      for (const who of ['owner', 'manager', 'reviewer', 'mentor', 'founder'] as const) {
        expect(byId[t[who].id]).toEqual({ userId: t[who].id, email: t[who].email, name: expect.any(String), role: who, joinedAt: expect.any(String) });
      }
    });

    it.each(['founder', 'mentor'] as const)('refuses a %s with 403 FORBIDDEN', async (role) => {
      const response = await system.http.get(membersUrl(t.organization.slug), t[role].token);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    });

    it('answers a non-member with 404 and lists only this organization for a member of several', async () => {
      const outsider = await users.create(system);
      expect((await system.http.get(membersUrl(t.organization.slug), outsider.token)).status).toBe(404);

      // The owner of this one is a member of another organization too: its members do not leak in.
      const other = await organizations.create(system, t.owner);
      await addMember(system, other.id, 'founder');
      const response = await system.http.get(membersUrl(t.organization.slug), t.owner.token);
      expect(response.body).toHaveLength(5);
      const otherList = await system.http.get(membersUrl(other.slug), t.owner.token);
      expect(otherList.body.map((m: { role: Role }) => m.role).sort()).toEqual(['founder', 'owner']);
    });

    it('requires a token (401)', async () => {
      expect((await system.http.get(membersUrl(t.organization.slug))).status).toBe(401);
    });
  });

  describe('changing roles and removing members', () => {
    it('lets an owner change a role, returns the member and writes an audit entry', async () => {
      const { organization, owner, mentor } = await team();
      const response = await system.http.patch(`${membersUrl(organization.slug)}/${mentor.id}`, { role: 'reviewer' }, owner.token);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ userId: mentor.id, email: mentor.email, role: 'reviewer' });
      expect(await roleOf(organization.id, mentor.id)).toBe('reviewer');

      const { rows } = await system.db.query(
        `SELECT actor_user_id, changes FROM audit_entries WHERE organization_id = $1 AND action = 'member.role-changed'`,
        [organization.id],
      );
      expect(rows).toEqual([{ actor_user_id: owner.id, changes: { role: { before: 'mentor', after: 'reviewer' } } }]);
      const audit = await system.http.get(`/api/v1/organizations/${organization.slug}/audit`, owner.token);
      expect(audit.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'member.role-changed', actorUserId: owner.id })]));
    });

    it('lets a manager change a non-owner role', async () => {
      const { organization, manager, founder } = await team();
      const response = await system.http.patch(`${membersUrl(organization.slug)}/${founder.id}`, { role: 'mentor' }, manager.token);
      expect(response.status).toBe(200);
      expect(await roleOf(organization.id, founder.id)).toBe('mentor');
    });

    it('refuses a manager making an owner, demoting an owner or removing one (403), changing nothing', async () => {
      const { organization, owner, manager, mentor } = await team();
      const auditBefore = await countRows(system, 'audit_entries', 'organization_id = $1', [organization.id]);

      const promote = await system.http.patch(`${membersUrl(organization.slug)}/${mentor.id}`, { role: 'owner' }, manager.token);
      expect(promote.status).toBe(403);
      expect(promote.body.code).toBe('FORBIDDEN');
      expect(await roleOf(organization.id, mentor.id)).toBe('mentor');

      const self = await system.http.patch(`${membersUrl(organization.slug)}/${manager.id}`, { role: 'owner' }, manager.token);
      expect(self.status).toBe(403);
      expect(await roleOf(organization.id, manager.id)).toBe('manager');

      const demote = await system.http.patch(`${membersUrl(organization.slug)}/${owner.id}`, { role: 'founder' }, manager.token);
      expect(demote.status).toBe(403);
      expect(demote.body.code).toBe('FORBIDDEN');
      expect(await roleOf(organization.id, owner.id)).toBe('owner');

      const remove = await system.http.delete(`${membersUrl(organization.slug)}/${owner.id}`, manager.token);
      expect(remove.status).toBe(403);
      expect(await roleOf(organization.id, owner.id)).toBe('owner');

      expect(await countRows(system, 'audit_entries', 'organization_id = $1', [organization.id])).toBe(auditBefore);
    });

    it.each(['reviewer', 'mentor', 'founder'] as const)('refuses a %s changing or removing anyone (403)', async (role) => {
      const t = await team();
      const target = role === 'founder' ? t.mentor : t.founder;
      const targetRole = role === 'founder' ? 'mentor' : 'founder';
      const patch = await system.http.patch(`${membersUrl(t.organization.slug)}/${target.id}`, { role: 'manager' }, t[role].token);
      expect(patch.status).toBe(403);
      const remove = await system.http.delete(`${membersUrl(t.organization.slug)}/${target.id}`, t[role].token);
      expect(remove.status).toBe(403);
      expect(await roleOf(t.organization.id, target.id)).toBe(targetRole);
    });

    it('lets an owner make another owner', async () => {
      const { organization, owner, manager } = await team();
      const response = await system.http.patch(`${membersUrl(organization.slug)}/${manager.id}`, { role: 'owner' }, owner.token);
      expect(response.status).toBe(200);
      expect(await owners(organization.id)).toBe(2);
    });

    it('removes a member (204), audited; the removed person loses access', async () => {
      const { organization, owner, reviewer } = await team();
      const response = await system.http.delete(`${membersUrl(organization.slug)}/${reviewer.id}`, owner.token);
      expect(response.status).toBe(204);
      expect(await roleOf(organization.id, reviewer.id)).toBeUndefined();
      expect(await countRows(system, 'audit_entries', `organization_id = $1 AND action = 'member.removed'`, [organization.id])).toBe(1);
      expect((await system.http.get(membersUrl(organization.slug), reviewer.token)).status).toBe(404);

      const again = await system.http.delete(`${membersUrl(organization.slug)}/${reviewer.id}`, owner.token);
      expect(again.status).toBe(404);
    });

    it('lets a manager remove a founder', async () => {
      const { organization, manager, founder } = await team();
      expect((await system.http.delete(`${membersUrl(organization.slug)}/${founder.id}`, manager.token)).status).toBe(204);
      expect(await roleOf(organization.id, founder.id)).toBeUndefined();
    });

    it('answers 404 for a user who is not a member here (or not a uuid), and 400 for an unknown role', async () => {
      const { organization, owner } = await team();
      const stranger = await users.create(system);
      expect((await system.http.patch(`${membersUrl(organization.slug)}/${stranger.id}`, { role: 'mentor' }, owner.token)).status).toBe(404);
      expect((await system.http.delete(`${membersUrl(organization.slug)}/${stranger.id}`, owner.token)).status).toBe(404);
      expect((await system.http.patch(`${membersUrl(organization.slug)}/not-a-uuid`, { role: 'mentor' }, owner.token)).status).toBe(404);
      const bad = await system.http.patch(`${membersUrl(organization.slug)}/${owner.id}`, { role: 'admin' }, owner.token);
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('role');
    });

    it('does not touch a member of another organization through this one', async () => {
      const a = await team();
      const b = await team();
      const response = await system.http.patch(`${membersUrl(a.organization.slug)}/${b.founder.id}`, { role: 'manager' }, a.owner.token);
      expect(response.status).toBe(404);
      expect(await roleOf(b.organization.id, b.founder.id)).toBe('founder');
      expect((await system.http.delete(`${membersUrl(a.organization.slug)}/${b.founder.id}`, a.owner.token)).status).toBe(404);
      expect(await roleOf(b.organization.id, b.founder.id)).toBe('founder');
    });
  });

  describe('the last owner', () => {
    it('can be neither demoted nor removed: 409 LAST_OWNER, role unchanged', async () => {
      const owner = await users.create(system);
      const organization = await organizations.create(system, owner);
      await addMember(system, organization.id, 'manager');

      const demote = await system.http.patch(`${membersUrl(organization.slug)}/${owner.id}`, { role: 'manager' }, owner.token);
      expect(demote.status).toBe(409);
      expect(demote.body.code).toBe('LAST_OWNER');
      expect(await roleOf(organization.id, owner.id)).toBe('owner');

      const remove = await system.http.delete(`${membersUrl(organization.slug)}/${owner.id}`, owner.token);
      expect(remove.status).toBe(409);
      expect(remove.body.code).toBe('LAST_OWNER');
      expect(await roleOf(organization.id, owner.id)).toBe('owner');
      expect(await countRows(system, 'audit_entries', `organization_id = $1 AND action LIKE 'member.%'`, [organization.id])).toBe(0);

      // Setting the same role is a no-op, not a conflict.
      const same = await system.http.patch(`${membersUrl(organization.slug)}/${owner.id}`, { role: 'owner' }, owner.token);
      expect(same.status).toBe(200);
      expect(same.body.role).toBe('owner');
    });

    it('with two owners, one may demote the other (and then not themselves)', async () => {
      const first = await users.create(system);
      const organization = await organizations.create(system, first);
      const second = await addMember(system, organization.id, 'owner');

      const demote = await system.http.patch(`${membersUrl(organization.slug)}/${second.id}`, { role: 'manager' }, first.token);
      expect(demote.status).toBe(200);
      expect(demote.body.role).toBe('manager');
      expect(await roleOf(organization.id, second.id)).toBe('manager');

      const self = await system.http.patch(`${membersUrl(organization.slug)}/${first.id}`, { role: 'manager' }, first.token);
      expect(self.status).toBe(409);
      expect(self.body.code).toBe('LAST_OWNER');
      expect(await owners(organization.id)).toBe(1);
    });

    it('with two owners, one may remove the other, then cannot leave', async () => {
      const first = await users.create(system);
      const organization = await organizations.create(system, first);
      const second = await addMember(system, organization.id, 'owner');
      expect((await system.http.delete(`${membersUrl(organization.slug)}/${second.id}`, first.token)).status).toBe(204);
      const leave = await system.http.delete(`${membersUrl(organization.slug)}/${first.id}`, first.token);
      expect(leave.status).toBe(409);
      expect(leave.body.code).toBe('LAST_OWNER');
      expect(await owners(organization.id)).toBe(1);
    });

    it.each([
      ['demote each other', (slug: string, a: SignedIn, b: SignedIn) => [
        system.http.patch(`${membersUrl(slug)}/${b.id}`, { role: 'manager' }, a.token),
        system.http.patch(`${membersUrl(slug)}/${a.id}`, { role: 'manager' }, b.token),
      ]],
      ['remove each other', (slug: string, a: SignedIn, b: SignedIn) => [
        system.http.delete(`${membersUrl(slug)}/${b.id}`, a.token),
        system.http.delete(`${membersUrl(slug)}/${a.id}`, b.token),
      ]],
      ['both step down', (slug: string, a: SignedIn, b: SignedIn) => [
        system.http.patch(`${membersUrl(slug)}/${a.id}`, { role: 'manager' }, a.token),
        system.http.patch(`${membersUrl(slug)}/${b.id}`, { role: 'manager' }, b.token),
      ]],
    ])('when two owners %s at the same moment, exactly one succeeds and one owner remains', async (_label, race) => {
      for (let round = 0; round < 5; round++) {
        const a = await users.create(system);
        const organization = await organizations.create(system, a);
        const b = await addMember(system, organization.id, 'owner');
        const results = await Promise.all(race(organization.slug, a, b));
        const succeeded = results.filter((r) => r.status < 300);
        const refused = results.filter((r) => r.status >= 400);
        expect(succeeded).toHaveLength(1);
        expect(refused).toHaveLength(1);
        // Usually LAST_OWNER; if the winner committed before the loser's membership check even
        // ran, the loser is already a manager (403) or gone (404), which is as correct.
        expect([
          [409, 'LAST_OWNER'],
          [403, 'FORBIDDEN'],
          [404, 'NOT_FOUND'],
        ]).toContainEqual([refused[0].status, refused[0].body.code]);
        expect(await owners(organization.id)).toBe(1);
      }
    });
  });
});
