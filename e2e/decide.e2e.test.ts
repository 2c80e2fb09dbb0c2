import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, inviteAndJoin, register } from './steps';

// Some words are also in a visually hidden data table: any visible match will do.
const visible = (page: Page, text: string | RegExp) => () =>
  page.getByText(text).filter({ visible: true }).first().isVisible();

describe('deciding together, two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  /** Gives each option its score on the 0–10 scale, then saves the ballot. */
  async function score(page: Page, scores: Record<string, number>) {
    for (const [label, value] of Object.entries(scores)) {
      await page
        .getByRole('radiogroup', { name: `Score for ${label}` })
        .getByRole('radio', { name: String(value), exact: true })
        .check();
    }
    await page.getByRole('button', { name: 'Save my scores' }).click();
  }

  it('goes from options to sealed scores, the reveal, a recommendation and the recorded choice', async () => {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', 'alex-decide@example.test');
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');
    await inviteAndJoin(
      alex.page,
      sam.page,
      { name: 'Sam', email: 'sam-decide@example.test' },
      spacePath,
    );
    await sam.page.goto(`${spacePath}/decide`);

    await alex.page.getByRole('link', { name: 'Work it out' }).click();
    await alex.page
      .getByRole('navigation', { name: 'Working it out' })
      .getByRole('link', { name: 'Decisions' })
      .click();
    await alex.page.getByRole('button', { name: 'Open a decision' }).click();
    await alex.page.getByLabel('What are you deciding?').fill('Where shall we go in May?');
    await alex.page.getByLabel('Option 1', { exact: true }).fill('Lisbon');
    await alex.page.getByLabel('Option 2', { exact: true }).fill('Oslo');
    await alex.page.getByLabel('Include “keep things as they are”').check();
    await alex.page.getByRole('button', { name: 'Open it' }).click();
    await alex.page.waitForURL(/\/decide\/[0-9a-f-]{36}$/);
    const question = { name: 'Where shall we go in May?', level: 1 } as const;
    await expect.poll(() => alex.page.getByRole('heading', question).isVisible()).toBe(true);

    // Sam sees it arrive without reloading, and opens it.
    await expect.poll(visible(sam.page, 'Where shall we go in May?')).toBe(true);
    await sam.page.getByRole('link', { name: /Where shall we go in May\?/ }).click();
    await expect.poll(() => sam.page.getByRole('heading', question).isVisible()).toBe(true);

    await score(alex.page, { 'Keep things as they are': 3, Lisbon: 9, Oslo: 4 });
    await expect.poll(visible(alex.page, 'Waiting for Sam to score')).toBe(true);
    await expect
      .poll(visible(alex.page, 'Your scores stay sealed until everyone has scored.'))
      .toBe(true);
    // Sealed: nothing of Alex's ballot is on Sam's screen, only that Sam is awaited.
    await expect
      .poll(visible(sam.page, 'Everyone else has scored: yours will reveal the scores.'))
      .toBe(true);
    expect(await sam.page.getByRole('heading', { name: 'Everyone’s scores' }).count()).toBe(0);

    await score(sam.page, { 'Keep things as they are': 5, Lisbon: 7, Oslo: 10 });
    for (const page of [alex.page, sam.page]) {
      await expect
        .poll(() => page.getByRole('heading', { name: 'Everyone’s scores' }).isVisible())
        .toBe(true);
      await expect
        .poll(() => page.getByRole('heading', { name: 'Our recommendation' }).isVisible())
        .toBe(true);
    }
    // Lisbon does better for both together: Alex's favourite, and well above staying for Sam.
    const recommendation = sam.page.getByRole('region', { name: 'Our recommendation' });
    await expect.poll(() => recommendation.locator('strong').first().textContent()).toBe('Lisbon');

    await sam.page
      .getByRole('radiogroup', { name: 'What did you choose?' })
      .getByRole('radio', { name: /^Lisbon/ })
      .check();
    await sam.page.getByLabel('Why', { exact: true }).fill('Sun, and Alex’s favourite.');
    await sam.page.getByRole('button', { name: 'Record our choice' }).click();
    for (const page of [sam.page, alex.page]) {
      await expect.poll(visible(page, 'You chose Lisbon')).toBe(true);
      await expect.poll(visible(page, 'Sun, and Alex’s favourite.')).toBe(true);
    }

    await alex.page.getByRole('link', { name: 'Decision log' }).click();
    await expect.poll(visible(alex.page, 'Where shall we go in May?')).toBe(true);
    await expect.poll(visible(alex.page, 'Chose Lisbon')).toBe(true);
  });
});
