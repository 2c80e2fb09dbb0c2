import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, inviteAndJoin, register } from './steps';

const visible = (page: Page, text: string | RegExp) => () =>
  page.getByText(text).first().isVisible();

describe('connection, two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  /** Alex and Sam in a couple space of their own, each on its Talk page. */
  async function couple(tag: string) {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', `alex-${tag}@example.test`);
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');
    await inviteAndJoin(
      alex.page,
      sam.page,
      { name: 'Sam', email: `sam-${tag}@example.test` },
      spacePath,
    );
    for (const person of [alex, sam]) await person.page.goto(`${spacePath}/connect/talk`);
    return { alex, sam, spacePath };
  }

  /** The composer: a field named for the move, then its button. */
  async function say(page: Page, field: string, button: string, text: string) {
    await page.getByLabel(field, { exact: true }).fill(text);
    await page.getByRole('button', { name: button, exact: true }).click();
  }

  it('holds a speaker–listener round live, a time-out and coming back, and keeps a summary', async () => {
    const { alex, sam } = await couple('talk');
    await alex.page.getByLabel('What do you want to talk about?').fill('Our evenings');
    await alex.page.getByRole('button', { name: 'Start the conversation' }).click();
    await expect.poll(visible(sam.page, /Alex would like to talk about/)).toBe(true);
    await sam.page
      .getByRole('region', { name: 'Waiting for you' })
      .getByRole('button', { name: 'Join' })
      .click();
    await expect
      .poll(() => sam.page.getByRole('heading', { name: 'Our evenings', level: 1 }).isVisible())
      .toBe(true);

    const log = (page: Page) => page.getByRole('log', { name: 'The conversation' });
    await say(alex.page, 'What do you want to say?', 'Say it', 'I feel alone in the evenings.');
    await expect.poll(visible(sam.page, 'I feel alone in the evenings.')).toBe(true);
    await say(
      sam.page,
      'What did you hear?',
      'Say back what you heard',
      'The evenings are all on you.',
    );
    await expect.poll(visible(alex.page, 'The evenings are all on you.')).toBe(true);
    await say(alex.page, 'Not quite? Say what you meant', 'Not quite…', 'Alone, not busy.');
    await expect.poll(visible(sam.page, 'Alone, not busy.')).toBe(true);
    await say(
      sam.page,
      'What did you hear?',
      'Say back what you heard',
      'You feel lonely in the evenings.',
    );
    await expect.poll(visible(alex.page, 'You feel lonely in the evenings.')).toBe(true);
    await alex.page.getByRole('button', { name: 'That’s it' }).click();
    await alex.page.getByRole('button', { name: 'Pass the floor' }).click();
    // Now Sam holds the floor: Sam's screen offers speaking, Alex's only listening.
    await expect
      .poll(() => sam.page.getByLabel('What do you want to say?', { exact: true }).isVisible())
      .toBe(true);
    expect(await alex.page.getByLabel('What do you want to say?', { exact: true }).count()).toBe(0);
    // Both screens hold the whole conversation, word for word.
    for (const page of [alex.page, sam.page]) {
      const text = await log(page).textContent();
      for (const said of [
        'I feel alone',
        'all on you',
        'Alone, not busy',
        'lonely in the evenings',
      ]) {
        expect(text).toContain(said);
      }
    }

    // A time-out: a breather on both screens, no coming back before its time.
    await sam.page.getByRole('button', { name: 'I need a break' }).click();
    await sam.page
      .getByRole('group', { name: 'How long do you need?' })
      .getByRole('button', { name: '20 minutes' })
      .click();
    for (const page of [alex.page, sam.page]) {
      await expect
        .poll(() => page.getByRole('heading', { name: 'Take a breather' }).isVisible())
        .toBe(true);
      expect(await page.getByRole('button', { name: 'Come back' }).isDisabled()).toBe(true);
    }
    // Twenty minutes pass: moved along in the server's own database.
    const db = new Database(path.join(fixture.server.dataDir, 'tandem.sqlite'));
    db.prepare(
      "update live_sessions set state = json_set(state, '$.timeout.until', ?) where phase = 'timeout'",
    ).run(new Date(Date.now() - 1000).toISOString());
    db.close();
    await alex.page.reload();
    await alex.page.getByRole('button', { name: 'Come back' }).click();
    await expect
      .poll(() => sam.page.getByLabel('What do you want to say?', { exact: true }).isVisible())
      .toBe(true);
    await expect.poll(() => log(sam.page).textContent()).toMatch(/came back/);

    // Ended, Alex keeps a summary; it is the space's to read.
    await alex.page.getByRole('button', { name: 'End', exact: true }).click();
    await alex.page.getByRole('button', { name: 'Yes, end it' }).click();
    await alex.page.getByLabel('Your summary').fill('Evenings: a walk together on Tuesdays.');
    await alex.page.getByRole('button', { name: 'Keep a summary' }).click();
    await sam.page.goto(new URL(sam.page.url()).pathname.replace(/\/[^/]+$/, ''));
    const kept = sam.page.getByRole('region', { name: 'Kept from our conversations' });
    await expect
      .poll(() => kept.getByText('Evenings: a walk together on Tuesdays.').isVisible())
      .toBe(true);

    for (const person of [alex, sam]) expect(person.problems).toEqual([]);
  });

  it('reveals a prompt once both have answered, and an appreciation arrives without reloading', async () => {
    const { alex, sam, spacePath } = await couple('prompt');
    for (const person of [alex, sam]) await person.page.goto(`${spacePath}/connect/prompts`);
    await alex.page.getByRole('radio', { name: /Dreams and wishes/ }).check();
    await alex.page.getByRole('button', { name: 'Ask a prompt' }).click();
    await alex.page.getByLabel('Your answer').fill('A bakery by the sea');
    await alex.page.getByRole('button', { name: 'Save my answer' }).click();

    const current = (page: Page) => page.getByRole('region', { name: 'Current prompt' });
    await expect.poll(visible(sam.page, /Alex has answered/)).toBe(true);
    expect(await sam.page.content()).not.toContain('A bakery by the sea');
    await sam.page.getByLabel('Your answer').fill('Sailing round the coast');
    await sam.page.getByRole('button', { name: 'Save my answer' }).click();
    for (const page of [alex.page, sam.page]) {
      await expect
        .poll(() => current(page).getByText('Sailing round the coast').isVisible())
        .toBe(true);
      await expect
        .poll(() => current(page).getByText('A bakery by the sea').isVisible())
        .toBe(true);
    }

    // An appreciation: on Sam's screen at once, in the list and on the bell.
    for (const person of [alex, sam]) await person.page.goto(`${spacePath}/connect/appreciate`);
    await alex.page.getByLabel('What do you appreciate?').fill('Thank you for Sunday breakfast');
    await alex.page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect
      .poll(() =>
        sam.page
          .getByRole('region', { name: 'Received' })
          .getByText('Thank you for Sunday breakfast')
          .isVisible(),
      )
      .toBe(true);
    // …and the bell counts it (no toast: Sam is already where it would point).
    const bell = sam.page.getByRole('link', { name: /Notifications, \d+ unread/ });
    await expect.poll(() => bell.isVisible()).toBe(true);

    for (const person of [alex, sam]) expect(person.problems).toEqual([]);
  });

  it('holds a weekly meeting whose open action comes back at the next one', async () => {
    const { alex, sam, spacePath } = await couple('meeting');
    for (const person of [alex, sam]) await person.page.goto(`${spacePath}/connect/meeting`);
    const addTopic = async (page: Page, text: string) => {
      await page.getByLabel('A topic to talk about').fill(text);
      await page.getByRole('button', { name: 'Add to the agenda' }).click();
      await expect.poll(visible(page, `Added “${text}” to the agenda.`)).toBe(true);
    };
    await addTopic(alex.page, 'Holiday plans');
    await addTopic(sam.page, 'Evenings with friends');

    await alex.page.getByRole('button', { name: 'Start this week’s meeting' }).click();
    await expect
      .poll(() => sam.page.getByRole('button', { name: 'Continue the meeting' }).isVisible())
      .toBe(true);
    await sam.page.getByRole('button', { name: 'Continue the meeting' }).click();
    const next = () => alex.page.getByRole('button', { name: 'Next' }).click();
    for (let step = 1; step < 4; step++) await next();
    // Sam follows the steps live, to the actions.
    const currentStep = sam.page
      .getByRole('list', { name: 'Steps' })
      .locator('[aria-current="step"]');
    await expect.poll(() => currentStep.textContent()).toMatch(/Actions/);
    const agree = alex.page.getByRole('form', { name: 'Agree an action' });
    await agree.getByLabel('What', { exact: true }).fill('Book the cabin');
    await agree.getByLabel('Who').selectOption({ label: 'Sam' });
    await agree.getByRole('button', { name: 'Add the action' }).click();
    await expect
      .poll(() => sam.page.getByRole('checkbox', { name: 'Book the cabin' }).isVisible())
      .toBe(true);
    await next();
    await alex.page.getByRole('button', { name: 'End the meeting' }).click();
    await alex.page.getByRole('button', { name: 'Yes, end it' }).click();
    await expect.poll(visible(sam.page, /The meeting has ended/)).toBe(true);

    // The next meeting reviews what is still open.
    await sam.page.getByRole('button', { name: 'Start this week’s meeting' }).click();
    for (let step = 1; step < 4; step++)
      await sam.page.getByRole('button', { name: 'Next' }).click();
    await expect
      .poll(() => sam.page.getByRole('heading', { name: 'From earlier meetings' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => sam.page.getByRole('checkbox', { name: 'Book the cabin' }).isVisible())
      .toBe(true);

    for (const person of [alex, sam]) expect(person.problems).toEqual([]);
  });
});
