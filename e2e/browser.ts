import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBuiltServer, type RunningServer } from './server';

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A person's own browser profile, with page errors and CSP violations collected for asserting. */
export async function openPerson(browser: Browser, baseURL: string) {
  const context: BrowserContext = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
  });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return { context, page, problems };
}

/** The built server and a Chromium for the tests of one file: started before, stopped after. */
export function useServerAndBrowser(): { server: RunningServer; browser: Browser } {
  const fixture = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    fixture.server = await startBuiltServer();
    fixture.browser = await launchChromium();
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.stop();
  });
  return fixture;
}
