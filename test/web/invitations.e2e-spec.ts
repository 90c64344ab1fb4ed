import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { organizations } from '../factories/organizations';
import { users, type SignedIn } from '../factories/users';
import { logIn, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';

jest.setTimeout(90_000);

const LINK = /https?:\/\/\S+?(\/invitations\/[A-Za-z0-9_-]{86})(?![A-Za-z0-9_-])/;

/** An owner invites someone new from the Invitations page; the emailed link shows who invites, as what, and lets them join. */
describe('invitations in the browser', () => {
  let system: BrowserSystem;
  let owner: SignedIn;
  let park: { id: string; slug: string; name: string };

  beforeAll(async () => {
    system = await startBrowserSystem();
    owner = await users.create(system);
    park = await organizations.create(system, owner, { name: 'Steppe Park' });
  });
  afterAll(() => system?.close());

  const inviteFromPage = async (page: Page, email: string, role: string) => {
    await page.goto(`/o/${park.slug}/invitations`);
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('textbox', { name: 'Role' }).click();
    await page.getByRole('option', { name: role }).click();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${email}.`).waitFor();
  };
  const linkIn = async (email: string) => {
    const mail = await system.mailbox.waitFor(email);
    const match = LINK.exec(mail.text);
    if (!match) throw new Error(`no invitation link in:\n${mail.text}`);
    return match[1];
  };

  it('a new person opens the emailed link, sees the organization and role, creates an account, accepts and lands in the organization', async () => {
    const staff = await system.newPage();
    await logIn(staff, owner.email, owner.password, `/o/${park.slug}`);
    const email = `newcomer-${randomBytes(4).toString('hex')}@example.org`;
    await inviteFromPage(staff, email, 'Founder');
    const path = await linkIn(email);

    const invitee = await system.newPage({ width: 390, height: 844 });
    await invitee.goto(path);
    await invitee.getByText('Steppe Park invites you as founder').waitFor();
    await invitee.getByText(`Sent to ${email[0]}***@example.org.`).waitFor();
    expect(await seriousAccessibilityViolations(invitee)).toEqual([]);

    await invitee.getByRole('link', { name: 'Create an account' }).click();
    await invitee.waitForURL(/\/register\?next=/);
    await invitee.getByRole('textbox', { name: 'Full name' }).fill('Nomin Newcomer');
    await invitee.getByRole('textbox', { name: 'Email' }).fill(email);
    await invitee.getByLabel('Password').fill('a long enough password');
    await invitee.getByRole('button', { name: 'Create an account' }).click();
    await invitee.waitForURL(`**${path}`);
    await invitee.getByText('Steppe Park invites you as founder').waitFor();
    await invitee.getByRole('button', { name: 'Accept invitation' }).click();
    await invitee.waitForURL(`**/o/${park.slug}`);
    await invitee.getByText('Welcome to Steppe Park.').waitFor();

    // The header's organization switcher (in the menu on phones) names the organization just joined.
    const wide = await system.newPage();
    await logIn(wide, email, 'a long enough password', `/o/${park.slug}`);
    await wide.waitForURL(`**/o/${park.slug}`);
    const switcher = wide.getByRole('textbox', { name: 'Organization' });
    await switcher.waitFor();
    expect(await switcher.inputValue()).toBe('Steppe Park');
    const member = await system.db.query(`SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1 AND m.organization_id = $2`, [email, park.id]);
    expect(member.rows).toEqual([{ role: 'founder' }]);
  });

  it('an expired invitation says so, and offers no way to accept it', async () => {
    const staff = await system.newPage();
    await logIn(staff, owner.email, owner.password, `/o/${park.slug}`);
    const email = `late-${randomBytes(4).toString('hex')}@example.org`;
    await inviteFromPage(staff, email, 'Mentor');
    const path = await linkIn(email);
    await system.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = $1`, [email]);

    const invitee = await system.newPage();
    await invitee.goto(path);
    await invitee.getByText('Steppe Park invites you as mentor').waitFor();
    await invitee.getByText('This invitation has expired. Ask the organization to invite you again.').waitFor();
    expect(await invitee.getByRole('link', { name: 'Create an account' }).count()).toBe(0);
    expect(await invitee.getByRole('button', { name: 'Accept invitation' }).count()).toBe(0);
  });

  it('a wrong link says it is not valid', async () => {
    const invitee = await system.newPage();
    await invitee.goto(`/invitations/${'A'.repeat(86)}`);
    await invitee.getByText('This invitation link is not valid.').waitFor();
  });
});
