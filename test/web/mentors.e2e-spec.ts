import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { cohorts, enrol, startups } from '../factories/cohorts';
import { addMember, organizations } from '../factories/organizations';
import { programmes } from '../factories/programmes';
import { users, type SignedIn } from '../factories/users';
import { logIn, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { countRows } from '../support/system';

jest.setTimeout(90_000);

/**
 * Mentors in the browser on the real stack (api + worker): a mentor logs a session (a future date
 * shows SESSION_IN_FUTURE and writes nothing), the startup's founder confirms it on a phone, a
 * manager approves it with fewer minutes. The pool, profile, matching and hours pages pass axe too.
 * The previous month's statement: a manager runs the month on the statements page, the mentor
 * opens it from Statements, reads its line and total and downloads its PDF.
 * The data around it (tags, profile, assignment) is set up through the API.
 */
describe('mentors pages', () => {
  let system: BrowserSystem;
  let owner: SignedIn;
  let manager: SignedIn;
  let mentor: SignedIn;
  let park: { id: string; slug: string };
  let startup: { id: string; name: string; founder: SignedIn };
  let profileId: string;
  let startsOn: string;
  const topic = 'Pricing for the pilot';

  const accessibility = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);
  const url = (path: string) => `/api/v1/organizations/${park.slug}${path}`;
  const sessionRows = () => countRows(system, 'mentor_sessions', 'startup_id = $1', [startup.id]);
  const sessionRow = async () => (await system.db.query(`SELECT status, minutes, approved_minutes, review_comment FROM mentor_sessions WHERE startup_id = $1`, [startup.id])).rows;

  beforeAll(async () => {
    // The month-end sweep (on start, then hourly here) leaves the month alone: the test's manager runs it.
    system = await startBrowserSystem({ env: { RECONCILE_INTERVAL_MS: '3600000' } });
    owner = await users.create(system, { name: 'Park Owner' });
    park = await organizations.create(system, owner, { name: 'Steppe Park', timezone: 'Asia/Ulaanbaatar' });
    manager = await addMember(system, park.id, 'manager', await users.create(system, { name: 'Tuya Manager' }));
    mentor = await addMember(system, park.id, 'mentor', await users.create(system, { name: 'Bold Mentor' }));
    const programme = await programmes.create(system, owner, park.slug, {});
    // 45 days back: the last day of the previous month is always inside the assignment (the statement test).
    startsOn = dayIn(new Date(Date.now() - 45 * 86_400_000));
    const cohort = await cohorts.create(system, owner, park.slug, { programmeId: programme.id, startsOn });
    startup = await startups.create(system, owner, park);
    await enrol(system, owner, park.slug, cohort.id, [startup.id]);

    for (const [key, label] of [['cleantech', 'Cleantech'], ['fundraising', 'Fundraising']]) {
      expect((await system.http.post(url('/mentor-tags'), { key, label }, owner.token)).status).toBe(201);
    }
    const profile = await system.http.post(url('/mentor-profiles'), { userId: mentor.id, kind: 'lead', tags: ['cleantech'], bio: 'Solar engineer', capacity: 3 }, owner.token);
    expect(profile.status).toBe(201);
    profileId = profile.body.id;
    const assigned = await system.http.post(url(`/startups/${startup.id}/mentor-assignments`), { mentorProfileId: profileId, role: 'lead', startsOn }, owner.token);
    expect(assigned.status).toBe(201);
  });
  afterAll(() => system?.close());

  it('a mentor logs a session; a future date shows SESSION_IN_FUTURE and writes nothing', async () => {
    const page = await system.newPage();
    await logIn(page, mentor.email, mentor.password, `/o/${park.slug}/mentoring`);
    await page.getByRole('heading', { level: 1, name: 'My mentoring' }).waitFor();
    await page.getByRole('heading', { name: startup.name }).waitFor();
    await page.getByText('No sessions yet.').waitFor();
    await accessibility(page);

    await page.getByRole('button', { name: 'Log a session' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Date of the session/).fill(dayIn(new Date(Date.now() + 3 * 86_400_000)));
    await dialog.getByLabel(/^Duration/).fill('90');
    await dialog.getByLabel(/^Topic/).fill(topic);
    await dialog.getByLabel(/^Notes/).fill('Two price points with the first three stores.');
    await accessibility(page);
    await dialog.getByRole('button', { name: 'Log the session' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'The session’s date is in the future: log a session once it has happened.' }).waitFor();
    expect(await sessionRows()).toBe(0);

    await dialog.getByLabel(/^Date of the session/).fill(dayIn(new Date()));
    await dialog.getByRole('button', { name: 'Log the session' }).click();
    await page.getByText('Session logged').first().waitFor();
    const row = page.getByRole('row').filter({ hasText: topic });
    await row.getByText('Logged', { exact: true }).waitFor();
    expect(await sessionRow()).toEqual([{ status: 'logged', minutes: 90, approved_minutes: null, review_comment: null }]);

    await page.getByRole('link', { name: `Timeline of ${startup.name}` }).click();
    await page.getByRole('heading', { level: 1, name: startup.name }).waitFor();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await accessibility(page);
  });

  it('the founder confirms the session on a phone', async () => {
    const page = await system.newPage({ width: 390, height: 844 });
    await logIn(page, startup.founder.email, startup.founder.password, `/o/${park.slug}/startups/${startup.id}/mentors`);
    await page.getByRole('heading', { level: 1, name: `Mentors · ${startup.name}` }).waitFor();
    const card = page.getByTestId('session').filter({ hasText: topic });
    await card.getByText('Logged', { exact: true }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await accessibility(page);

    await card.getByRole('button', { name: `Confirm “${topic}”` }).click();
    await page.getByText('Session confirmed').first().waitFor();
    await card.getByText('Confirmed', { exact: true }).waitFor();
    expect((await sessionRow())[0].status).toBe('confirmed');
    expect(await card.getByRole('button').count()).toBe(0);
  });

  it('a manager approves it with fewer minutes; the mentor pages pass axe', async () => {
    const page = await system.newPage();
    await logIn(page, manager.email, manager.password, `/o/${park.slug}/mentor-sessions`);
    await page.getByRole('heading', { level: 1, name: 'Mentor sessions' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: topic });
    await row.getByText('Confirmed', { exact: true }).waitFor();
    await accessibility(page);

    await row.getByRole('button', { name: `Approve “${topic}” by Bold Mentor` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Approved minutes/).fill('60');
    await dialog.getByLabel(/^Comment/).fill('Checked with the founder: 60 minutes.');
    await accessibility(page);
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Session approved').first().waitFor();
    await row.getByText('Approved', { exact: true }).waitFor();
    await row.getByText('90 (approved 60)').waitFor();
    expect(await sessionRow()).toEqual([{ status: 'approved', minutes: 90, approved_minutes: 60, review_comment: 'Checked with the founder: 60 minutes.' }]);

    await page.getByRole('link', { name: 'Mentor hours' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mentor hours' }).waitFor();
    await page.getByRole('figure', { name: 'Approved hours by mentor' }).waitFor();
    await accessibility(page);

    await page.goto(`/o/${park.slug}/mentors`);
    await page.getByRole('link', { name: 'Bold Mentor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bold Mentor' }).waitFor();
    await page.getByText('No rate set yet.').waitFor();
    await accessibility(page);

    await page.goto(`/o/${park.slug}/startups/${startup.id}/mentors`);
    await page.getByRole('heading', { name: 'Suggested mentors' }).waitFor();
    await page.getByTestId('mentor-assignment').filter({ hasText: 'Bold Mentor' }).waitFor();
    await accessibility(page);
  });
  it("a manager runs last month; the mentor opens the statement, reads its line and total and downloads the PDF", async () => {
    // No clock in this suite: a session on the last day of the previous month, a month that has ended.
    const month = lastMonth();
    const lastDay = dayIn(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0, 4)));
    expect((await system.http.post(url(`/mentor-profiles/${profileId}/rates`), { rate: { amountMinor: 8_000_000, currency: 'MNT' }, effectiveFrom: startsOn }, owner.token)).status).toBe(201);
    const logged = await system.http.post(url('/mentor-sessions'), { startupId: startup.id, sessionOn: lastDay, minutes: 45, topic: 'Board preparation' }, mentor.token);
    expect(logged.status).toBe(201);
    expect((await system.http.post(url(`/mentor-sessions/${logged.body.id}/approve`), {}, manager.token)).status).toBe(200);

    const staff = await system.newPage();
    await logIn(staff, manager.email, manager.password, `/o/${park.slug}/mentor-statements`);
    await staff.getByRole('heading', { level: 1, name: 'Mentor statements' }).waitFor();
    await staff.getByText(/^No statements yet/).waitFor();
    await staff.getByLabel(/^Month to run/).fill(month);
    await staff.getByRole('button', { name: 'Issue statements' }).click();
    const result = staff.getByTestId('run-result');
    await result.getByText(/^Issued now: 1\. Statements of .+ altogether: 1\.$/).waitFor();
    await result.getByText('Every approved session had a rate in force.').waitFor();
    await staff.getByRole('row').filter({ hasText: 'Bold Mentor' }).waitFor();
    await accessibility(staff);
    expect(await countRows(system, 'mentor_statements', 'organization_id = $1', [park.id])).toBe(1);

    const page = await system.newPage();
    await logIn(page, mentor.email, mentor.password, `/o/${park.slug}/mentoring`);
    await page.getByRole('navigation').getByRole('link', { name: 'Statements', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My statements' }).waitFor();
    await accessibility(page);
    await page.getByRole('link', { name: /^Open the statement of / }).click();
    await page.getByRole('heading', { level: 1, name: /^Statement · / }).waitFor();
    const line = page.getByTestId('statement-lines').getByRole('row').filter({ hasText: 'Board preparation' });
    await line.getByText('Session', { exact: true }).waitFor();
    await line.getByText(startup.name).waitFor();
    // 80,000 MNT an hour × 45 minutes = 60,000 MNT
    await line.getByText(/MNT\s?80,000/).waitFor();
    await line.getByText(/MNT\s?60,000/).waitFor();
    await page.getByTestId('total-MNT').getByText(/MNT\s?60,000/).first().waitFor();
    await accessibility(page);
    expect(new URL(page.url()).pathname).toBe(`/o/${park.slug}/mentor-statements/${(await system.db.query(`SELECT id FROM mentor_statements WHERE organization_id = $1`, [park.id])).rows[0].id}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^mentor-statement-${month}-.+\\.pdf$`));
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });
});

/** YYYY-MM-DD in Ulaanbaatar, the organization's timezone. */
function dayIn(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ulaanbaatar', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The month before this one in Ulaanbaatar ("2026-11"): it has ended. */
function lastMonth(): string {
  const [year, month] = dayIn(new Date()).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
