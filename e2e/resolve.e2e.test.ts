import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, inviteAndJoin, register } from './steps';

// Some words are also in a visually hidden data table: any visible match will do.
const visible = (page: Page, text: string | RegExp) => () =>
  page.getByText(text).filter({ visible: true }).first().isVisible();

describe('working it out, two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  async function writeSide(page: Page, words: string) {
    await page.getByLabel('What happened, as I saw it').fill(`${words}: phones at dinner.`);
    await page.getByLabel('How I felt').fill(`${words}: lonely.`);
    await page.getByLabel('What I need').fill(`${words}: time together.`);
    await page.getByLabel('My own part in it').fill(`${words}: I scroll too.`);
    await page.getByRole('button', { name: 'Save my side' }).click();
  }

  it('raises gently, takes a break, reveals both sides, agrees and follows up', async () => {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', 'alex-resolve@example.test');
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');
    await inviteAndJoin(
      alex.page,
      sam.page,
      { name: 'Sam', email: 'sam-resolve@example.test' },
      spacePath,
    );
    await sam.page.goto(`${spacePath}/resolve`);

    // Raise it gently: the coach flags blame and offers a rewrite, and never blocks sending.
    await alex.page.getByRole('link', { name: 'Work it out' }).click();
    await alex.page.getByRole('button', { name: 'Raise something' }).click();
    await alex.page.getByLabel('What is it about?').fill('Evenings');
    const message = alex.page.getByLabel('What’s on your mind?');
    await message.fill('You never put your phone away at dinner.');
    const coach = alex.page.getByRole('region', { name: 'Wording coach' });
    await expect.poll(() => coach.getByText('You never').first().isVisible()).toBe(true);
    await coach.getByRole('button', { name: 'Use this wording' }).click();
    await expect.poll(() => message.inputValue()).toMatch(/^I feel … about .* and I need …/);
    await message.fill('I feel lonely about our evenings and I need some time with you.');
    await alex.page.getByLabel('Tags').fill('evenings, phones');
    await alex.page.getByRole('button', { name: 'Raise it' }).click();
    const title = { name: 'Evenings', level: 1 } as const;
    await expect.poll(() => alex.page.getByRole('heading', title).isVisible()).toBe(true);

    await expect.poll(visible(sam.page, 'Evenings')).toBe(true);
    await sam.page
      .getByRole('link', { name: /Evenings/ })
      .first()
      .click();
    await expect.poll(() => sam.page.getByRole('heading', title).isVisible()).toBe(true);

    // Sam is flooded: a break of at least 20 minutes, a calm screen, and Alex is told.
    await sam.page.getByRole('button', { name: 'I’m flooded' }).click();
    await sam.page.getByRole('radio', { name: '20 minutes' }).check();
    await sam.page.getByRole('button', { name: 'Take a break' }).click();
    await expect
      .poll(() => sam.page.getByRole('heading', { name: 'Taking a breather' }).isVisible())
      .toBe(true);
    await expect.poll(visible(sam.page, /Breathe (in|out)/)).toBe(true);
    await expect.poll(visible(alex.page, 'Sam needs a breather.')).toBe(true);
    expect(await sam.page.getByRole('button', { name: 'Come back' }).isEnabled()).toBe(false);

    // Twenty minutes pass (moved in the database): either may come back.
    const db = new Database(path.join(fixture.server.dataDir, 'tandem.sqlite'));
    db.prepare('update conflict_topics set paused_at = ?, paused_until = ?').run(
      new Date(Date.now() - 21 * 60_000).toISOString(),
      new Date(Date.now() + 60 * 60_000).toISOString(),
    );
    db.close();
    await sam.page.reload();
    await sam.page.getByRole('button', { name: 'Come back' }).click();
    for (const page of [sam.page, alex.page]) {
      await expect
        .poll(() => page.getByRole('heading', { name: 'Your side' }).isVisible())
        .toBe(true);
    }

    // Two sides, sealed until both are in.
    await writeSide(alex.page, 'Alex');
    await expect.poll(visible(alex.page, 'Waiting for Sam to write their side')).toBe(true);
    expect(await sam.page.getByText('Alex: lonely.').count()).toBe(0);
    await writeSide(sam.page, 'Sam');
    for (const page of [alex.page, sam.page]) {
      await expect
        .poll(() => page.getByRole('heading', { name: 'Both sides' }).isVisible())
        .toBe(true);
    }
    await expect.poll(visible(alex.page, 'Sam: lonely.')).toBe(true);
    await expect.poll(visible(sam.page, 'Alex: lonely.')).toBe(true);

    // Ideas, then an agreement both sign up to.
    await sam.page.getByLabel('An idea').fill('Phones in the basket at dinner');
    await sam.page.getByRole('button', { name: 'Add idea' }).click();
    await expect.poll(visible(alex.page, 'Phones in the basket at dinner')).toBe(true);
    await alex.page.getByLabel('Who').first().selectOption({ label: 'Sam' });
    await alex.page.getByLabel('What they’ll do').first().fill('Basket the phones at dinner');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await alex.page.getByLabel('Check how it went on').fill(tomorrow);
    await alex.page.getByRole('button', { name: 'Propose this agreement' }).click();
    await sam.page.getByRole('button', { name: 'I agree' }).click();
    for (const page of [alex.page, sam.page]) {
      await expect.poll(visible(page, 'Agreed by both of you.')).toBe(true);
    }

    // Did it hold? Both say yes.
    for (const page of [alex.page, sam.page]) {
      const followUp = page.getByRole('radiogroup', { name: 'Your answer' });
      await followUp.getByRole('radio', { name: 'Yes', exact: true }).check();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(visible(page, 'Thanks. Your answer is saved.')).toBe(true);
    }
    await expect
      .poll(visible(alex.page, 'Everyone says it held. That’s worth noticing together.'))
      .toBe(true);

    // A repair attempt reaches the partner.
    await sam.page.getByRole('button', { name: 'I’m sorry' }).first().click();
    await expect.poll(visible(alex.page, 'Sam: “I’m sorry”')).toBe(true);

    // Help is one tap away, and says what holds everywhere first.
    await alex.page.goto(new URL(alex.page.url()).pathname.replace(/\/resolve\/.*$/, '/resolve'));
    await alex.page.getByRole('link', { name: 'Not feeling safe? Help and support' }).click();
    await expect
      .poll(() => alex.page.getByRole('heading', { name: 'Help and support' }).isVisible())
      .toBe(true);
    await expect
      .poll(
        visible(
          alex.page,
          'If you or someone else is in danger right now, call your local emergency number.',
        ),
      )
      .toBe(true);
  });
});
