import { addMember, organizations } from '../factories/organizations';
import { users, type SignedIn } from '../factories/users';
import { logIn, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { until } from '../support/wait';

jest.setTimeout(90_000);

/** An owner looks after the organization from its pages: roles, removal, the last owner, settings, the audit log. */
describe("the organization's own pages", () => {
  let system: BrowserSystem;
  let owner: SignedIn;
  let park: { id: string; slug: string };
  const roleOf = async (person: SignedIn) => (await system.db.query('SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2', [park.id, person.id])).rows[0]?.role;

  beforeAll(async () => {
    system = await startBrowserSystem();
    owner = await users.create(system, { name: 'Ada Owner' });
    park = await organizations.create(system, owner, { name: 'Steppe Park' });
  });
  afterAll(() => system?.close());

  it('changes a role, removes a member, and keeps the last owner', async () => {
    const reviewer = await addMember(system, park.id, 'reviewer', await users.create(system, { name: 'Bold Reviewer' }));
    const mentor = await addMember(system, park.id, 'mentor', await users.create(system, { name: 'Saraa Mentor' }));
    const page = await system.newPage();
    await logIn(page, owner.email, owner.password, `/o/${park.slug}/members`);

    await page.getByRole('textbox', { name: 'Role of Bold Reviewer' }).click();
    await page.getByRole('option', { name: /^Manager$/i }).click();
    await until('the new role', async () => (await roleOf(reviewer)) === 'manager');

    await page.getByRole('button', { name: 'Remove Saraa Mentor' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await until('the removal', async () => (await roleOf(mentor)) === undefined);

    await page.getByRole('textbox', { name: 'Role of Ada Owner' }).click();
    await page.getByRole('option', { name: /^Manager$/i }).click();
    await page.getByText('An organization needs at least one owner.').first().waitFor();
    expect(await roleOf(owner)).toBe('owner');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(`/o/${park.slug}/audit`);
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByRole('cell', { name: 'member.role-changed' }).first().waitFor();
    await page.getByRole('cell', { name: 'member.removed' }).first().waitFor();
  });

  it("saves the organization's settings, with a bad address refused beside its field", async () => {
    const page = await system.newPage();
    await logIn(page, owner.email, owner.password, `/o/${park.slug}/settings`);
    await page.getByLabel(/^Email sender name/).fill('Steppe Park team');
    await page.getByLabel(/^Reply-to address/).fill('not an address');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('[id$="-error"]').first().waitFor();
    expect((await system.db.query('SELECT email_from_name FROM organizations WHERE id = $1', [park.id])).rows[0].email_from_name).toBeNull();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel(/^Reply-to address/).fill('hello@steppe.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await until('the saved settings', async () => (await system.db.query('SELECT email_from_name, email_reply_to FROM organizations WHERE id = $1', [park.id])).rows[0].email_reply_to === 'hello@steppe.example');
    expect((await system.db.query('SELECT email_from_name FROM organizations WHERE id = $1', [park.id])).rows[0].email_from_name).toBe('Steppe Park team');
  });
});
