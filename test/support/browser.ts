import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startSystem, type System } from './system';

export const WEB_DIST = join(__dirname, '..', '..', 'apps', 'web', 'dist');
/** Debian's chromium (.ci/run installs it); CHROMIUM_PATH for another build. Never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

export interface BrowserSystem extends System {
  /** http://127.0.0.1:<port>, the API serving the built web app. */
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (cookies, storage): one per person in a test. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real stack for the browser suites: this file's own database, Redis prefix and SMTP
 * listener, the API listening on a real port and serving the built app (npm run web:build), the
 * worker in-process, and Debian's Chromium driven by playwright-core.
 */
export async function startBrowserSystem(options: { env?: Record<string, string> } = {}): Promise<BrowserSystem> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`No built web app in ${WEB_DIST}: run \`npm run web:build\` first (npm test does).`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium), as .ci/run does.`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const system = await startSystem({ worker: true, env: { WEB_DIST_DIR: WEB_DIST, APP_URL: baseUrl, ...options.env } });
  const contexts: BrowserContext[] = [];
  let browser: Browser | undefined;
  try {
    await system.api.listen(port, '127.0.0.1');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // The machine's network is closed: Chromium's own background traffic only produces refusals.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  } catch (error) {
    await system.close();
    throw error;
  }
  const launched = browser;
  return {
    ...system,
    baseUrl,
    browser: launched,
    async newPage(viewport = { width: 1280, height: 800 }) {
      const context = await launched.newContext({ baseURL: baseUrl, viewport, locale: 'en-GB', timezoneId: 'Asia/Ulaanbaatar' });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => process.stderr.write(`[browser] ${error.message}\n`));
      // A refused request is the test's business (it asserts on the page); other console errors are reported.
      page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && process.stderr.write(`[browser console] ${message.text()}\n`));
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await launched.close().catch(() => undefined);
      await system.close();
    },
  };
}

/** Logs in through the login page, as a person would. */
export async function logIn(page: Page, email: string, password: string, path = '/'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * No serious or critical accessibility violation (axe-core, WCAG 2.1 A and AA rules) on the page
 * as it is now. Returns the violations' ids for the assertion message.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}) on ${page.url()}: ${violation.nodes.map((node) => `${node.target.join(' ')} [${node.html.slice(0, 120)}] ${node.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`).slice(0, 3).join('; ')}`);
}

/** A page the README shows, written to docs/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
