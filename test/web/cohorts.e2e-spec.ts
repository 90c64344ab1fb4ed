import type { Page } from 'playwright-core';
import { startups } from '../factories/cohorts';
import { addMember, organizations } from '../factories/organizations';
import { programmes } from '../factories/programmes';
import { users, type SignedIn } from '../factories/users';
import { logIn, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { until } from '../support/wait';

jest.setTimeout(120_000);

/** A manager runs a cohort from its pages: create it, enrol, edit milestones cohort-wide, withdraw. */
describe('running a cohort in the browser', () => {
  let system: BrowserSystem;
  let owner: SignedIn;
  let manager: SignedIn;
  let park: { id: string; slug: string };
  let programme: { id: string; name: string };
  let startup: { id: string; name: string };
  let page: Page;
  let cohortId: string;
  const startsOn = new Date().toISOString().slice(0, 10);
  const dayAfterStart = (days: number) => new Date(Date.parse(`${startsOn}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const enrolment = async () => (await system.db.query('SELECT id, status FROM enrolments WHERE cohort_id = $1', [cohortId])).rows;
  const copies = async (title: string) => (await system.db.query('SELECT due_on::text AS due, dropped_at FROM milestones WHERE cohort_id = $1 AND title = $2', [cohortId, title])).rows;

  beforeAll(async () => {
    system = await startBrowserSystem();
    owner = await users.create(system);
    park = await organizations.create(system, owner);
    manager = await addMember(system, park.id, 'manager');
    programme = await programmes.create(system, owner, park.slug, { name: 'Incubation 2027' });
    startup = await startups.create(system, owner, park);
    page = await system.newPage();
    await logIn(page, manager.email, manager.password, `/o/${park.slug}/cohorts`);
  });
  afterAll(() => system?.close());

  it('creates a cohort from a programme', async () => {
    await page.getByRole('button', { name: 'New cohort' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Programme/ }).click();
    await page.getByRole('option', { name: programme.name }).click();
    await dialog.getByLabel(/^Name/).fill('Spring 2027');
    await dialog.getByLabel(/^First day/).fill(startsOn);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/cohorts\/[0-9a-f-]{36}/);
    cohortId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { name: 'Spring 2027' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('enrols a startup', async () => {
    await page.getByRole('tab', { name: 'Startups' }).click();
    await page.getByRole('button', { name: 'Enrol startups' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Startups/ }).click();
    await page.getByRole('option', { name: startup.name }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Enrol startups' }).click();
    await page.getByRole('cell', { name: startup.name }).first().waitFor();
    expect(await enrolment()).toEqual([expect.objectContaining({ status: 'active' })]);
  });

  it('adds, reschedules and drops a milestone for the whole cohort; a date outside it is refused beside the field', async () => {
    await page.getByRole('tab', { name: 'Milestones' }).click();
    await page.getByRole('button', { name: 'Add milestone' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Title/).fill('Pitch deck');
    await dialog.getByLabel(/^Due on/).fill(dayAfterStart(900));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText(/between/).first().waitFor();
    expect(await copies('Pitch deck')).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await dialog.getByLabel(/^Due on/).fill(dayAfterStart(20));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Pitch deck', exact: true }).waitFor();
    expect(await copies('Pitch deck')).toEqual([{ due: dayAfterStart(20), dropped_at: null }]);

    await page.getByRole('button', { name: 'Edit: Pitch deck' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Due on/).fill(dayAfterStart(25));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await until('the rescheduled copy', async () => (await copies('Pitch deck'))[0]?.due === dayAfterStart(25));

    await page.getByRole('button', { name: 'Drop: Pitch deck' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Drop' }).click();
    await until('the dropped copy', async () => (await copies('Pitch deck'))[0]?.dropped_at !== null);
  });

  it('withdraws the enrolment with a reason', async () => {
    await page.getByRole('tab', { name: 'Startups' }).click();
    await page.getByRole('button', { name: `Withdraw: ${startup.name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Reason/).fill('The founders took jobs elsewhere.');
    await dialog.getByRole('button', { name: 'Withdraw' }).click();
    await until('the withdrawal', async () => (await enrolment())[0]?.status === 'withdrawn');
  });
});
