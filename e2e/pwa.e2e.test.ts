import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, register } from './steps';

/** Form controls that a screen reader could not name. */
const unlabelledControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea')]
      .filter((el) => el.getAttribute('type') !== 'hidden')
      .filter((el) => {
        const labelled = (el as HTMLInputElement).labels?.length ?? 0;
        return (
          labelled === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')
        );
      })
      .map((el) => el.outerHTML),
  );

describe('installable, accessible, themed', () => {
  const fixture = useServerAndBrowser();

  it('has a web manifest and a service worker that serves the app shell offline', async () => {
    const { context, page, problems } = await openPerson(fixture.browser, fixture.server.url);
    const manifest = await (await fetch(`${fixture.server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: 'Tandem', display: 'standalone', start_url: '/' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );

    await page.goto('/login');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await page.goto('/login');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Sign in' }).isVisible())
      .toBe(true);
    await context.setOffline(false);
    expect(problems).toEqual([]);
  });

  it('names every form control and starts keyboard navigation with a skip link', async () => {
    const { page } = await openPerson(fixture.browser, fixture.server.url);
    await page.goto('/register');
    await page.getByLabel('Your name').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await register(page, 'Robin', 'robin@example.test');
    await createSpace(page, 'Home', 'Household');
    await page.getByRole('button', { name: 'Check in' }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    // On a fresh page load the first Tab reaches the skip link.
    await page.reload();
    await page.getByRole('button', { name: 'Check in' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Skip to content',
    );
  });

  it('follows the system colour scheme', async () => {
    const { page } = await openPerson(fixture.browser, fixture.server.url);
    await page.goto('/login');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
  });
});
