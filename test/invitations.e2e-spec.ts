import { randomBytes } from 'node:crypto';
import type { Role } from '@hatchery/core';
import { addMember, organizations } from './factories/organizations';
import { SignedIn, users } from './factories/users';
import type { ReceivedMail } from './support/mailbox';
import { countRows, startSystem, System } from './support/system';

const TOKEN_IN_LINK = /\/invitations\/([A-Za-z0-9_-]{86})(?![A-Za-z0-9_-])/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('invitations: invite by email, the worker mails the link, the invitee accepts', () => {
  let system: System;
  let owner: SignedIn;
  let organization: Awaited<ReturnType<typeof organizations.create>>;

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    owner = await users.create(system);
    organization = await organizations.create(system, owner);
  });
  afterAll(() => system.close());

  const emailFor = () => `invitee-${randomBytes(4).toString('hex')}@example.org`;
  const invitationsUrl = (slug = organization.slug) => `/api/v1/organizations/${slug}/invitations`;
  const invite = (by: SignedIn, email: string, role: Role | string, headers?: Record<string, string>, slug?: string) =>
    system.http.post(invitationsUrl(slug), { email, role }, by.token, headers);
  const accept = (token: string, by: SignedIn) => system.http.post(`/api/v1/invitations/${token}/accept`, undefined, by.token);

  const mailsTo = (address: string) => system.mailbox.messages.filter((m) => m.to.includes(address));

  /** Waits until at least `count` messages reached `address`; returns the `count`-th. */
  async function nthMail(address: string, count: number, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = mailsTo(address);
      if (found.length >= count) return found[count - 1];
      if (Date.now() > deadline) throw new Error(`fewer than ${count} mails to ${address} within ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  const tokenIn = (mail: ReceivedMail): string => {
    const match = TOKEN_IN_LINK.exec(mail.text);
    if (!match) throw new Error(`no invitation link in:\n${mail.text}`);
    return match[1];
  };

  /** Invites `email` as `role` (by the owner) and returns the invitation and the token from the mail. */
  async function invited(email: string, role: Role = 'mentor', nth = 1) {
    const response = await invite(owner, email, role);
    expect(response.status).toBe(201);
    const mail = await nthMail(email, nth);
    return { invitation: response.body, token: tokenIn(mail), mail };
  }

  const isMember = (userId: string, organizationId = organization.id) =>
    countRows(system, 'memberships', 'organization_id = $1 AND user_id = $2', [organizationId, userId]).then((n) => n === 1);

  async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  describe('the happy path', () => {
    let bobEmail: string;
    let bob: SignedIn;
    let token: string;
    let invitationId: string;

    it('creates a pending invitation (201) and the worker mails it exactly once with the organization, the role and an accept link', async () => {
      bobEmail = emailFor();
      const response = await invite(owner, bobEmail, 'mentor');
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        email: bobEmail,
        role: 'mentor',
        status: 'pending',
        expiresAt: expect.any(String),
        createdAt: expect.any(String),
      });
      expect(response.body).not.toHaveProperty('token');
      expect(response.body).not.toHaveProperty('tokenHash');
      invitationId = response.body.id;
      const expiresInDays = (Date.parse(response.body.expiresAt) - Date.now()) / 86_400_000;
      expect(expiresInDays).toBeGreaterThan(6.9);
      expect(expiresInDays).toBeLessThanOrEqual(7);

      // One outbox row, handed to BullMQ by the worker's relay.
      expect(await countRows(system, 'outbox_messages', `job_name = 'invitation.send' AND payload->>'invitationId' = $1`, [invitationId])).toBe(1);

      const mail = await system.mailbox.waitFor(bobEmail);
      expect(mail.to).toEqual([bobEmail]);
      expect(mail.subject).toContain(organization.name);
      expect(mail.text).toContain(organization.name);
      expect(mail.text).toContain('mentor');
      token = tokenIn(mail);
      expect(mail.text).toMatch(new RegExp(`https?://\\S+/invitations/${token}`));

      // The token itself is never stored; only its hash.
      const { rows } = await system.db.query('SELECT token_hash, email_sent_at FROM invitations WHERE id = $1', [invitationId]);
      expect(rows[0].token_hash).not.toContain(token);

      await waitUntil('email_sent_at', async () => {
        const { rows: sent } = await system.db.query('SELECT email_sent_at FROM invitations WHERE id = $1', [invitationId]);
        return sent[0].email_sent_at !== null;
      });
      await waitUntil('the outbox row to be relayed', async () => {
        const { rows: relayed } = await system.db.query(`SELECT relayed_at FROM outbox_messages WHERE payload->>'invitationId' = $1`, [invitationId]);
        return relayed[0].relayed_at !== null;
      });

      // Several relay cycles later, still one mail: the job was relayed and sent once.
      await sleep(1500);
      expect(mailsTo(bobEmail)).toHaveLength(1);
    });

    it('lets the invitee (signed in with that email) accept: 200 with the organization, a membership, listed under their organizations', async () => {
      bob = await users.create(system, { email: bobEmail });
      const response = await accept(token, bob);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: organization.id, slug: organization.slug, name: organization.name, role: 'mentor' });

      const { rows } = await system.db.query('SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2', [organization.id, bob.id]);
      expect(rows).toEqual([{ role: 'mentor' }]);
      const { rows: invitation } = await system.db.query('SELECT accepted_at, accepted_by_user_id FROM invitations WHERE id = $1', [invitationId]);
      expect(invitation[0].accepted_at).not.toBeNull();
      expect(invitation[0].accepted_by_user_id).toBe(bob.id);

      const mine = await system.http.get('/api/v1/organizations', bob.token);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual([expect.objectContaining({ id: organization.id, slug: organization.slug, role: 'mentor' })]);

      // The invitation now reads as accepted.
      const list = await system.http.get(invitationsUrl(), owner.token);
      expect(list.body.find((i: { id: string }) => i.id === invitationId)).toMatchObject({ status: 'accepted' });
    });

    it('refuses a second use of the same token with 409 INVITATION_USED', async () => {
      const again = await accept(token, bob);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('INVITATION_USED');
      expect(await countRows(system, 'memberships', 'organization_id = $1 AND user_id = $2', [organization.id, bob.id])).toBe(1);
    });

    it('refuses to invite someone who is already a member with 409 ALREADY_MEMBER and writes nothing', async () => {
      const invitationsBefore = await countRows(system, 'invitations');
      const outboxBefore = await countRows(system, 'outbox_messages');
      const response = await invite(owner, bobEmail.toUpperCase(), 'reviewer');
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('ALREADY_MEMBER');
      expect(await countRows(system, 'invitations')).toBe(invitationsBefore);
      expect(await countRows(system, 'outbox_messages')).toBe(outboxBefore);
    });
  });

  describe('the preview (GET /invitations/{token}, no login)', () => {
    const preview = (token: string) => system.http.get(`/api/v1/invitations/${token}`);

    it('shows the organization, the role, the address masked, the status and the expiry: nothing else', async () => {
      const email = emailFor();
      const { invitation, token } = await invited(email, 'founder');
      const response = await preview(token);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        organization: { slug: organization.slug, name: organization.name },
        role: 'founder',
        email: `i***@example.org`,
        status: 'pending',
        expiresAt: invitation.expiresAt,
      });
      expect(JSON.stringify(response.body)).not.toContain(email.split('@')[0]);
      expect(JSON.stringify(response.body)).not.toContain(invitation.id);
      expect(JSON.stringify(response.body)).not.toContain(organization.id);
    });

    it('shows an expired, a used and a revoked (or replaced) invitation as such, writing nothing', async () => {
      const expired = await invited(emailFor());
      await system.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.invitation.id]);
      const usedEmail = emailFor();
      const used = await invited(usedEmail);
      expect((await accept(used.token, await users.create(system, { email: usedEmail }))).status).toBe(200);
      const replacedEmail = emailFor();
      const replaced = await invited(replacedEmail, 'mentor', 1);
      await invited(replacedEmail, 'reviewer', 2);
      const audits = await countRows(system, 'audit_entries', 'organization_id = $1', [organization.id]);

      expect((await preview(expired.token)).body).toEqual(expect.objectContaining({ status: 'expired', role: 'mentor' }));
      expect((await preview(used.token)).body).toEqual(expect.objectContaining({ status: 'accepted' }));
      expect((await preview(replaced.token)).body).toEqual(expect.objectContaining({ status: 'revoked' }));
      expect(await countRows(system, 'audit_entries', 'organization_id = $1', [organization.id])).toBe(audits);
    });

    it.each([
      ['a character changed in the MAC', (token: string) => token.slice(0, 60) + (token[60] === 'A' ? 'B' : 'A') + token.slice(61)],
      ['a character changed in the invitation id', (token: string) => token.slice(0, 30) + (token[30] === 'A' ? 'B' : 'A') + token.slice(31)],
      ['garbage', () => 'not-a-token'],
    ])('answers %s with 404 INVITATION_INVALID, naming nothing', async (_label, spoil) => {
      const { token } = await invited(emailFor());
      const response = await preview(spoil(token));
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'INVITATION_INVALID' });
      expect(JSON.stringify(response.body)).not.toContain(organization.slug);
    });
  });

  describe('tokens that must not work', () => {
    it('refuses a person with another email with 403 INVITATION_EMAIL_MISMATCH; no membership and the invitation stays usable', async () => {
      const email = emailFor();
      const { invitation, token } = await invited(email);
      const stranger = await users.create(system);
      const response = await accept(token, stranger);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('INVITATION_EMAIL_MISMATCH');
      expect(await isMember(stranger.id)).toBe(false);
      const { rows } = await system.db.query('SELECT accepted_at FROM invitations WHERE id = $1', [invitation.id]);
      expect(rows[0].accepted_at).toBeNull();

      // The addressee still can.
      const addressee = await users.create(system, { email });
      expect((await accept(token, addressee)).status).toBe(200);
    });

    it('refuses an expired invitation with 410 INVITATION_EXPIRED and no membership', async () => {
      const email = emailFor();
      const { invitation, token } = await invited(email);
      await system.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invitation.id]);
      const invitee = await users.create(system, { email });
      const response = await accept(token, invitee);
      expect(response.status).toBe(410);
      expect(response.body.code).toBe('INVITATION_EXPIRED');
      expect(await isMember(invitee.id)).toBe(false);
    });

    it.each([
      ['in the organization id', 5],
      ['in the invitation id', 30],
      ['in the MAC', 60],
    ])('refuses a token with one character changed %s with 404 INVITATION_INVALID', async (_where, position) => {
      const email = emailFor();
      const { token } = await invited(email);
      const forged = token.slice(0, position) + (token[position] === 'A' ? 'B' : 'A') + token.slice(position + 1);
      expect(forged).not.toBe(token);
      const invitee = await users.create(system, { email });
      const response = await accept(forged, invitee);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('INVITATION_INVALID');
      expect(await isMember(invitee.id)).toBe(false);
    });

    it.each([
      ['garbage', 'not-a-token'],
      ['too long', 'A'.repeat(87)],
    ])('refuses a %s token with 404 INVITATION_INVALID', async (_label, token) => {
      const person = await users.create(system);
      const response = await accept(token, person);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('INVITATION_INVALID');
    });

    it('requires a signed-in caller to accept (401)', async () => {
      const { token } = await invited(emailFor());
      const response = await system.http.post(`/api/v1/invitations/${token}/accept`, undefined);
      expect(response.status).toBe(401);
    });

    it('refuses a revoked invitation (DELETE …/invitations/{id}) with 404 INVITATION_INVALID and no membership', async () => {
      const email = emailFor();
      const { invitation, token } = await invited(email);
      const revoke = await system.http.delete(`${invitationsUrl()}/${invitation.id}`, owner.token);
      expect(revoke.status).toBe(204);
      const { rows } = await system.db.query('SELECT revoked_at FROM invitations WHERE id = $1', [invitation.id]);
      expect(rows[0].revoked_at).not.toBeNull();

      const invitee = await users.create(system, { email });
      const response = await accept(token, invitee);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('INVITATION_INVALID');
      expect(await isMember(invitee.id)).toBe(false);
    });

    it('re-inviting the same email revokes the earlier pending invitation: its token fails, the new one works', async () => {
      const email = emailFor();
      const first = await invited(email, 'mentor', 1);
      const second = await invited(email, 'reviewer', 2);
      expect(second.invitation.id).not.toBe(first.invitation.id);
      expect(second.token).not.toBe(first.token);
      expect(second.mail.text).toContain('reviewer');

      const { rows } = await system.db.query('SELECT id, revoked_at FROM invitations WHERE email = $1 ORDER BY created_at', [email]);
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.id === first.invitation.id).revoked_at).not.toBeNull();
      expect(rows.find((r) => r.id === second.invitation.id).revoked_at).toBeNull();

      const invitee = await users.create(system, { email });
      const stale = await accept(first.token, invitee);
      expect(stale.status).toBe(404);
      expect(stale.body.code).toBe('INVITATION_INVALID');
      expect(await isMember(invitee.id)).toBe(false);

      const fresh = await accept(second.token, invitee);
      expect(fresh.status).toBe(200);
      expect(fresh.body.role).toBe('reviewer');
    });

    it('lets only one of two concurrent accepts of the same token through', async () => {
      const email = emailFor();
      const { invitation, token } = await invited(email);
      const invitee = await users.create(system, { email });
      const results = await Promise.all([accept(token, invitee), accept(token, invitee)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(['INVITATION_USED', 'ALREADY_MEMBER']).toContain(results.find((r) => r.status === 409)!.body.code);
      expect(await countRows(system, 'memberships', 'organization_id = $1 AND user_id = $2', [organization.id, invitee.id])).toBe(1);
      expect(await countRows(system, 'audit_entries', `entity_id = $1 AND action = 'invitation.accepted'`, [invitation.id])).toBe(1);
    });

    it('re-inviting the same email several times at once still leaves exactly one pending invitation', async () => {
      // Several rounds: an interleaving that exposes a lost revoke is likely, not certain, in one.
      for (let round = 0; round < 3; round++) {
        const email = emailFor();
        const responses = await Promise.all([1, 2, 3, 4].map(() => invite(owner, email, 'mentor')));
        expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201]);
        expect(await countRows(system, 'invitations', 'email = $1', [email])).toBe(4);
        expect(await countRows(system, 'invitations', 'email = $1 AND revoked_at IS NULL AND accepted_at IS NULL', [email])).toBe(1);
      }
    });

    it('does not let a token of one organization be used against another', async () => {
      const otherOwner = await users.create(system);
      const other = await organizations.create(system, otherOwner);
      const email = emailFor();
      const response = await invite(otherOwner, email, 'mentor', undefined, other.slug);
      expect(response.status).toBe(201);
      const token = tokenIn(await system.mailbox.waitFor(email));
      const invitee = await users.create(system, { email });
      const accepted = await accept(token, invitee);
      expect(accepted.status).toBe(200);
      expect(accepted.body.id).toBe(other.id);
      expect(await isMember(invitee.id, other.id)).toBe(true);
      expect(await isMember(invitee.id, organization.id)).toBe(false);
    });
  });

  describe('revoking', () => {
    it('answers 409 INVITATION_USED for an accepted invitation, 404 for an unknown one or one of another organization', async () => {
      const email = emailFor();
      const { invitation, token } = await invited(email);
      const invitee = await users.create(system, { email });
      expect((await accept(token, invitee)).status).toBe(200);
      const used = await system.http.delete(`${invitationsUrl()}/${invitation.id}`, owner.token);
      expect(used.status).toBe(409);
      expect(used.body.code).toBe('INVITATION_USED');

      expect((await system.http.delete(`${invitationsUrl()}/00000000-0000-4000-8000-000000000000`, owner.token)).status).toBe(404);

      const otherOwner = await users.create(system);
      const other = await organizations.create(system, otherOwner);
      const elsewhere = await invite(otherOwner, emailFor(), 'mentor', undefined, other.slug);
      const cross = await system.http.delete(`${invitationsUrl()}/${elsewhere.body.id}`, owner.token);
      expect(cross.status).toBe(404);
      const { rows } = await system.db.query('SELECT revoked_at FROM invitations WHERE id = $1', [elsewhere.body.id]);
      expect(rows[0].revoked_at).toBeNull();
    });

    it('normalizes the invited email (trimmed, lower case), so the person signs up and accepts with it', async () => {
      const email = emailFor();
      const response = await invite(owner, `  ${email.toUpperCase()} `, 'founder');
      expect(response.status).toBe(201);
      expect(response.body.email).toBe(email);
      const token = tokenIn(await system.mailbox.waitFor(email));
      const invitee = await users.create(system, { email });
      const accepted = await accept(token, invitee);
      expect(accepted.status).toBe(200);
      expect(accepted.body.role).toBe('founder');
    });
  });

  describe('who may invite, and what is refused without writing anything', () => {
    let counts: () => Promise<[number, number]>;

    beforeAll(() => {
      counts = async () => [
        await countRows(system, 'invitations', 'organization_id = $1', [organization.id]),
        await countRows(system, 'outbox_messages', 'organization_id = $1', [organization.id]),
      ];
    });

    it.each(['founder', 'mentor', 'reviewer'] as Role[])('refuses a %s with 403 FORBIDDEN', async (role) => {
      const member = await addMember(system, organization.id, role);
      const before = await counts();
      const response = await invite(member, emailFor(), 'founder');
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it('refuses a non-member with 404', async () => {
      const outsider = await users.create(system);
      const before = await counts();
      const response = await invite(outsider, emailFor(), 'founder');
      expect(response.status).toBe(404);
      expect(await counts()).toEqual(before);
    });

    it('refuses a manager inviting an owner with 403 FORBIDDEN', async () => {
      const manager = await addMember(system, organization.id, 'manager');
      const before = await counts();
      const response = await invite(manager, emailFor(), 'owner');
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it('lets a manager invite a mentor', async () => {
      const manager = await addMember(system, organization.id, 'manager');
      const response = await invite(manager, emailFor(), 'mentor');
      expect(response.status).toBe(201);
      expect(response.body.status).toBe('pending');
    });

    it.each([
      ['a bad email', { email: 'not-an-email', role: 'mentor' }, 'email'],
      ['a missing email', { role: 'mentor' }, 'email'],
      ['an unknown role', { email: 'x@example.org', role: 'admin' }, 'role'],
      ['a missing role', { email: 'x@example.org' }, 'role'],
      ['an unknown field', { email: 'x@example.org', role: 'mentor', organizationId: '00000000-0000-0000-0000-000000000000' }, 'organizationId'],
    ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_label, body, field) => {
      const before = await counts();
      const response = await system.http.post(invitationsUrl(), body, owner.token);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await counts()).toEqual(before);
    });
  });

  describe('Idempotency-Key', () => {
    const rowsFor = async (email: string) => ({
      invitations: await countRows(system, 'invitations', 'email = $1', [email]),
      outbox: await countRows(
        system,
        'outbox_messages',
        `payload->>'invitationId' IN (SELECT id::text FROM invitations WHERE email = $1)`,
        [email],
      ),
    });

    it('replays the first response for the same key and body, with Idempotent-Replayed: true, writing once', async () => {
      const email = emailFor();
      const key = `invite-${randomBytes(6).toString('hex')}`;
      const first = await invite(owner, email, 'mentor', { 'idempotency-key': key });
      const second = await invite(owner, email, 'mentor', { 'idempotency-key': key });
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(second.status).toBe(first.status);
      expect(second.body).toEqual(first.body);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(await rowsFor(email)).toEqual({ invitations: 1, outbox: 1 });
      // And the replayed invitation is still the pending one (the replay did not revoke it).
      const { rows } = await system.db.query('SELECT revoked_at FROM invitations WHERE id = $1', [first.body.id]);
      expect(rows[0].revoked_at).toBeNull();
    });

    it('refuses the same key with another body with 422 IDEMPOTENCY_KEY_REUSED and writes nothing new', async () => {
      const email = emailFor();
      const key = `invite-${randomBytes(6).toString('hex')}`;
      expect((await invite(owner, email, 'mentor', { 'idempotency-key': key })).status).toBe(201);
      const invitationsBefore = await countRows(system, 'invitations');
      const outboxBefore = await countRows(system, 'outbox_messages');

      const otherEmail = emailFor();
      const reused = await invite(owner, otherEmail, 'mentor', { 'idempotency-key': key });
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const otherRole = await invite(owner, email, 'reviewer', { 'idempotency-key': key });
      expect(otherRole.status).toBe(422);
      expect(otherRole.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

      expect(await countRows(system, 'invitations')).toBe(invitationsBefore);
      expect(await countRows(system, 'outbox_messages')).toBe(outboxBefore);
      expect(await rowsFor(otherEmail)).toEqual({ invitations: 0, outbox: 0 });
    });

    it('keeps keys per user: another owner may use the same key for their own request', async () => {
      const key = `invite-${randomBytes(6).toString('hex')}`;
      const otherOwner = await addMember(system, organization.id, 'owner');
      const email = emailFor();
      expect((await invite(owner, email, 'mentor', { 'idempotency-key': key })).status).toBe(201);
      const other = await invite(otherOwner, emailFor(), 'mentor', { 'idempotency-key': key });
      expect(other.status).toBe(201);
      expect(other.headers['idempotent-replayed']).toBeUndefined();
    });

    it('creates one invitation for two concurrent requests with the same key and body', async () => {
      const email = emailFor();
      const key = `invite-${randomBytes(6).toString('hex')}`;
      const [a, b] = await Promise.all([
        invite(owner, email, 'mentor', { 'idempotency-key': key }),
        invite(owner, email, 'mentor', { 'idempotency-key': key }),
      ]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.id).toBe(b.body.id);
      expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].filter((h) => h === 'true')).toHaveLength(1);
      expect(await rowsFor(email)).toEqual({ invitations: 1, outbox: 1 });
    });

    it('does not keep the key of a failed request: a retry with the same key runs afresh', async () => {
      const member = await addMember(system, organization.id, 'founder');
      const key = `invite-${randomBytes(6).toString('hex')}`;
      const failed = await invite(owner, member.email, 'mentor', { 'idempotency-key': key });
      expect(failed.status).toBe(409);
      expect(failed.body.code).toBe('ALREADY_MEMBER');
      expect(await countRows(system, 'idempotency_records', 'user_id = $1 AND key = $2', [owner.id, key])).toBe(0);

      await system.db.query('DELETE FROM memberships WHERE organization_id = $1 AND user_id = $2', [organization.id, member.id]);
      const retried = await invite(owner, member.email, 'mentor', { 'idempotency-key': key });
      expect(retried.status).toBe(201);
      expect(retried.headers['idempotent-replayed']).toBeUndefined();
      expect(await rowsFor(member.email)).toEqual({ invitations: 1, outbox: 1 });
    });

    it('rejects a malformed key with 400 VALIDATION_FAILED naming Idempotency-Key, writing nothing', async () => {
      const email = emailFor();
      const response = await invite(owner, email, 'mentor', { 'idempotency-key': 'x'.repeat(256) });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('Idempotency-Key');
      expect(await rowsFor(email)).toEqual({ invitations: 0, outbox: 0 });
    });
  });
});
