import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, register } from './steps';

async function checkIn(page: Page, mood: number, need: string) {
  await page
    .getByRole('radiogroup', { name: 'Mood' })
    .getByRole('radio', { name: new RegExp(`^${mood}`) })
    .check();
  await page.getByLabel('What I need today').fill(need);
  await page.getByRole('button', { name: 'Check in' }).click();
}

const checkinOf = (page: Page, name: string) =>
  page.getByRole('article', { name: `Check-in by ${name}` });

describe('two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  it('invite, join, check in sealed, reveal together; a stranger finds nothing', async () => {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    const stranger = await openPerson(fixture.browser, fixture.server.url);

    // Alex registers, creates a couple space and copies the invite link.
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', 'alex@example.test');
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');

    await alex.page.getByRole('link', { name: 'Members' }).click();
    await alex.page.getByRole('button', { name: 'Create invite link' }).click();
    const inviteUrl = await alex.page.getByLabel('Invite link').inputValue();
    expect(inviteUrl).toMatch(/\/invite\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);

    // Sam opens the link in another browser, creates an account there and joins.
    await sam.page.goto(inviteUrl);
    await expect.poll(() => sam.page.getByText('Alex & Sam').first().isVisible()).toBe(true);
    await sam.page.getByRole('link', { name: 'Create account' }).click();
    await register(sam.page, 'Sam', 'sam@example.test');
    await sam.page.getByRole('button', { name: 'Join space' }).click();
    await sam.page.waitForURL((url) => url.pathname === spacePath);

    // Alex checks in; Sam sees that it exists, sealed, without reloading.
    await alex.page.goto(spacePath);
    const checkedInAt = Date.now();
    await checkIn(alex.page, 4, 'A walk together');
    await expect
      .poll(() => checkinOf(sam.page, 'Alex').textContent())
      .toContain('Sealed until everyone has checked in');
    // Reported, not asserted: the product aims for under a second; a test must not time it.
    console.log(`[e2e] Sam saw Alex's check-in ${Date.now() - checkedInAt} ms after the click`);
    expect(await sam.page.content()).not.toContain('A walk together');

    // Sam checks in; both now see both, again without reloading.
    await checkIn(sam.page, 3, 'Sleep in');
    await expect.poll(() => checkinOf(sam.page, 'Alex').textContent()).toContain('A walk together');
    await expect.poll(() => checkinOf(alex.page, 'Sam').textContent()).toContain('Sleep in');

    // A stranger with an account of their own gets a not-found page for the space.
    await stranger.page.goto('/register');
    await register(stranger.page, 'Casey', 'casey@example.test');
    await stranger.page.goto(spacePath);
    await expect
      .poll(() => stranger.page.getByRole('heading', { level: 1, name: 'Not found' }).isVisible())
      .toBe(true);
    expect(await stranger.page.content()).not.toContain('Alex &amp; Sam');

    for (const person of [alex, sam, stranger]) expect(person.problems).toEqual([]);
  });
});
