import type { Page } from 'playwright-core';
import { cohorts, enrol, startups } from '../factories/cohorts';
import { addMember, organizations } from '../factories/organizations';
import { calls, programmes } from '../factories/programmes';
import { users, type SignedIn } from '../factories/users';
import { logIn, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';

jest.setTimeout(180_000);

/**
 * Every page, as the person who uses it, with data on it: no serious or critical axe violation
 * (WCAG 2.1 A and AA). The journeys check the pages they pass through; this sweeps the rest.
 */
describe('every page is accessible', () => {
  let system: BrowserSystem;
  let owner: SignedIn;
  let manager: SignedIn;
  let reviewer: SignedIn;
  let mentor: SignedIn;
  let park: { id: string; slug: string };
  let startup: { id: string; founder: SignedIn };
  let ids: { programme: string; call: string; openCall: string; cohort: string; milestone: string };

  beforeAll(async () => {
    system = await startBrowserSystem();
    owner = await users.create(system);
    park = await organizations.create(system, owner, { name: 'Steppe Park' });
    manager = await addMember(system, park.id, 'manager');
    reviewer = await addMember(system, park.id, 'reviewer');
    mentor = await addMember(system, park.id, 'mentor');
    const programme = await programmes.create(system, owner, park.slug);
    const draft = await calls.create(system, owner, park.slug, programme.id);
    const open = await calls.create(system, owner, park.slug, programme.id, { title: 'Open intake', opensAt: new Date(Date.now() - 60_000).toISOString() });
    await system.http.post(`/api/v1/organizations/${park.slug}/calls/${open.id}/publish`, {}, owner.token);
    const cohort = await cohorts.create(system, owner, park.slug, { programmeId: programme.id, startsOn: new Date().toISOString().slice(0, 10) });
    startup = await startups.create(system, owner, park);
    await enrol(system, owner, park.slug, cohort.id, [startup.id]);
    const { rows } = await system.db.query('SELECT id FROM milestones WHERE organization_id = $1 LIMIT 1', [park.id]);
    ids = { programme: programme.id, call: draft.id, openCall: open.id, cohort: cohort.id, milestone: rows[0].id };
  });
  afterAll(() => system?.close());

  async function sweep(page: Page, paths: string[]): Promise<string[]> {
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' }).catch(() => undefined);
      violations.push(...(await seriousAccessibilityViolations(page)));
    }
    return violations;
  }

  // The staff's pages in three parts, each within its own timeout, on one logged-in page.
  let staffPage: Promise<Page> | undefined;
  const asManager = () =>
    (staffPage ??= (async () => {
      const page = await system.newPage();
      await logIn(page, manager.email, manager.password);
      return page;
    })());
  const staff = (paths: (o: string) => string[]) => async () => {
    expect(await sweep(await asManager(), paths(`/o/${park.slug}`))).toEqual([]);
  };

  it(
    'staff pages: the dashboard, programmes, calls, applications, reviews',
    staff((o) => [o, `${o}/programmes`, `${o}/programmes/new`, `${o}/programmes/${ids.programme}`, `${o}/programmes/${ids.programme}/calls/new`, `${o}/calls`, `${o}/calls/${ids.call}`, `${o}/applications`, `${o}/reviews`]),
  );

  it(
    'staff pages: cohorts and milestones',
    staff((o) => [`${o}/cohorts`, `${o}/cohorts/${ids.cohort}`, `${o}/cohorts/${ids.cohort}?tab=grid`, `${o}/cohorts/${ids.cohort}?tab=milestones`, `${o}/cohorts/${ids.cohort}?tab=startups`, `${o}/milestones/${ids.milestone}`]),
  );

  it(
    'staff pages: startups, programme actions and the organization',
    staff((o) => [`${o}/startups`, `${o}/startups/${startup.id}`, `${o}/actions`, `${o}/members`, `${o}/invitations`, `${o}/audit`, `${o}/settings`]),
  );

  it("founders' pages, on a phone, in both languages", async () => {
    const page = await system.newPage({ width: 390, height: 844 });
    await logIn(page, startup.founder.email, startup.founder.password);
    const o = `/o/${park.slug}`;
    const paths = [o, `${o}/startups/${startup.id}`, `${o}/milestones/${ids.milestone}`, '/me/applications', '/me/notifications', '/me/settings', '/calls', `/calls/${park.slug}/${ids.openCall}`];
    expect(await sweep(page, paths)).toEqual([]);
    await page.evaluate(`localStorage.setItem('hatchery.language', 'mn')`);
    expect(await sweep(page, paths)).toEqual([]);
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('mn');
  });

  it("reviewers', mentors' and public pages", async () => {
    const reviewing = await system.newPage();
    await logIn(reviewing, reviewer.email, reviewer.password);
    expect(await sweep(reviewing, [`/o/${park.slug}`, `/o/${park.slug}/reviews`, `/o/${park.slug}/members`])).toEqual([]);
    const mentoring = await system.newPage();
    await logIn(mentoring, mentor.email, mentor.password);
    expect(await sweep(mentoring, [`/o/${park.slug}`, `/o/${park.slug}/settings`])).toEqual([]);
    const anyone = await system.newPage();
    expect(await sweep(anyone, ['/calls', '/login', '/register', '/invitations/not-a-real-token', '/no/such/page'])).toEqual([]);
  });
});
