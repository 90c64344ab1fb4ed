import { addMember, organizations } from '../factories/organizations';
import { users, type SignedIn } from '../factories/users';
import { logIn, seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from '../support/browser';
import { until } from '../support/wait';

jest.setTimeout(90_000);

describe('sessions in the browser', () => {
  let system: BrowserSystem;
  let owner: SignedIn;
  let park: { id: string; slug: string; name: string };
  let hub: { id: string; slug: string; name: string };
  let mentor: SignedIn;
  let founder: SignedIn;

  beforeAll(async () => {
    system = await startBrowserSystem();
    owner = await users.create(system);
    park = await organizations.create(system, owner, { name: 'Steppe Park' });
    hub = await organizations.create(system, owner, { name: 'City Hub' });
    mentor = await users.create(system, { name: 'Saraa Mentor' });
    await addMember(system, park.id, 'mentor', mentor);
    await addMember(system, hub.id, 'mentor', mentor);
    founder = await addMember(system, park.id, 'founder');
  });
  afterAll(() => system?.close());

  it('sends a logged-out person to the login page and back to where they were going', async () => {
    const page = await system.newPage();
    await page.goto(`/o/${park.slug}/members`);
    await page.waitForURL(/\/login\?next=/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill('wrong password here');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectText(page, 'The email or password is wrong.');
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`**/o/${park.slug}/members`);
  });

  it('keeps the refresh token out of reach of scripts and URLs, and survives a reload', async () => {
    const page = await system.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await logIn(page, owner.email, owner.password, `/o/${park.slug}`);
    const cookies = await page.context().cookies();
    const refresh = cookies.find((cookie) => cookie.name === 'hatchery_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth/session' });
    expect(await page.evaluate<string>('document.cookie')).not.toContain('hatchery_refresh');
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage })');
    expect(stored).not.toMatch(/eyJ|hatchery_refresh/);
    expect(stored).not.toContain(refresh!.value);

    await page.reload();
    await page.waitForURL(`**/o/${park.slug}`);
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    expect(urls.filter((url) => /token|eyJ/.test(new URL(url).search))).toEqual([]);
  });

  it('switches between the organizations of a person with several memberships', async () => {
    const page = await system.newPage();
    await logIn(page, mentor.email, mentor.password);
    const switcher = page.getByRole('textbox', { name: 'Organization' });
    await page.waitForURL(new RegExp(`/o/(${park.slug}|${hub.slug})$`));
    const first = new URL(page.url()).pathname.split('/')[2];
    const [other, otherName] = first === park.slug ? [hub.slug, hub.name] : [park.slug, park.name];
    await switcher.click();
    await page.getByRole('option', { name: otherName }).click();
    await page.waitForURL(`**/o/${other}`);
    // The address changes first; the switcher shows the new organization once its page has rendered.
    await until('the switcher to show the other organization', async () => (await switcher.inputValue()) === otherName);
  });

  it('shows a clear page for a forbidden and for a missing page', async () => {
    const page = await system.newPage();
    await logIn(page, founder.email, founder.password);
    await page.goto(`/o/${park.slug}/members`);
    await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`/o/${hub.slug}`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('goes to the login page when the session ends on the server', async () => {
    const page = await system.newPage();
    await logIn(page, owner.email, owner.password, `/o/${park.slug}/members`);
    await page.getByRole('cell', { name: owner.email }).first().waitFor();
    // The login is revoked elsewhere (a logout on another device), and the access token expires.
    await system.db.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1', [owner.id]);
    await page.route('**/api/v1/organizations/**', (route) => route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'expired', code: 'UNAUTHENTICATED', requestId: 'x' }) }));
    // A request still in flight on the members page may meet the 401 first and send the person to
    // the login page before the click; either way the next request ends the session.
    await page.getByRole('link', { name: 'Invitations' }).click({ timeout: 3_000 }).catch(() => undefined);
    await page.waitForURL(/\/login\?next=.*expired=1/);
    await expectText(page, 'Your session ended. Please log in again.');
  });

  it('logs out: the cookie no longer brings the session back', async () => {
    const page = await system.newPage();
    await logIn(page, owner.email, owner.password, `/o/${park.slug}`);
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL('**/login');
    await page.goto(`/o/${park.slug}`);
    await page.waitForURL(/\/login\?next=/);
  });
});

async function expectText(page: import('playwright-core').Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).first().waitFor();
}
