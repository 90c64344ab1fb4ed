import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cohorts, enrol, startups } from '../factories/cohorts';
import { addMember, organizations } from '../factories/organizations';
import { programmes } from '../factories/programmes';
import { users, type SignedIn } from '../factories/users';
import { logIn, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { countRows } from '../support/system';

jest.setTimeout(60_000);

/**
 * The equity pages on the real stack: a manager books on a cap table under the Socratus rules
 * (15–49 %, never a majority), the portfolio keeps currencies apart, a founder reads their own
 * cap table only. The data is set up through the API, as test/equity.e2e-spec.ts does.
 */
describe('equity pages in the browser', () => {
  let system: BrowserSystem;
  let owner: SignedIn;
  let manager: SignedIn;
  let park: { id: string; slug: string; name: string };
  let alpha: { id: string; name: string; founder: SignedIn };
  let beta: { id: string; name: string; founder: SignedIn };

  const accessibility = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);
  /** EQUITY_SCREENSHOTS=/some/dir keeps a picture of each page for a look. */
  const picture = async (page: Page, name: string) => {
    if (process.env.EQUITY_SCREENSHOTS) await page.screenshot({ path: join(process.env.EQUITY_SCREENSHOTS, `${name}.png`) });
  };
  const base = (startupId: string) => `/api/v1/organizations/${park.slug}/startups/${startupId}`;
  const entries = (startupId: string) => countRows(system, 'equity_entries', 'startup_id = $1', [startupId]);

  beforeAll(async () => {
    system = await startBrowserSystem();
    owner = await users.create(system, { name: 'Park Owner' });
    park = await organizations.create(system, owner, { name: 'Steppe Park', defaultCurrency: 'USD' });
    manager = await addMember(system, park.id, 'manager', await users.create(system, { name: 'Tuya Manager' }));
    const programme = await programmes.create(system, owner, park.slug, { equityPolicy: { kind: 'range', minBps: 1500, maxBps: 4900, neverMajority: true } });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ulaanbaatar' }).format(new Date());
    const cohort = await cohorts.create(system, owner, park.slug, { programmeId: programme.id, startsOn: today });
    alpha = await startups.create(system, owner, park);
    beta = await startups.create(system, owner, park);
    const betaEnrolment = (await enrol(system, owner, park.slug, cohort.id, [alpha.id, beta.id])).enrolments.find((enrolment) => enrolment.startupId === beta.id)!;

    const ok = async (call: Promise<{ status: number; body: any }>) => {
      const response = await call;
      if (response.status >= 300) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const capTable = async (startup: { id: string; founder: SignedIn }, founderShares: number) => {
      const holders = await ok(system.http.get(`${base(startup.id)}/holders`, owner.token));
      const common = (await ok(system.http.post(`${base(startup.id)}/share-classes`, { name: 'Common', kind: 'common' }, owner.token))).id;
      const founder = (await ok(system.http.post(`${base(startup.id)}/holders`, { kind: 'founder', name: 'Founder', userId: startup.founder.id }, owner.token))).id;
      await ok(system.http.post(`${base(startup.id)}/equity/entries`, { kind: 'issuance', date: today, shareClassId: common, toHolderId: founder, shares: founderShares }, owner.token));
      return { organization: holders.find((holder: { kind: string }) => holder.kind === 'organization').id as string };
    };
    // Alpha: the founders' 8,000 shares; a USD SAFE by the organization (no shares until it converts).
    const a = await capTable(alpha, 8000);
    await ok(system.http.post(`${base(alpha.id)}/investments`, { investorHolderId: a.organization, instrument: 'safe', amount: { amountMinor: 5_000_000, currency: 'USD' }, preMoneyValuation: { amountMinor: 100_000_000, currency: 'USD' }, date: today }, owner.token));
    // Beta: an MNT equity investment, written off when it fails; USD proceeds before that.
    const b = await capTable(beta, 9000);
    await ok(system.http.post(`${base(beta.id)}/investments`, { investorHolderId: b.organization, instrument: 'equity', amount: { amountMinor: 500_000_000, currency: 'MNT' }, preMoneyValuation: { amountMinor: 2_250_000_000, currency: 'MNT' }, date: today, shares: '2000' }, owner.token));
    await ok(system.http.post(`${base(beta.id)}/proceeds`, { amount: { amountMinor: 700_000, currency: 'USD' }, date: today, note: 'Secondary sale' }, owner.token));
    const review = await system.db.query(
      `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, created_at) VALUES (gen_random_uuid(), $1, $2, $3, 'graduation_review', now(), now()) RETURNING id`,
      [park.id, betaEnrolment.id, beta.id],
    );
    await ok(system.http.post(`/api/v1/organizations/${park.slug}/programme-actions/${review.rows[0].id}/resolve`, { resolution: 'failed', reason: 'Ran out of runway', effectiveOn: today }, owner.token));
    const deadline = Date.now() + 15_000;
    while ((await countRows(system, 'write_offs', 'startup_id = $1', [beta.id])) === 0) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the write-off');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(() => system?.close());

  async function percentages(page: Page): Promise<{ rows: string[]; total: string }> {
    return { rows: await page.getByTestId('percent').allTextContents(), total: (await page.getByTestId('percent-total').textContent()) ?? '' };
  }
  const basisPoints = (text: string) => {
    const [whole, fraction] = text.replace(/[%\s]/g, '').split('.');
    return Number(whole) * 100 + Number(fraction);
  };

  async function bookIssuance(page: Page, toHolder: string, shares: string): Promise<void> {
    await page.getByRole('button', { name: 'Book an entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Book a ledger entry' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'To holder' }).click();
    await page.getByRole('option', { name: toHolder }).click();
    await dialog.getByRole('textbox', { name: 'Shares' }).fill(shares);
    await dialog.getByRole('button', { name: 'Book entry' }).click();
  }

  it('a manager books an issuance; the cap table shows the exact fractions and percentages summing to 100.00 %', async () => {
    const page = await system.newPage();
    const keys: (string | undefined)[] = [];
    page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/equity/entries') && keys.push(request.headers()['idempotency-key']));
    await logIn(page, manager.email, manager.password, `/o/${park.slug}/startups/${alpha.id}/equity`);
    await page.getByRole('heading', { name: `Cap table: ${alpha.name}`, level: 1 }).waitFor();
    await page.getByTestId('cap-table').waitFor();
    await accessibility(page);

    await bookIssuance(page, `${park.name} · Organization`, '2000');
    await page.getByText('Entry booked').first().waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('row', { name: new RegExp(park.name) }).getByText('20.00%').waitFor();
    const shown = await percentages(page);
    expect(shown.rows).toEqual(['20.00%', '80.00%']);
    expect(shown.rows.reduce((sum, text) => sum + basisPoints(text), 0)).toBe(10_000);
    expect(shown.total).toBe('100.00%');
    expect(await page.getByTestId('cap-table').getByText('1/5', { exact: true }).count()).toBe(1);
    expect(await entries(alpha.id)).toBe(2);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    // The ledger lists it with its price column and a Reverse action.
    await page.getByRole('table', { name: 'Ledger entries, newest first' }).getByRole('button', { name: /^Reverse the issuance of 2,000 shares/ }).waitFor();
    await accessibility(page);
    await picture(page, 'equity-cap-table');
  });

  it('a booking that would give the organization a majority is refused with its message and writes nothing', async () => {
    const page = await system.newPage();
    await logIn(page, manager.email, manager.password, `/o/${park.slug}/startups/${alpha.id}/equity`);
    await page.getByTestId('cap-table').waitFor();
    const before = await entries(alpha.id);
    // 2,000 + 8,000 of 18,000 would be 55.6 %.
    await bookIssuance(page, `${park.name} · Organization`, '8000');
    const problem = page.getByRole('dialog').getByRole('alert');
    await problem.getByText('its programme never takes a majority, even with an override reason').waitFor();
    await accessibility(page);
    await picture(page, 'equity-majority-refused');
    expect(await entries(alpha.id)).toBe(before);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect((await percentages(page)).rows).toEqual(['20.00%', '80.00%']);
  });

  it('the portfolio shows the stake and keeps each currency apart', async () => {
    const page = await system.newPage();
    await logIn(page, manager.email, manager.password, `/o/${park.slug}`);
    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    const usd = page.getByTestId('totals-USD');
    const mnt = page.getByTestId('totals-MNT');
    await usd.waitFor();
    expect((await usd.innerText()).replace(/\s+/g, ' ')).toBe('Totals in USD Invested US$50,000.00 Written off US$0.00 Returned US$7,000.00');
    expect((await mnt.innerText()).replace(/\s+/g, ' ')).toBe('Totals in MNT Invested MNT 5,000,000 Written off MNT 5,000,000 Returned MNT 0');
    const table = page.getByTestId('portfolio');
    // Beta: 2,000 of 11,000 shares (18.18 %, rounded down), a row per currency.
    const betaRows = table.locator('tbody').filter({ hasText: beta.name });
    expect(await betaRows.getByRole('row').count()).toBe(2);
    await betaRows.getByText('18.18%').waitFor();
    await betaRows.getByText('2/11').waitFor();
    await accessibility(page);
    await picture(page, 'equity-portfolio');
    await table.getByRole('link', { name: `Cap table of ${alpha.name}` }).click();
    await page.waitForURL(`**/o/${park.slug}/startups/${alpha.id}/equity`);
  });

  it("the founder reads their startup's cap table, without booking buttons; another startup's is the 404 page", async () => {
    const page = await system.newPage({ width: 390, height: 844 });
    await logIn(page, alpha.founder.email, alpha.founder.password, `/o/${park.slug}/startups/${alpha.id}/equity`);
    await page.getByTestId('cap-table').waitFor();
    expect((await percentages(page)).total).toBe('100.00%');
    await page.getByText('This cap table is kept by the programme team.', { exact: false }).waitFor();
    for (const action of ['Book an entry', 'Record investment', 'Record proceeds', 'Add share class', 'Add holder']) {
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    }
    expect(await page.getByRole('button', { name: /^Reverse/ }).count()).toBe(0);
    await accessibility(page);
    await picture(page, 'equity-founder-phone');

    await page.goto(`/o/${park.slug}/startups/${beta.id}/equity`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await accessibility(page);
  });
});
