import type { Page } from 'playwright-core';
import { cohorts, enrol, startups } from '../factories/cohorts';
import { addMember, organizations } from '../factories/organizations';
import { programmes } from '../factories/programmes';
import { users, type SignedIn } from '../factories/users';
import { logIn, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { countRows } from '../support/system';
import { until } from '../support/wait';

jest.setTimeout(90_000);

/**
 * Funding in the browser on the real stack (api + worker): the manager awards a grant in two
 * tranches (a wrong sum is refused and writes nothing), a milestone's approval makes its tranche
 * payable and the manager disburses it, a perk over the yearly cap is refused and writes nothing,
 * the founder reads the grant. The data around it is set up through the API.
 */
describe('funding pages', () => {
  let system: BrowserSystem;
  let owner: SignedIn;
  let manager: SignedIn;
  let park: { id: string; slug: string };
  let startup: { id: string; name: string; founder: SignedIn };
  let validationId: string;
  let staff: Page;

  const accessibility = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);
  const url = (path: string) => `/api/v1/organizations/${park.slug}${path}`;
  const fundingPath = () => `/o/${park.slug}/startups/${startup.id}/funding`;
  const grantRows = () => countRows(system, 'grants', 'startup_id = $1', [startup.id]);
  const redemptionRows = () => countRows(system, 'perk_redemptions', 'startup_id = $1', [startup.id]);

  beforeAll(async () => {
    system = await startBrowserSystem();
    owner = await users.create(system, { name: 'Park Owner' });
    park = await organizations.create(system, owner, { name: 'Steppe Park', timezone: 'Asia/Ulaanbaatar' });
    manager = await addMember(system, park.id, 'manager', await users.create(system, { name: 'Tuya Manager' }));
    const programme = await programmes.create(system, owner, park.slug, {
      phases: [
        {
          name: 'Incubation',
          durationValue: 6,
          durationUnit: 'months',
          milestones: [
            { title: 'Validation', offsetDays: 14, evidenceRequired: false },
            { title: 'Pilot', offsetDays: 60, evidenceRequired: false },
          ],
        },
      ],
      grantPolicy: { minAmountMinor: 800_000, maxAmountMinor: 1_000_000, currency: 'USD' },
      perkCap: { amountMinor: 3_500_000, currency: 'GBP' },
    });
    const cohort = await cohorts.create(system, owner, park.slug, { programmeId: programme.id, startsOn: dayIn(new Date()) });
    startup = await startups.create(system, owner, park);
    const enrolled = await enrol(system, owner, park.slug, cohort.id, [startup.id]);
    const { rows } = await system.db.query(`SELECT id FROM milestones WHERE enrolment_id = $1 AND title = 'Validation'`, [enrolled.enrolments[0].id]);
    validationId = rows[0].id;

    const cloud = await system.http.post(url('/perks'), { partner: 'Cloud Co', description: 'Cloud credits', value: { amountMinor: 3_000_000, currency: 'GBP' } }, owner.token);
    await system.http.post(url('/perks'), { partner: 'Legal LLP', description: 'Forty hours of legal advice', value: { amountMinor: 800_000, currency: 'GBP' } }, owner.token);
    expect((await system.http.post(url(`/startups/${startup.id}/perk-redemptions`), { perkId: cloud.body.id }, owner.token)).status).toBe(201);

    staff = await system.newPage();
    await logIn(staff, manager.email, manager.password, fundingPath());
  });
  afterAll(() => system?.close());

  it('a manager awards a grant in two tranches; a wrong sum shows the message and writes nothing', async () => {
    await staff.getByRole('heading', { level: 1, name: `Funding · ${startup.name}` }).waitFor();
    await staff.getByText('No grants yet.').waitFor();
    await accessibility(staff);

    await staff.getByRole('button', { name: 'Award a grant' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByText('The programme grants between US$8,000.00 and US$10,000.00.').waitFor();
    await dialog.getByLabel(/^Amount \(USD\)/).fill('10000');
    await dialog.getByLabel(/^Tranche 1 amount/).fill('5000');
    await chooseOption(staff, /^Tranche 1 becomes payable/, /“Validation” approved/);
    await dialog.getByRole('button', { name: 'Add a tranche' }).click();
    await dialog.getByLabel(/^Tranche 2 amount/).fill('4000');
    await chooseOption(staff, /^Tranche 2 becomes payable/, 'On a date');
    await dialog.getByLabel(/^Tranche 2 payable from/).fill(dayIn(new Date(Date.now() + 90 * 86_400_000)));
    await dialog.getByText('The tranches sum to US$9,000.00; the award is US$10,000.00: US$1,000.00 short.').waitFor();
    await accessibility(staff);

    await dialog.getByRole('button', { name: 'Award the grant' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'The tranches must add up to the award exactly.' }).waitFor();
    expect(await grantRows()).toBe(0);

    await dialog.getByLabel(/^Tranche 2 amount/).fill('5000');
    await dialog.getByText('The tranches sum to the award: US$10,000.00.').waitFor();
    await dialog.getByRole('button', { name: 'Award the grant' }).click();
    await staff.getByText('Grant awarded').first().waitFor();
    await staff.getByRole('heading', { name: 'Grant of US$10,000.00' }).waitFor();
    const { rows } = await system.db.query(
      `SELECT t.amount_minor::int AS amount, t.milestone_id, t.due_on IS NOT NULL AS dated, t.status FROM grant_tranches t JOIN grants g ON g.id = t.grant_id WHERE g.startup_id = $1 ORDER BY t.position`,
      [startup.id],
    );
    expect(rows).toEqual([
      { amount: 500_000, milestone_id: validationId, dated: false, status: 'scheduled' },
      { amount: 500_000, milestone_id: null, dated: true, status: 'scheduled' },
    ]);
    expect(await grantRows()).toBe(1);
  });

  it('the milestone tranche shows Payable once the milestone is approved, and the manager disburses it', async () => {
    expect((await system.http.post(url(`/milestones/${validationId}/review`), { decision: 'approve' }, owner.token)).status).toBe(200);
    await until('the milestone tranche to be payable', async () => (await system.db.query(`SELECT 1 FROM grant_tranches WHERE milestone_id = $1 AND status = 'payable'`, [validationId])).rowCount === 1);
    await staff.reload();
    const first = staff.getByTestId('tranche').filter({ hasText: 'Tranche 1' });
    await first.getByText('Payable', { exact: true }).waitFor();
    await accessibility(staff);

    await first.getByRole('button', { name: 'Disburse tranche 1' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel(/^Bank reference/).fill('TRX-2026-0001');
    await dialog.getByRole('button', { name: 'Mark as disbursed' }).click();
    await staff.getByText('Tranche marked as disbursed').first().waitFor();
    await first.getByText('Bank reference TRX-2026-0001').waitFor();
    await staff.getByText('Partly disbursed', { exact: true }).waitFor();
    const { rows } = await system.db.query(`SELECT status, bank_reference FROM grant_tranches WHERE milestone_id = $1`, [validationId]);
    expect(rows).toEqual([{ status: 'disbursed', bank_reference: 'TRX-2026-0001' }]);
  });

  it('a perk over the yearly cap is refused with PERK_CAP_EXCEEDED and writes nothing', async () => {
    await staff.getByText('£30,000.00 of £35,000.00 used; £5,000.00 left').waitFor();
    await staff.getByRole('progressbar', { name: 'Perk allowance used in year 1: 86 %' }).waitFor();
    await staff.getByRole('button', { name: 'Redeem a perk' }).click();
    const dialog = staff.getByRole('dialog');
    await chooseOption(staff, /^Perk/, 'Legal LLP — £8,000.00');
    await dialog.getByText('Counts against the cap: £8,000.00.').waitFor();
    await accessibility(staff);
    await dialog.getByRole('button', { name: 'Redeem', exact: true }).click();
    const problem = dialog.getByRole('alert').filter({ hasText: 'This perk would take the startup over this year’s perk cap.' });
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('PERK_CAP_EXCEEDED');
    await problem.getByText('Year 1: £30,000.00 of £35,000.00 already used; this perk counts £8,000.00.').waitFor();
    expect(await redemptionRows()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await staff.getByRole('link', { name: 'Perks' }).first().click();
    await staff.getByRole('cell', { name: 'Legal LLP', exact: true }).waitFor();
    await accessibility(staff);
    await staff.getByRole('button', { name: 'Add a perk' }).click();
    const form = staff.getByRole('dialog');
    await form.getByLabel(/^Partner/).fill('Design Inc');
    await form.getByLabel(/^Description/).fill('Design tools for a year');
    await form.getByLabel(/^Value/).fill('1000');
    await form.getByRole('button', { name: 'Save' }).click();
    await staff.getByText('Perk added').first().waitFor();
    await staff.getByRole('cell', { name: 'Design Inc', exact: true }).waitFor();
    expect(await countRows(system, 'perks', `partner = 'Design Inc' AND currency = 'MNT' AND value_minor = 100000`)).toBe(1);
  });

  it('the founder reads the grant on a phone, with nothing to change', async () => {
    const page = await system.newPage({ width: 390, height: 844 });
    await logIn(page, startup.founder.email, startup.founder.password, fundingPath());
    await page.getByRole('heading', { name: 'Grant of US$10,000.00' }).waitFor();
    await page.getByTestId('tranche').filter({ hasText: 'Tranche 1' }).getByText('Disbursed', { exact: true }).waitFor();
    await page.getByTestId('tranche').filter({ hasText: 'Tranche 2' }).getByText('Scheduled', { exact: true }).waitFor();
    await page.getByText('Cloud Co').waitFor();
    expect(await page.getByRole('button', { name: /Award a grant|Redeem a perk|Disburse/ }).count()).toBe(0);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await accessibility(page);

    await page.goto(`/o/${park.slug}/perks`);
    await page.getByRole('heading', { name: 'Legal LLP' }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await page.getByRole('button', { name: /Add a perk|Edit|Deactivate/ }).count()).toBe(0);
    await accessibility(page);
  });
});

/** A Mantine Select: open it by its label, pick the option. */
async function chooseOption(page: Page, label: RegExp, option: string | RegExp): Promise<void> {
  await page.getByRole('textbox', { name: label }).first().click();
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
}

/** YYYY-MM-DD in Ulaanbaatar, the organization's timezone. */
function dayIn(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ulaanbaatar', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
