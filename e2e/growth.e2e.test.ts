import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, inviteAndJoin, register } from './steps';

const visible = (page: Page, text: string | RegExp) => () =>
  page.getByText(text).filter({ visible: true }).first().isVisible();

describe('each one’s own growth, two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  async function addGoal(page: Page, title: string, shared: boolean, help = '') {
    await page.getByRole('button', { name: 'Add a goal' }).click();
    await page.getByLabel('What’s the goal?').fill(title);
    await page.getByLabel('Why it matters to you').fill('For me');
    await page
      .getByRole('radiogroup', { name: 'Who can see it' })
      .getByRole('radio', { name: shared ? 'Shared' : 'Just me' })
      .check();
    if (shared) await page.getByLabel('How others can help').fill(help);
    await page.getByRole('button', { name: 'Save goal' }).click();
  }

  it('keeps a private goal private, shows a shared one with how to help, and carries encouragement', async () => {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', 'alex-growth@example.test');
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');
    await inviteAndJoin(
      alex.page,
      sam.page,
      { name: 'Sam', email: 'sam-growth@example.test' },
      spacePath,
    );
    for (const person of [alex, sam]) {
      await person.page.goto(`${spacePath}/growth`);
      await expect
        .poll(() => person.page.getByRole('heading', { name: 'Growth', level: 1 }).isVisible())
        .toBe(true);
    }

    await addGoal(alex.page, 'Write a novel', false);
    await addGoal(alex.page, 'Run 5 km', true, 'Take the morning school run on Saturdays');
    await expect.poll(visible(sam.page, 'Run 5 km')).toBe(true);
    await expect.poll(visible(sam.page, 'Take the morning school run on Saturdays')).toBe(true);
    expect(await sam.page.getByText('Write a novel').count()).toBe(0);

    const goal = alex.page.getByRole('article', { name: 'Run 5 km' });
    await goal.getByLabel('A next step').fill('Run 2 km without stopping');
    await goal.getByRole('button', { name: 'Add step' }).click();
    await goal.getByRole('checkbox', { name: 'Run 2 km without stopping' }).check();
    await expect
      .poll(() =>
        sam.page
          .getByRole('article', { name: 'Run 5 km' })
          .getByText('Run 2 km without stopping')
          .isVisible(),
      )
      .toBe(true);

    const theirs = sam.page.getByRole('article', { name: 'Run 5 km' });
    await theirs.getByLabel('Encouragement').fill('So proud of you!');
    await theirs.getByRole('button', { name: 'Send encouragement' }).click();
    await expect.poll(visible(alex.page, 'So proud of you!')).toBe(true);
    await expect
      .poll(() => alex.page.getByRole('link', { name: /Notifications, 1 unread/ }).isVisible())
      .toBe(true);

    await sam.page
      .getByLabel('What did you do for yourself this month?')
      .fill('Climbed with friends');
    await sam.page.getByLabel('Share it', { exact: true }).check();
    await sam.page.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(visible(alex.page, 'Climbed with friends')).toBe(true);
  });
});
