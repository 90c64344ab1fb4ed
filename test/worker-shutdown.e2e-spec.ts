import { organizations } from './factories/organizations';
import { users } from './factories/users';
import { startSystem, System } from './support/system';

describe('worker: graceful shutdown', () => {
  let system: System;

  beforeAll(async () => {
    // The SMTP listener takes 1.5 s to accept a message, so the job is still in hand when we stop.
    system = await startSystem({ worker: true, smtpReplyDelayMs: 1500 });
  });
  afterAll(() => system.close());

  it('finishes the job in hand before it stops', async () => {
    const owner = await users.create(system);
    const organization = await organizations.create(system, owner);
    const invited = users.build().email;
    const invitation = await system.http.post(`/api/v1/organizations/${organization.slug}/invitations`, { email: invited, role: 'mentor' }, owner.token);
    expect(invitation.status).toBe(201);

    await system.mailbox.waitFor(invited); // the message is in, the SMTP reply (and the job) still pending
    const sentBeforeClose = await system.db.query('SELECT email_sent_at FROM invitations WHERE id = $1', [invitation.body.id]);
    expect(sentBeforeClose.rows[0].email_sent_at).toBeNull();

    await system.worker!.close(); // what SIGTERM triggers (enableShutdownHooks)

    const { rows } = await system.db.query('SELECT email_sent_at FROM invitations WHERE id = $1', [invitation.body.id]);
    expect(rows[0].email_sent_at).not.toBeNull();
    expect(system.mailbox.messages.filter((m) => m.to.includes(invited))).toHaveLength(1);
  });
});
