import type { Locator, Page } from 'playwright-core';
import { startups } from '../factories/cohorts';
import { addMember, organizations } from '../factories/organizations';
import { users, type SignedIn } from '../factories/users';
import { logIn, screenshot, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { TestClock } from '../support/clock';
import { countRows } from '../support/system';

jest.setTimeout(120_000);

/**
 * Space and leases in the browser on the real stack (api + worker reading a TestClock; the
 * browsers' clocks follow it). The park is in Asia/Ulaanbaatar and bills in MNT; today is
 * 10 March 2027 there, and February is invoiced already (through the API).
 *
 * A manager leases Room 201 from the leases page; a second lease of it is refused; the occupancy
 * counts it; the founder reads theirs. The manager ends Room 201's lease sooner than the plan's
 * notice: refused beside the last day, which names the earliest last day without a reason, then
 * saved with a reason. Ending Room 202's lease inside February is refused (PERIOD_LOCKED) beside
 * the field. Market rates: one is added; one from the same date is refused (RATE_EXISTS); one in
 * another currency than the space's (a colleague gave it a first rate in USD while the page was
 * open) is refused (RATE_CURRENCY_CHANGED) and the form turns to the space's currency. Rent plan
 * terms: added, then the same date refused (TERMS_EXIST). A refusal writes nothing; every page and
 * dialog opened passes axe.
 */
describe('space and leases in the browser', () => {
  const clock = new TestClock('2027-03-10T02:00:00Z'); // 10:00 in Ulaanbaatar
  let system: BrowserSystem;
  let owner: SignedIn;
  let manager: SignedIn;
  let park: { id: string; slug: string };
  let startup: { id: string; name: string; founder: SignedIn };
  let other: { id: string; name: string };
  let page: Page;
  const space: Record<'room201' | 'room202' | 'open', string> = { room201: '', room202: '', open: '' };
  let fixedPlan: string;
  const url = (path: string) => `/api/v1/organizations/${park.slug}${path}`;
  const post201 = async (path: string, body: object) => {
    const response = await system.http.post(url(path), body, owner.token);
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const query = async (sql: string, params: unknown[] = []) => (await system.db.query(sql, params)).rows;
  const accessibility = async (on: Page) => expect(await seriousAccessibilityViolations(on)).toEqual([]);
  /** A browser page whose clock reads the test clock's instant (fixed, timers still run). */
  const followClock = (on: Page) => on.clock.setFixedTime(clock.now());
  /** Refused beside the field: the input is invalid and names the message as its description. */
  const refusedBeside = async (input: Locator, message: string) => {
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    expect((await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' ')).toContain(message);
  };
  const leaseEnd = async (spaceId: string) => (await query(`SELECT ends_on::text AS ends_on, end_reason FROM leases WHERE space_id = $1`, [spaceId]))[0];
  const rates = (spaceId: string) => query(`SELECT effective_from::text AS "from", basis, amount_minor::int AS amount, currency FROM space_rates WHERE space_id = $1 ORDER BY effective_from`, [spaceId]);

  async function newLease(startupName: string) {
    await page.getByRole('button', { name: 'New lease' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Startup/ }).click();
    await page.getByRole('option', { name: startupName }).click();
    await dialog.getByRole('textbox', { name: /^Space/ }).click();
    await page.getByRole('option', { name: 'Room 201 (Office)' }).click();
    await dialog.getByRole('textbox', { name: /^Rent plan/ }).click();
    await page.getByRole('option', { name: 'Incubation (free)' }).click();
    await dialog.getByRole('button', { name: 'Create lease' }).click();
    return dialog;
  }

  beforeAll(async () => {
    // No sweep but the one on start (no leases yet): February is invoiced through the API below.
    system = await startBrowserSystem({ env: { CLOCK_FILE: clock.file, RECONCILE_INTERVAL_MS: '3600000' } });
    owner = await users.create(system);
    park = await organizations.create(system, owner);
    manager = await addMember(system, park.id, 'manager');
    startup = await startups.create(system, owner, park);
    other = await startups.create(system, owner, park);
    const site = await post201('/sites', { name: 'IT Park, floor 2', address: 'Chinggis Avenue 15' });
    space.room201 = (await post201('/spaces', { siteId: site.id, name: 'Room 201', kind: 'office', areaM2: 20.5, capacity: 4 })).id;
    space.open = (await post201('/spaces', { siteId: site.id, name: 'Open space', kind: 'desk_area', areaM2: 100, capacity: 10 })).id;
    space.room202 = (await post201('/spaces', { siteId: site.id, name: 'Room 202', kind: 'office', areaM2: 20, capacity: 2 })).id;
    await post201(`/spaces/${space.room201}/rates`, { effectiveFrom: '2026-01-01', basis: 'per_month', amount: { amountMinor: 100_000, currency: 'MNT' } });
    await post201(`/spaces/${space.room202}/rates`, { effectiveFrom: '2027-01-01', basis: 'per_month', amount: { amountMinor: 80_000_000, currency: 'MNT' } });
    const free = await post201('/rent-plans', { name: 'Incubation (free)', kind: 'free', noticeDays: 30, terms: { effectiveFrom: '2026-01-01' } });
    fixedPlan = (await post201('/rent-plans', { name: 'Desk rent (fixed)', kind: 'fixed', noticeDays: 0, terms: { effectiveFrom: '2027-01-01', amount: { amountMinor: 30_000_000, currency: 'MNT' } } })).id;
    await post201('/leases', { startupId: other.id, spaceId: space.room202, planId: free.id, startsOn: '2027-01-01' });
    // February has ended in Ulaanbaatar: issuing it (and January with it) locks those months.
    const run = await system.http.post(url('/invoices/run'), { period: '2027-02' }, owner.token);
    if (run.status !== 200) throw new Error(`invoice run: ${run.status} ${JSON.stringify(run.body)}`);
    expect((await query(`SELECT to_char(period, 'YYYY-MM') AS period FROM invoice_runs WHERE organization_id = $1 ORDER BY period`, [park.id])).map((r) => r.period)).toEqual(['2027-01', '2027-02']);
    page = await system.newPage();
    await followClock(page);
    await logIn(page, manager.email, manager.password, `/o/${park.slug}/leases`);
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  it('creates a lease of an office', async () => {
    await page.getByRole('heading', { name: 'Leases', level: 1 }).waitFor();
    await accessibility(page);
    const dialog = await newLease(startup.name);
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: startup.name, exact: true }).waitFor();
    expect(await query(`SELECT starts_on::text AS starts_on, ends_on FROM leases WHERE space_id = $1`, [space.room201])).toEqual([{ starts_on: '2027-03-10', ends_on: null }]);
    await accessibility(page);
  });

  it('refuses a second lease of the same office on the same days, and writes nothing', async () => {
    const dialog = await newLease(other.name);
    await dialog.getByText(/already leased for part of that period/).waitFor();
    expect(await countRows(system, 'leases')).toBe(2);
    await accessibility(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('ends a lease sooner than the notice only with a reason: the last day names the earliest one without; nothing written until then', async () => {
    await page.getByRole('button', { name: `End lease: Room 201, ${startup.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `End the lease of Room 201 (${startup.name})` });
    const lastDay = dialog.getByLabel(/^Last day/);
    expect(await lastDay.inputValue()).toBe('2027-03-10'); // the browser's today is the test clock's, in Ulaanbaatar
    await lastDay.fill('2027-03-31');
    await dialog.getByRole('button', { name: 'End lease' }).click();
    // 30 days of notice from 10 March: 9 April at the earliest without a reason.
    const notice = 'Under the plan’s notice, the earliest last day is 9 Apr 2027';
    await dialog.getByText(notice).waitFor();
    await refusedBeside(lastDay, notice);
    await refusedBeside(lastDay, 'To end the lease sooner, give a reason.');
    expect(await leaseEnd(space.room201)).toEqual({ ends_on: null, end_reason: null });
    await accessibility(page);
    await screenshot(page, 'spaces-end-lease-notice');

    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Moving to a bigger office in April');
    await dialog.getByRole('button', { name: 'End lease' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await leaseEnd(space.room201)).toEqual({ ends_on: '2027-03-31', end_reason: 'Moving to a bigger office in April' });
    const row = page.getByRole('row').filter({ hasText: startup.name });
    await row.getByText('31 Mar 2027').waitFor();
    await row.getByText('Moving to a bigger office in April').waitFor();
    await accessibility(page);
  });

  it('refuses to end a lease inside February, invoiced already (PERIOD_LOCKED), beside the field; nothing written', async () => {
    await page.getByRole('button', { name: `End lease: Room 202, ${other.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `End the lease of Room 202 (${other.name})` });
    const lastDay = dialog.getByLabel(/^Last day/);
    await lastDay.fill('2027-02-20');
    await dialog.getByRole('button', { name: 'End lease' }).click();
    await dialog.getByText('Under the plan’s notice, the earliest last day is 9 Apr 2027').waitFor();
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Left the park in February');
    await dialog.getByRole('button', { name: 'End lease' }).click();
    const locked = 'Rent up to 2027-02 is invoiced already: those months are locked. Make the change from the month after, and correct an invoice with a credit note.';
    await dialog.getByText(locked).waitFor();
    await refusedBeside(lastDay, locked);
    expect(await leaseEnd(space.room202)).toEqual({ ends_on: null, end_reason: null });
    await accessibility(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the leased area in the occupancy', async () => {
    await page.goto(`/o/${park.slug}/space`);
    await page.getByRole('heading', { name: 'Space', level: 1 }).waitFor();
    await page.getByText('40.50 of 140.50 m² leased').first().waitFor(); // Room 201 until 31 March, Room 202 open-ended
    await page.getByRole('cell', { name: 'Room 201', exact: true }).waitFor();
    await accessibility(page);
  });

  it('adds a market rate; a rate from the same date is refused beside the field (RATE_EXISTS); nothing written', async () => {
    await page.getByRole('button', { name: 'Add rate: Room 201' }).click();
    let dialog = page.getByRole('dialog', { name: 'Market rate of Room 201' });
    await dialog.getByLabel(/^From/).fill('2027-04-01');
    await dialog.getByRole('textbox', { name: /^Amount \(MNT\)/ }).fill('120000');
    await dialog.getByRole('button', { name: 'Add rate' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rates(space.room201)).toEqual([
      { from: '2026-01-01', basis: 'per_month', amount: 100_000, currency: 'MNT' },
      { from: '2027-04-01', basis: 'per_month', amount: 12_000_000, currency: 'MNT' },
    ]);

    await page.getByRole('button', { name: 'Add rate: Room 201' }).click();
    dialog = page.getByRole('dialog', { name: 'Market rate of Room 201' });
    const from = dialog.getByLabel(/^From/);
    await from.fill('2027-04-01');
    await dialog.getByRole('textbox', { name: /^Amount \(MNT\)/ }).fill('125000');
    await dialog.getByRole('button', { name: 'Add rate' }).click();
    const exists = 'The space has a market rate from that date already. Rates are never overwritten: add one from another date.';
    await dialog.getByText(exists).waitFor();
    await refusedBeside(from, exists);
    expect(await rates(space.room201)).toHaveLength(2);
    await accessibility(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it("refuses a rate in another currency than the space's (RATE_CURRENCY_CHANGED) beside the amount, then takes the space's currency", async () => {
    // The page has read the open space without a rate; then a colleague gives it one, in US dollars.
    await page.reload();
    await page.getByRole('row').filter({ hasText: 'Open space' }).getByRole('cell', { name: '—', exact: true }).waitFor();
    await post201(`/spaces/${space.open}/rates`, { effectiveFrom: '2027-01-01', basis: 'per_m2_month', amount: { amountMinor: 500, currency: 'USD' } });
    await page.getByRole('button', { name: 'Add rate: Open space' }).click();
    const dialog = page.getByRole('dialog', { name: 'Market rate of Open space' });
    await dialog.getByLabel(/^From/).fill('2027-04-01');
    await dialog.getByRole('textbox', { name: /^Basis/ }).click();
    await page.getByRole('option', { name: 'per m² per month' }).click();
    await dialog.getByRole('textbox', { name: /^Amount \(MNT\)/ }).fill('15000');
    await dialog.getByRole('button', { name: 'Add rate' }).click();
    const changed = 'A space’s market rates stay in one currency (a month’s rent is one invoice in one currency): add the rate in the currency of its earlier rates.';
    await dialog.getByText(changed).waitFor();
    const amount = dialog.getByRole('textbox', { name: /^Amount \(USD\)/ }); // the form now asks in the space's currency, the amount cleared
    await refusedBeside(amount, changed);
    expect(await amount.inputValue()).toBe('');
    expect(await rates(space.open)).toEqual([{ from: '2027-01-01', basis: 'per_m2_month', amount: 500, currency: 'USD' }]);
    await accessibility(page);
    await screenshot(page, 'spaces-rate-currency-refused');

    await amount.fill('6');
    await dialog.getByRole('button', { name: 'Add rate' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rates(space.open)).toEqual([
      { from: '2027-01-01', basis: 'per_m2_month', amount: 500, currency: 'USD' },
      { from: '2027-04-01', basis: 'per_m2_month', amount: 600, currency: 'USD' },
    ]);
  });

  it('adds rent plan terms from a date; terms from the same date are refused beside the field (TERMS_EXIST); nothing written', async () => {
    const terms = () => query(`SELECT effective_from::text AS "from", amount_minor::int AS amount, currency FROM rent_plan_terms WHERE plan_id = $1 ORDER BY effective_from`, [fixedPlan]);
    await page.goto(`/o/${park.slug}/rent-plans`);
    await page.getByRole('heading', { name: 'Rent plans', level: 1 }).waitFor();
    await accessibility(page);
    await page.getByRole('button', { name: 'Add terms: Desk rent (fixed)' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add terms: Desk rent (fixed)' });
    expect(await dialog.getByLabel(/^From/).inputValue()).toBe('2027-03-10');
    await dialog.getByLabel(/^From/).fill('2027-04-01');
    await dialog.getByRole('textbox', { name: /^Rent per month \(MNT\)/ }).fill('350000');
    await dialog.getByRole('button', { name: 'Add terms' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await terms()).toEqual([
      { from: '2027-01-01', amount: 30_000_000, currency: 'MNT' },
      { from: '2027-04-01', amount: 35_000_000, currency: 'MNT' },
    ]);
    await page.getByRole('table', { name: 'Terms of Desk rent (fixed)' }).getByRole('cell', { name: '1 Apr 2027' }).waitFor();

    await page.getByRole('button', { name: 'Add terms: Desk rent (fixed)' }).click();
    dialog = page.getByRole('dialog', { name: 'Add terms: Desk rent (fixed)' });
    const from = dialog.getByLabel(/^From/);
    await from.fill('2027-04-01');
    await dialog.getByRole('textbox', { name: /^Rent per month \(MNT\)/ }).fill('400000');
    await dialog.getByRole('button', { name: 'Add terms' }).click();
    const exists = 'The plan has terms from that date already: add terms from another date.';
    await dialog.getByText(exists).waitFor();
    await refusedBeside(from, exists);
    expect(await terms()).toHaveLength(2);
    await accessibility(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the founder their lease, read-only', async () => {
    const founderPage = await system.newPage();
    await followClock(founderPage);
    await logIn(founderPage, startup.founder.email, startup.founder.password, `/o/${park.slug}/startups/${startup.id}/leases`);
    await founderPage.getByRole('heading', { name: 'Room 201' }).waitFor();
    await founderPage.getByText('Incubation (free)').waitFor();
    expect(await founderPage.getByRole('button', { name: /End lease/ }).count()).toBe(0);
    await accessibility(founderPage);
  });
});
