import type { Page } from 'playwright-core';
import { cohorts } from '../factories/cohorts';
import { addMember, organizations } from '../factories/organizations';
import { calls, programmes } from '../factories/programmes';
import { users, type SignedIn } from '../factories/users';
import { logIn, screenshot, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { TestClock } from '../support/clock';
import { until } from '../support/wait';

jest.setTimeout(120_000);

/**
 * One call from the founder's first visit to an approved milestone, through the pages the people
 * use: the founder applies, the reviewer scores, the manager ranks, accepts into a cohort and
 * approves the evidence, the calendar makes the other milestone overdue. Each step depends on the
 * one before, as the real thing does.
 */
describe('from an open call to an approved milestone, in the browser', () => {
  const clock = new TestClock();
  let system: BrowserSystem;
  let owner: SignedIn;
  let manager: SignedIn;
  let reviewer: SignedIn;
  let park: { id: string; slug: string; name: string };
  let call: { id: string; title: string };
  let cohort: { id: string; name: string };
  const founder = { name: 'Oyun Bat', email: `oyun-${Date.now()}@example.org`, password: 'a-long-enough-password' };
  const startupName = 'Steppe Solar';
  let applicationId: string;
  let milestoneId: string;

  const accessibility = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);

  beforeAll(async () => {
    system = await startBrowserSystem({ env: { CLOCK_FILE: clock.file } });
    owner = await users.create(system, { name: 'Park Owner' });
    park = await organizations.create(system, owner, { name: 'Steppe Park' });
    manager = await addMember(system, park.id, 'manager', await users.create(system, { name: 'Tuya Manager' }));
    reviewer = await addMember(system, park.id, 'reviewer', await users.create(system, { name: 'Bold Reviewer' }));
    const programme = await programmes.create(system, owner, park.slug, {
      phases: [
        {
          name: 'Validation',
          durationValue: 2,
          durationUnit: 'months',
          milestones: [
            { title: 'Customer discovery interviews', offsetDays: 14, evidenceRequired: true },
            { title: 'First paying customer', offsetDays: 30, evidenceRequired: true },
          ],
        },
      ],
    });
    const opened = await calls.create(system, owner, park.slug, programme.id, {
      title: 'Clean air 2027',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      reviewersPerApplication: 1,
    });
    call = { id: opened.id, title: 'Clean air 2027' };
    await expectOk(system.http.post(`/api/v1/organizations/${park.slug}/calls/${call.id}/publish`, {}, owner.token));
    await until('the call to open', async () => (await system.http.get(`/api/v1/organizations/${park.slug}/calls/${call.id}`, owner.token)).body.status === 'open');
    const created = await cohorts.create(system, owner, park.slug, { programmeId: programme.id, name: 'Clean air cohort', startsOn: localDate(clock.now()) });
    cohort = { id: created.id, name: 'Clean air cohort' };
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  it('a founder finds the call without logging in, registers, fills the form and submits', async () => {
    const page = await system.newPage({ width: 390, height: 844 });
    await page.goto('/calls');
    await page.getByRole('link', { name: new RegExp(call.title) }).first().click();
    await page.getByRole('heading', { name: call.title }).waitFor();
    await accessibility(page);
    await page.getByRole('link', { name: 'Create an account to apply' }).click();
    await page.getByLabel('Full name').fill(founder.name);
    await page.getByLabel('Email').fill(founder.email);
    await page.getByLabel('Password').fill(founder.password);
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.waitForURL(`**/calls/${park.slug}/${call.id}`);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/me\/applications\/[^/]+\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop()!;

    await page.getByLabel('Startup name').fill(startupName);
    await page.getByRole('textbox', { name: /^Sector/ }).first().fill('Cleantech');
    await chooseOption(page, /^Stage/, 'Seed');
    await page.getByRole('textbox', { name: 'Idea' }).fill('Solar heaters for ger districts, replacing coal stoves.');
    await page.getByText(/Saved at/).waitFor();
    // Submitting with required answers missing names them.
    await page.getByRole('button', { name: 'Submit application' }).click();
    const missing = page.getByRole('alert').filter({ hasText: 'Answer these before submitting:' });
    await missing.waitFor();
    expect(await missing.textContent()).toMatch(/background/i);
    await screenshot(page, 'founder-apply-phone');

    await page.getByRole('textbox', { name: /team's background/ }).fill('Two engineers from the Mongolian University of Science and Technology.');
    await page.getByRole('radiogroup', { name: /^Sector/ }).getByRole('radio', { name: 'Cleantech' }).check();
    await fillFounder(page);
    await page.getByRole('button', { name: 'Submit application' }).click();
    await page.getByText('Application submitted.').first().waitFor();
    const stored = await system.db.query('SELECT status FROM applications WHERE id = $1', [applicationId]);
    expect(stored.rows[0].status).toBe('submitted');
  });

  it('the reviewer scores it once the call closes', async () => {
    // The close job fires in real time; the test clock must agree that the window has passed.
    const closesAt = new Date(Date.now() + 2_000);
    await expectOk(system.http.patch(`/api/v1/organizations/${park.slug}/calls/${call.id}`, { closesAt: closesAt.toISOString() }, owner.token));
    clock.set(new Date(closesAt.getTime() + 1_000));
    await until('a review assignment', async () => (await system.db.query('SELECT 1 FROM review_assignments WHERE application_id = $1', [applicationId])).rowCount === 1);

    const page = await system.newPage();
    await logIn(page, reviewer.email, reviewer.password, `/o/${park.slug}/reviews`);
    await page.getByRole('link', { name: new RegExp(startupName) }).first().click();
    await page.getByRole('heading', { name: new RegExp(startupName) }).first().waitFor();
    await accessibility(page);
    for (const [criterion, score] of [['Innovative idea', '5'], ['Leadership', '4'], ['Team composition', '4'], ['Previous experience', '3']]) {
      await page.getByRole('radiogroup', { name: criterion }).getByRole('radio', { name: score, exact: true }).check();
    }
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByText('Review saved.').first().waitFor();
    const scores = await system.db.query('SELECT s.criterion_key, s.score FROM review_scores s JOIN review_assignments a ON a.id = s.assignment_id WHERE a.application_id = $1 ORDER BY 1', [applicationId]);
    expect(scores.rows).toEqual([
      { criterion_key: 'innovative_idea', score: 5 },
      { criterion_key: 'leadership', score: 4 },
      { criterion_key: 'previous_experience', score: 3 },
      { criterion_key: 'team_composition', score: 4 },
    ]);
  });

  it('the manager ranks, accepts it into the cohort, and the founder becomes a member', async () => {
    const page = await system.newPage();
    await logIn(page, manager.email, manager.password, `/o/${park.slug}/calls/${call.id}/rounds/screening/ranking`);
    await page.getByRole('cell', { name: startupName }).first().waitFor();
    await accessibility(page);
    await page.getByRole('checkbox', { name: `Select ${startupName}` }).check();
    await chooseOption(page, 'Cohort to join', cohort.name);
    await page.getByRole('button', { name: 'Decide 1 application' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Decide 1 application' }).click();
    await page.getByText('1 application decided').first().waitFor();
    await until('the enrolment', async () => (await system.db.query(`SELECT 1 FROM enrolments WHERE cohort_id = $1`, [cohort.id])).rowCount === 1);
  });

  it('the founder sees the timeline and submits evidence; the manager approves it', async () => {
    const page = await system.newPage({ width: 390, height: 844 });
    await logIn(page, founder.email, founder.password, `/o/${park.slug}/startups`);
    await page.getByRole('link', { name: 'Customer discovery interviews' }).first().click();
    await page.waitForURL(/\/milestones\/[0-9a-f-]{36}$/);
    milestoneId = page.url().split('/').pop()!;
    await accessibility(page);
    await page.getByLabel('What did you do?').fill('Interviewed 24 households in Bayanzürkh; notes attached.');
    await page.getByRole('button', { name: 'Submit evidence' }).click();
    await page.getByText('Evidence submitted').first().waitFor();

    const staff = await system.newPage();
    await logIn(staff, manager.email, manager.password, `/o/${park.slug}/milestones/${milestoneId}`);
    await staff.getByText('Interviewed 24 households').first().waitFor();
    await accessibility(staff);
    await staff.getByRole('radio', { name: 'Approve' }).check();
    await staff.getByRole('button', { name: 'Send review' }).click();
    await staff.getByText('Review saved').first().waitFor();
    const status = await system.db.query('SELECT status FROM milestones WHERE id = $1', [milestoneId]);
    expect(status.rows[0].status).toBe('approved');
    await page.reload();
    await page.getByText('Approved').first().waitFor();
  });

  it('marks the other milestone overdue in the grid from local midnight after its due date', async () => {
    const page = await system.newPage();
    await logIn(page, manager.email, manager.password, `/o/${park.slug}/cohorts/${cohort.id}?tab=grid`);
    const row = page.getByRole('row', { name: new RegExp(startupName) });
    await row.waitFor();
    expect(await row.getByText('Overdue').count()).toBe(0);

    const { rows } = await system.db.query(`SELECT due_on::text AS due FROM milestones WHERE enrolment_id IN (SELECT id FROM enrolments WHERE cohort_id = $1) AND title = 'First paying customer'`, [cohort.id]);
    clock.set(`${rows[0].due}T23:59:00+08:00`);
    await page.reload();
    await row.waitFor();
    expect(await row.getByText('Overdue').count()).toBe(0);
    clock.set(new Date(Date.parse(`${rows[0].due}T23:59:00+08:00`) + 2 * 60_000));
    await page.reload();
    await row.getByText('Overdue').first().waitFor();
    await accessibility(page);
    await screenshot(page, 'cohort-grid');
  });

  it("puts the overdue milestone on the manager's dashboard, beside the call's funnel", async () => {
    const page = await system.newPage();
    await logIn(page, manager.email, manager.password, `/o/${park.slug}`);
    await page.getByRole('heading', { name: 'What needs attention today' }).waitFor();
    await page.getByRole('link', { name: 'First paying customer' }).first().waitFor();
    await page.getByText(call.title).first().waitFor();
    await accessibility(page);
    await screenshot(page, 'staff-dashboard');
  });
});

async function expectOk(call: Promise<{ status: number; body: any }>): Promise<void> {
  const response = await call;
  if (response.status >= 300) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
}

/** A Mantine Select: open it by its label, pick the option. */
async function chooseOption(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole('textbox', { name: label }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function fillFounder(page: Page): Promise<void> {
  const name = page.getByRole('textbox', { name: 'Name', exact: true }).first();
  if (!(await name.inputValue())) await name.fill('Oyun Bat');
  const email = page.getByRole('textbox', { name: 'Email', exact: true }).first();
  if (!(await email.inputValue())) await email.fill('oyun@example.org');
  const role = page.getByRole('textbox', { name: /^Role/ }).first();
  if (!(await role.inputValue())) await role.fill('CEO');
}

/** YYYY-MM-DD in Ulaanbaatar, the factories' timezone. */
function localDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ulaanbaatar', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
