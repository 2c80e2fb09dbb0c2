import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, inviteAndJoin, register } from './steps';

const visible = (page: Page, text: string | RegExp) => () =>
  page.getByText(text).filter({ visible: true }).first().isVisible();
const day = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
// The reminder comes from the server's 15-second tick, so it may take that long to arrive.
const TICK = { timeout: 30_000 };

describe('the people around us, two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  it('shares a friend, nudges both when it has been too long, and a meet-up settles it live', async () => {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', 'alex-people@example.test');
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');
    await inviteAndJoin(
      alex.page,
      sam.page,
      { name: 'Sam', email: 'sam-people@example.test' },
      spacePath,
    );
    // Reached from the Time tab, by its page tabs.
    await alex.page.goto(`${spacePath}/time`);
    await alex.page
      .getByRole('navigation', { name: /^Time together and apart/ })
      .getByRole('link', { name: 'People' })
      .click();
    await sam.page.goto(`${spacePath}/people`);
    for (const person of [alex, sam]) {
      await expect
        .poll(() => person.page.getByRole('heading', { name: 'People', level: 1 }).isVisible())
        .toBe(true);
    }

    // Alex adds Jo, a friend of both, every 14 days; Sam sees Jo at once.
    await alex.page.getByRole('button', { name: 'Add someone' }).click();
    await alex.page.getByLabel('Name', { exact: true }).fill('Jo');
    await alex.page.getByLabel('Who they are to you').fill('friend');
    await alex.page
      .getByRole('radiogroup', { name: 'Whose person' })
      .getByRole('radio', { name: 'Ours — all of us' })
      .check();
    await alex.page
      .getByLabel('How often you’d like to be in touch')
      .selectOption({ label: 'Every 2 weeks' });
    await alex.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(visible(alex.page, 'Added Jo.')).toBe(true);
    const samsJo = sam.page.getByRole('article', { name: 'Jo' });
    await expect.poll(() => samsJo.isVisible()).toBe(true);
    await expect
      .poll(() => samsJo.getByText('You’d like to be in touch every 2 weeks.').isVisible())
      .toBe(true);

    // Sam keeps someone private: never on Alex's screen.
    await sam.page.getByRole('button', { name: 'Add someone' }).click();
    await sam.page.getByLabel('Name', { exact: true }).fill('Robin');
    await sam.page.getByLabel('Keep them just for me').check();
    await sam.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => sam.page.getByRole('article', { name: 'Robin' }).isVisible())
      .toBe(true);

    // Five weeks pass (moved in the server's own database); the tick nudges both of us.
    const db = new Database(path.join(fixture.server.dataDir, 'tandem.sqlite'));
    db.prepare("update people set added_on = ?, remind_on = ? where name = 'Jo'").run(
      day(36),
      day(21),
    );
    db.close();
    await alex.page.goto(spacePath);
    for (const person of [alex, sam]) {
      await expect
        .poll(
          () => person.page.getByRole('link', { name: /Notifications, 1 unread/ }).isVisible(),
          TICK,
        )
        .toBe(true);
    }
    // The nudge says that, not who: it leads to the People page.
    const toast = alex.page.locator('.toast');
    await expect
      .poll(() =>
        toast
          .getByText('It’s been a while since you were in touch with someone who matters')
          .isVisible(),
      )
      .toBe(true);
    await toast.getByRole('link', { name: 'Open' }).click();
    await alex.page.waitForURL((url) => url.pathname === `${spacePath}/people`);

    const catchUp = alex.page.getByRole('region', { name: 'Time to catch up' });
    await expect
      .poll(() => catchUp.getByText('It’s been 5 weeks — you’d like every 2 weeks.').isVisible())
      .toBe(true);
    // Sam finds it in the inbox, and it leads to the People page too, where Jo is now due.
    await sam.page.getByRole('link', { name: /Notifications, 1 unread/ }).click();
    await sam.page
      .getByRole('region', { name: 'Lately' })
      .getByRole('link', {
        name: 'It’s been a while since you were in touch with someone who matters',
      })
      .click();
    await sam.page.waitForURL((url) => url.pathname === `${spacePath}/people`);
    await expect
      .poll(() =>
        sam.page.getByRole('region', { name: 'Time to catch up' }).getByText('Jo').isVisible(),
      )
      .toBe(true);

    // Sam saw Jo today: off Alex's list, without Alex reloading.
    await sam.page.getByRole('button', { name: 'We met Jo today' }).click();
    await expect.poll(visible(sam.page, 'Logged: you met Jo today.')).toBe(true);
    await expect.poll(() => catchUp.isVisible()).toBe(false);
    const alexsJo = alex.page.getByRole('article', { name: 'Jo' });
    await expect.poll(() => alexsJo.getByText('Last in touch today.').isVisible()).toBe(true);
    await alexsJo.getByRole('button', { name: 'History with Jo' }).click();
    await expect
      .poll(() => alexsJo.getByText(/Met up · .* · with (Alex and Sam|Sam and Alex)/).isVisible())
      .toBe(true);

    // Sam's private person never reached Alex: not listed, not in the inbox.
    expect(await alex.page.getByText('Robin').count()).toBe(0);
    // Help is one tap away from the support section.
    await expect
      .poll(() =>
        alex.page.getByRole('link', { name: 'Need help right now? Help and support' }).isVisible(),
      )
      .toBe(true);

    // A phone 360 px wide needs no sideways scrolling.
    await alex.page.setViewportSize({ width: 360, height: 740 });
    expect(
      await alex.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    for (const person of [alex, sam]) expect(person.problems).toEqual([]);
  });
});
