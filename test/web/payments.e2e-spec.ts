import type { Locator, Page } from 'playwright-core';
import { startups } from '../factories/cohorts';
import { addMember, organizations } from '../factories/organizations';
import { users, type SignedIn } from '../factories/users';
import { logIn, screenshot, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { TestClock } from '../support/clock';
import { countRows } from '../support/system';

jest.setTimeout(180_000);

/**
 * Payments, arrears and rent revenue in the browser on the real stack (api + worker reading a
 * TestClock; the browsers' clocks follow it). The park is in Asia/Ulaanbaatar and bills in MNT.
 * Alpha rents Room 201 at 1,000,000 a month and Beta Room 202 at 800,000, both from 1 January 2027
 * at market (set up through the API). January is invoiced on 1 February (due 15 February),
 * February on 1 March (due 15 March), March on 1 April (due 15 April).
 *
 * 5 March: a manager records Alpha's 1,500,000 (the January invoice and half of February, oldest
 * first); the same bank reference again is refused beside its field, nothing written. Beta's
 * 2,000,000 is allocated by hand to February; the rest goes oldest first to January from the
 * payment's page, 400,000 stays a credit. 20 April: the arrears show Alpha's February 36 days
 * overdue (31–60) and the March invoices 1–30; as of 1 March the older picture. The rent revenue
 * shows the months invoiced and March's collections. Alpha's founder reads the startup's payments
 * on a phone in English and Mongolian. Every new page passes axe.
 */
describe('payments, arrears and rent revenue pages', () => {
  const clock = new TestClock('2027-01-05T02:00:00Z'); // 10:00 in Ulaanbaatar
  let system: BrowserSystem;
  let owner: SignedIn;
  let manager: SignedIn;
  let park: { id: string; slug: string };
  let alpha: { id: string; name: string; founder: SignedIn };
  let beta: { id: string; name: string; founder: SignedIn };
  let staff: Page;
  const number: Record<string, string> = {};
  const paymentIds: Record<'alpha' | 'beta', string> = { alpha: '', beta: '' };

  const accessibility = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);
  const url = (path: string) => `/api/v1/organizations/${park.slug}${path}`;
  const post = async (path: string, body: object, status = 201) => {
    const response = await system.http.post(url(path), body, owner.token);
    if (response.status !== status) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const query = async (sql: string, params: unknown[] = []) => (await system.db.query(sql, params)).rows;
  /** A browser page whose clock reads the test clock's instant (fixed, timers still run). */
  const followClock = (page: Page) => page.clock.setFixedTime(clock.now());
  /** Money as the pages show it in English (MNT without minor units). */
  const mnt = (major: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'MNT', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(major);
  const issue = async (period: string) => post('/invoices/run', { period }, 200);
  const allocations = (startupId: string) =>
    query(
      `SELECT to_char(i.period, 'YYYY-MM') AS period, a.amount_minor::int AS amount, a.manual
         FROM payment_allocations a JOIN invoices i ON i.id = a.invoice_id JOIN payments p ON p.id = a.payment_id
        WHERE p.organization_id = $1 AND p.startup_id = $2 ORDER BY i.period`,
      [park.id, startupId],
    );
  /** A table row's cells as shown (whitespace normalized), once the row is there. */
  const cells = async (row: Locator) => {
    await row.waitFor();
    return (await row.locator('th, td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  };
  const norm = (text: string) => text.replace(/\s+/g, ' ');

  beforeAll(async () => {
    system = await startBrowserSystem({ env: { CLOCK_FILE: clock.file, RECONCILE_INTERVAL_MS: '3600000' } });
    owner = await users.create(system, { name: 'Park Owner' });
    park = await organizations.create(system, owner, { name: 'Khan-Uul Park', timezone: 'Asia/Ulaanbaatar', defaultCurrency: 'MNT' });
    manager = await addMember(system, park.id, 'manager', await users.create(system, { name: 'Saraa Manager' }));
    alpha = await startups.create(system, owner, park);
    beta = await startups.create(system, owner, park);
    const site = await post('/sites', { name: 'Khan-Uul Park, floor 3' });
    const plan = await post('/rent-plans', { name: 'Market', kind: 'share_of_market', noticeDays: 0, terms: { effectiveFrom: '2027-01-01', shareBps: 10_000 } });
    for (const [startup, name, major] of [[alpha, 'Room 201', 1_000_000], [beta, 'Room 202', 800_000]] as const) {
      const space = await post('/spaces', { siteId: site.id, name, kind: 'office', areaM2: 24, capacity: 4 });
      await post(`/spaces/${space.id}/rates`, { effectiveFrom: '2027-01-01', basis: 'per_month', amount: { amountMinor: major * 100, currency: 'MNT' } });
      await post('/leases', { startupId: startup.id, spaceId: space.id, planId: plan.id, startsOn: '2027-01-01' });
    }
    clock.set('2027-02-01T02:00:00Z');
    await issue('2027-01');
    clock.set('2027-03-01T02:00:00Z');
    await issue('2027-02');
    for (const row of await query(`SELECT startup_id, to_char(period, 'YYYY-MM') AS period, number FROM invoices WHERE organization_id = $1`, [park.id])) {
      number[`${row.startup_id === alpha.id ? 'alpha' : 'beta'} ${row.period}`] = row.number;
    }
    expect(Object.keys(number).sort()).toEqual(['alpha 2027-01', 'alpha 2027-02', 'beta 2027-01', 'beta 2027-02']);
    clock.set('2027-03-05T02:00:00Z');
    staff = await system.newPage();
    await followClock(staff);
    await logIn(staff, manager.email, manager.password, `/o/${park.slug}/payments`);
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  async function openRecordForm(startupName: string) {
    await staff.getByRole('button', { name: 'Record payment' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Record payment' });
    await dialog.getByRole('textbox', { name: /^Startup/ }).click();
    await staff.getByRole('option', { name: startupName, exact: true }).click();
    return dialog;
  }

  it('records a payment that pays the oldest invoice and part of the next; the same bank reference again is refused beside the field, nothing written', async () => {
    await staff.getByRole('heading', { name: 'Payments', level: 1 }).waitFor();
    await staff.getByText('No payments recorded yet.').waitFor();
    await accessibility(staff);

    const dialog = await openRecordForm(alpha.name);
    const receivedOn = dialog.getByLabel(/^Received on/);
    expect(await receivedOn.inputValue()).toBe('2027-03-05'); // the browser's today is the test clock's, in Ulaanbaatar
    expect(await dialog.getByRole('textbox', { name: /^Currency/ }).inputValue()).toBe('MNT'); // the organization's currency
    await dialog.getByRole('textbox', { name: /^Amount( \*)?$/ }).fill('1500000');
    await dialog.getByRole('textbox', { name: /^Bank reference/ }).fill('KHAN-20270304-0001');
    await dialog.getByRole('textbox', { name: /^Note/ }).fill('January and half of February');
    // Tomorrow in Ulaanbaatar: told beside the field, nothing sent.
    await receivedOn.fill('2027-03-06');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await dialog.getByText('The day the money arrived cannot be after today.').waitFor();
    expect(await receivedOn.getAttribute('aria-invalid')).toBe('true');
    expect(await countRows(system, 'payments', 'organization_id = $1', [park.id])).toBe(0);
    await receivedOn.fill('2027-03-04');
    await accessibility(staff);
    await dialog.getByRole('button', { name: 'Record payment' }).click();

    const result = staff.getByRole('dialog', { name: 'Payment KHAN-20270304-0001 recorded' });
    const table = result.getByTestId('allocations');
    await table.waitFor();
    expect(await cells(table.getByRole('row').filter({ hasText: number['alpha 2027-01'] }))).toEqual([number['alpha 2027-01'], 'Oldest first', norm(mnt(1_000_000))]);
    expect(await cells(table.getByRole('row').filter({ hasText: number['alpha 2027-02'] }))).toEqual([number['alpha 2027-02'], 'Oldest first', norm(mnt(500_000))]);
    expect(norm(await result.getByTestId('payment-totals').innerText())).toContain(`Unallocated: ${norm(mnt(0))}`);
    expect(await allocations(alpha.id)).toEqual([
      { period: '2027-01', amount: 100_000_000, manual: false },
      { period: '2027-02', amount: 50_000_000, manual: false },
    ]);
    expect(await query(`SELECT received_on::text AS received_on, amount_minor::int AS amount, currency, bank_reference, note FROM payments WHERE organization_id = $1`, [park.id])).toEqual([
      { received_on: '2027-03-04', amount: 150_000_000, currency: 'MNT', bank_reference: 'KHAN-20270304-0001', note: 'January and half of February' },
    ]);
    await accessibility(staff);
    await screenshot(staff, 'payments-recorded');

    // The same bank reference again: refused beside the field, nothing written.
    await result.getByRole('button', { name: 'Record another' }).click();
    const again = staff.getByRole('dialog', { name: 'Record payment' });
    await again.getByRole('textbox', { name: /^Amount( \*)?$/ }).fill('200000');
    const reference = again.getByRole('textbox', { name: /^Bank reference/ });
    await reference.fill('KHAN-20270304-0001');
    await again.getByRole('button', { name: 'Record payment' }).click();
    const refusal = 'A payment with this bank reference is recorded already: each reference is recorded once. Nothing was saved.';
    await again.getByText(refusal).waitFor();
    expect(await reference.getAttribute('aria-invalid')).toBe('true');
    const describedBy = ((await reference.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    expect((await Promise.all(describedBy.map((id) => staff.locator(`[id="${id}"]`).textContent()))).join(' ')).toContain(refusal);
    await again.getByRole('link', { name: 'Open the payment with this reference' }).waitFor();
    expect(await countRows(system, 'payments', 'organization_id = $1', [park.id])).toBe(1);
    expect(await countRows(system, 'payment_allocations', 'organization_id = $1', [park.id])).toBe(2);
    await accessibility(staff);
    await screenshot(staff, 'payments-duplicate-refused');
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.waitFor({ state: 'detached' });

    const row = staff.getByRole('row').filter({ hasText: 'KHAN-20270304-0001' });
    await row.getByRole('cell', { name: alpha.name }).waitFor();
    paymentIds.alpha = (await row.getByRole('link').getAttribute('href'))?.split('/').pop() ?? '';
  });

  it('allocates a payment by hand, then the rest oldest first from its page; what is left stays a credit balance', async () => {
    const dialog = await openRecordForm(beta.name);
    await dialog.getByRole('textbox', { name: /^Amount( \*)?$/ }).fill('2000000');
    await dialog.getByRole('textbox', { name: /^Bank reference/ }).fill('KHAN-20270305-0007');
    await dialog.getByRole('checkbox', { name: /^Allocate by hand/ }).check();
    const inputs = dialog.getByTestId('allocation-inputs');
    const february = inputs.getByRole('textbox', { name: `Amount for ${number['beta 2027-02']}` });
    await february.fill('900000'); // more than is open: told beside the row before sending
    await inputs.getByText(`More than the ${mnt(800_000)} open`).waitFor();
    await february.fill('800000');
    await inputs.getByTestId('allocation-sum').getByText(`Allocated: ${mnt(800_000)} · left: ${mnt(1_200_000)}`).waitFor();
    await accessibility(staff);
    await screenshot(staff, 'payments-allocate-by-hand');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    const result = staff.getByRole('dialog', { name: 'Payment KHAN-20270305-0007 recorded' });
    await result.getByTestId('allocations').getByRole('row').filter({ hasText: number['beta 2027-02'] }).getByText('By hand').waitFor();
    expect(await allocations(beta.id)).toEqual([{ period: '2027-02', amount: 80_000_000, manual: true }]);

    await result.getByRole('link', { name: 'Open payment' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Payment KHAN-20270305-0007' }).waitFor();
    paymentIds.beta = staff.url().split('/').pop() ?? '';
    expect(norm(await staff.getByTestId('payment-facts').innerText())).toContain(norm(mnt(1_200_000)));
    await accessibility(staff);
    await staff.getByRole('button', { name: 'Allocate the rest' }).click();
    const allocate = staff.getByRole('dialog', { name: 'Allocate the rest of KHAN-20270305-0007' });
    await allocate.getByRole('radio', { name: /^Oldest first/ }).waitFor();
    expect(await allocate.getByRole('radio', { name: /^Oldest first/ }).isChecked()).toBe(true);
    await accessibility(staff);
    await allocate.getByRole('button', { name: 'Allocate' }).click();
    await allocate.waitFor({ state: 'detached' });
    const table = staff.getByTestId('allocations');
    await table.getByRole('row').filter({ hasText: number['beta 2027-01'] }).getByText('Oldest first').waitFor();
    await table.getByRole('link', { name: number['beta 2027-02'] }).waitFor();
    expect(norm(await staff.getByTestId('payment-totals').innerText())).toContain(`Unallocated: ${norm(mnt(400_000))}`);
    expect(await allocations(beta.id)).toEqual([
      { period: '2027-01', amount: 80_000_000, manual: false },
      { period: '2027-02', amount: 80_000_000, manual: true },
    ]);
    await accessibility(staff);
    await screenshot(staff, 'payment');

    // Nothing open is left for Beta in MNT: "Allocate the rest" cannot send.
    await staff.getByRole('button', { name: 'Allocate the rest' }).click();
    await allocate.getByText('The startup has no open invoices in MNT.').waitFor();
    expect(await allocate.getByRole('button', { name: 'Allocate' }).isDisabled()).toBe(true);
    await allocate.getByRole('button', { name: 'Cancel' }).click();

    await staff.getByRole('link', { name: 'All payments' }).click();
    const credit = staff.getByTestId('credit-balances');
    await credit.getByRole('row').filter({ hasText: beta.name }).getByRole('cell', { name: mnt(400_000) }).waitFor(); // read again after the allocation
    expect(await cells(credit.getByRole('row').filter({ hasText: beta.name }))).toEqual([beta.name, 'MNT', norm(mnt(400_000)), '1']);
    await accessibility(staff);
    await screenshot(staff, 'payments');
  });

  it('reads arrears as of a day in buckets per currency and startup, with the credit balance; an earlier day shows the older picture', async () => {
    clock.set('2027-04-01T02:00:00Z');
    await issue('2027-03');
    for (const row of await query(`SELECT startup_id, number FROM invoices WHERE organization_id = $1 AND period = '2027-03-01'`, [park.id])) {
      number[`${row.startup_id === alpha.id ? 'alpha' : 'beta'} 2027-03`] = row.number;
    }
    clock.set('2027-04-20T02:00:00Z');
    await followClock(staff);
    await staff.goto(`/o/${park.slug}/arrears`);
    await staff.getByRole('heading', { level: 1, name: 'Arrears' }).waitFor();
    expect(await staff.getByLabel(/^As of/).inputValue()).toBe('2027-04-20');
    const totals = staff.getByTestId('arrears-totals');
    const startupsTable = staff.getByTestId('arrears-startups');
    // Currency, startups, not due, 1–30, 31–60, 61–90, over 90, outstanding, credit (per startup: the name for the first two).
    const zero = norm(mnt(0));
    await totals.getByRole('row', { name: /^MNT/ }).waitFor();
    expect(await cells(totals.getByRole('row', { name: /^MNT/ }))).toEqual(['MNT', '2', zero, norm(mnt(1_800_000)), norm(mnt(500_000)), zero, zero, norm(mnt(2_300_000)), norm(mnt(400_000))]);
    expect(await cells(startupsTable.getByRole('row').filter({ hasText: alpha.name }))).toEqual([alpha.name, zero, norm(mnt(1_000_000)), norm(mnt(500_000)), zero, zero, norm(mnt(1_500_000)), zero]);
    expect(await cells(startupsTable.getByRole('row').filter({ hasText: beta.name }))).toEqual([beta.name, zero, norm(mnt(800_000)), zero, zero, zero, norm(mnt(800_000)), norm(mnt(400_000))]);
    await accessibility(staff);
    await screenshot(staff, 'arrears');

    // One startup: its open invoices with their age.
    await startupsTable.getByRole('button', { name: `Show ${alpha.name} only` }).click();
    const invoices = staff.getByTestId('arrears-invoices');
    await invoices.waitFor();
    expect(await cells(invoices.getByRole('row').filter({ hasText: number['alpha 2027-02'] }))).toEqual([number['alpha 2027-02'], 'February 2027', '15 Mar 2027', '36', '31–60 days', norm(mnt(500_000))]);
    expect(await cells(invoices.getByRole('row').filter({ hasText: number['alpha 2027-03'] }))).toEqual([number['alpha 2027-03'], 'March 2027', '15 Apr 2027', '5', '1–30 days', norm(mnt(1_000_000))]);
    expect(staff.url()).toContain(`startupId=${alpha.id}`);
    await accessibility(staff);
    await screenshot(staff, 'arrears-startup');

    // As of 1 March: before the payments, January 14 days overdue, February not due yet.
    await staff.goto(`/o/${park.slug}/arrears?asOf=2027-03-01`);
    await staff.getByRole('heading', { level: 2, name: /^Organization totals on 1 Mar 2027/ }).waitFor();
    expect(await staff.getByLabel(/^As of/).inputValue()).toBe('2027-03-01');
    await totals.getByRole('row', { name: /^MNT/ }).waitFor();
    expect(await cells(totals.getByRole('row', { name: /^MNT/ }))).toEqual(['MNT', '2', norm(mnt(1_800_000)), norm(mnt(1_800_000)), zero, zero, zero, norm(mnt(3_600_000)), zero]);
    expect(await cells(startupsTable.getByRole('row').filter({ hasText: alpha.name }))).toEqual([alpha.name, norm(mnt(1_000_000)), norm(mnt(1_000_000)), zero, zero, zero, norm(mnt(2_000_000)), zero]);
    await accessibility(staff);
    await screenshot(staff, 'arrears-earlier');

    // Changing the day on the page reads the picture of that day.
    await staff.getByLabel(/^As of/).fill('2027-04-20');
    await staff.getByRole('heading', { level: 2, name: /^Organization totals on 20 Apr 2027/ }).waitFor();
    expect(await cells(totals.getByRole('row', { name: /^MNT/ }))).toEqual(['MNT', '2', zero, norm(mnt(1_800_000)), norm(mnt(500_000)), zero, zero, norm(mnt(2_300_000)), norm(mnt(400_000))]);
  });

  it('shows rent invoiced, credited and collected per month and currency, in a table and a chart', async () => {
    await staff.getByRole('link', { name: 'Rent revenue' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Rent revenue' }).waitFor();
    expect(await staff.getByLabel(/^From month/).inputValue()).toBe('2026-11'); // the last six months
    expect(await staff.getByLabel(/^To month/).inputValue()).toBe('2027-04');
    const table = staff.getByTestId('revenue');
    await table.waitFor();
    // Month, currency, invoiced, credited, net, collected, invoices.
    const zero = norm(mnt(0));
    expect(await cells(table.getByRole('row', { name: /^January 2027/ }))).toEqual(['January 2027', 'MNT', norm(mnt(1_800_000)), zero, norm(mnt(1_800_000)), zero, '2']);
    expect(await cells(table.getByRole('row', { name: /^March 2027/ }))).toEqual(['March 2027', 'MNT', norm(mnt(1_800_000)), zero, norm(mnt(1_800_000)), norm(mnt(3_500_000)), '2']);
    expect(await table.getByRole('row', { name: /^April 2027/ }).count()).toBe(0); // April has not been invoiced nor collected
    const figure = staff.getByRole('figure', { name: /^Rent revenue in MNT by month/ });
    await figure.locator('.recharts-bar-rectangle').first().waitFor();
    await accessibility(staff);
    await screenshot(staff, 'rent-revenue');

    await staff.getByLabel(/^From month/).fill('2027-03');
    await staff.getByLabel(/^To month/).fill('2027-03');
    await staff.getByRole('heading', { level: 2, name: 'By month, March 2027 – March 2027' }).waitFor();
    await table.getByRole('row', { name: /^March 2027/ }).waitFor();
    expect(await table.getByRole('row', { name: /^January 2027/ }).count()).toBe(0);
    expect(await countRows(system, 'payments', 'organization_id = $1', [park.id])).toBe(2);
  });

  it("a founder reads the startup's payments and balance on a phone, in English and Mongolian; not another startup's, not the staff pages", async () => {
    const page = await system.newPage({ width: 390, height: 844 });
    await followClock(page);
    await logIn(page, alpha.founder.email, alpha.founder.password, `/o/${park.slug}/startups/${alpha.id}/payments`);
    await page.getByRole('heading', { level: 1, name: `Payments · ${alpha.name}` }).waitFor();
    const balance = page.getByTestId('balance');
    await balance.waitFor();
    expect(norm(await balance.innerText())).toContain(`To pay ${norm(mnt(1_500_000))}`);
    expect(norm(await balance.innerText())).toContain(`Of it overdue ${norm(mnt(1_500_000))}`);
    await page.getByTestId('open-invoice').filter({ hasText: number['alpha 2027-02'] }).getByText('36 days overdue').waitFor();
    const card = page.getByTestId('payment').filter({ hasText: 'KHAN-20270304-0001' });
    expect(norm(await card.innerText())).toContain(`Amount ${norm(mnt(1_500_000))}`);
    expect(await page.getByRole('button', { name: 'Record payment' }).count()).toBe(0);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await accessibility(page);
    await screenshot(page, 'payments-founder');

    await card.getByRole('link', { name: 'Open payment KHAN-20270304-0001' }).click();
    await page.getByRole('heading', { level: 1, name: 'Payment KHAN-20270304-0001' }).waitFor();
    await page.getByTestId('allocations').getByRole('link', { name: number['alpha 2027-01'] }).waitFor();
    expect(await page.getByRole('button', { name: 'Allocate the rest' }).count()).toBe(0);
    await accessibility(page);

    await page.goto(`/o/${park.slug}/payments/${paymentIds.beta}`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.goto(`/o/${park.slug}/arrears`);
    await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();

    await page.evaluate(`localStorage.setItem('hatchery.language', 'mn')`);
    await page.goto(`/o/${park.slug}/startups/${alpha.id}/payments`);
    await page.getByRole('heading', { level: 1, name: `Төлбөр · ${alpha.name}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Өнөөдрийн үлдэгдэл' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Хүлээн авсан төлбөр' }).waitFor();
    await page.getByTestId('open-invoice').filter({ hasText: number['alpha 2027-02'] }).getByText('36 хоног хэтэрсэн').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await accessibility(page);
    await screenshot(page, 'payments-founder-mn');
    await page.getByRole('link', { name: 'Төлбөр нээх: KHAN-20270304-0001' }).click();
    await page.getByRole('heading', { level: 1, name: 'Төлбөр KHAN-20270304-0001' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Төлсөн нэхэмжлэхүүд' }).waitFor();
    await accessibility(page);
  });
});
