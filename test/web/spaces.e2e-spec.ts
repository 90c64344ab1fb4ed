import type { Page } from 'playwright-core';
import { startups } from '../factories/cohorts';
import { addMember, organizations } from '../factories/organizations';
import { users, type SignedIn } from '../factories/users';
import { logIn, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { countRows } from '../support/system';

jest.setTimeout(120_000);

/** A manager leases an office from the pages; a second lease of it is refused; the founder reads theirs. */
describe('space and leases in the browser', () => {
  let system: BrowserSystem;
  let owner: SignedIn;
  let manager: SignedIn;
  let park: { id: string; slug: string };
  let startup: { id: string; name: string; founder: SignedIn };
  let other: { id: string; name: string };
  let page: Page;
  const url = (path: string) => `/api/v1/organizations/${park.slug}${path}`;
  const post201 = async (path: string, body: object) => {
    const response = await system.http.post(url(path), body, owner.token);
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

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
    system = await startBrowserSystem();
    owner = await users.create(system);
    park = await organizations.create(system, owner);
    manager = await addMember(system, park.id, 'manager');
    startup = await startups.create(system, owner, park);
    other = await startups.create(system, owner, park);
    const site = await post201('/sites', { name: 'IT Park, floor 2', address: 'Chinggis Avenue 15' });
    const office = await post201('/spaces', { siteId: site.id, name: 'Room 201', kind: 'office', areaM2: 20.5, capacity: 4 });
    await post201('/spaces', { siteId: site.id, name: 'Open space', kind: 'desk_area', areaM2: 100, capacity: 10 });
    await post201(`/spaces/${office.id}/rates`, { effectiveFrom: '2026-01-01', basis: 'per_month', amount: { amountMinor: 100_000, currency: 'MNT' } });
    await post201('/rent-plans', { name: 'Incubation (free)', kind: 'free', noticeDays: 30, terms: { effectiveFrom: '2026-01-01' } });
    page = await system.newPage();
    await logIn(page, manager.email, manager.password, `/o/${park.slug}/leases`);
  });
  afterAll(() => system?.close());

  it('creates a lease of an office', async () => {
    await page.getByRole('heading', { name: 'Leases', level: 1 }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const dialog = await newLease(startup.name);
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: startup.name, exact: true }).waitFor();
    expect(await countRows(system, 'leases')).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('refuses a second lease of the same office on the same days, and writes nothing', async () => {
    const dialog = await newLease(other.name);
    await dialog.getByText(/already leased for part of that period/).waitFor();
    expect(await countRows(system, 'leases')).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows the leased area in the occupancy', async () => {
    await page.goto(`${system.baseUrl}/o/${park.slug}/space`);
    await page.getByRole('heading', { name: 'Space', level: 1 }).waitFor();
    await page.getByText('20.50 of 120.50 m² leased').first().waitFor();
    await page.getByRole('cell', { name: 'Room 201', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('shows the founder their lease, read-only', async () => {
    const founderPage = await system.newPage();
    await logIn(founderPage, startup.founder.email, startup.founder.password, `/o/${park.slug}/startups/${startup.id}/leases`);
    await founderPage.getByRole('heading', { name: 'Room 201' }).waitFor();
    await founderPage.getByText('Incubation (free)').waitFor();
    expect(await founderPage.getByRole('button', { name: /End lease/ }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(founderPage)).toEqual([]);
  });
});
