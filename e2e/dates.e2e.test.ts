import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, inviteAndJoin, register } from './steps';

const visible = (page: Page, text: string | RegExp) => () =>
  page.getByText(text).filter({ visible: true }).first().isVisible();

/** A calendar day `offset` days from today, in the browser's (and so the person's) zone. */
const localDay = (page: Page, offset: number) =>
  page.evaluate((days) => {
    const day = new Date();
    day.setDate(day.getDate() + days);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
  }, offset);

/** The Monday of the week a day falls in, as the Time page's `?week=` takes it. */
function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** An instant's wall clock (YYYY-MM-DDTHH:MM) in `timeZone`. */
function wallClockIn(timeZone: string, instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

describe('dates, two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  it('plans a date from an idea, moves it, agrees, and keeps a memory with a photo', async () => {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', 'alex-dates@example.test');
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');
    await inviteAndJoin(
      alex.page,
      sam.page,
      { name: 'Sam', email: 'sam-dates@example.test' },
      spacePath,
    );
    // Reached from the Time tab.
    for (const person of [alex, sam]) {
      await person.page.goto(`${spacePath}/time`);
      await person.page.getByRole('link', { name: 'Dates', exact: true }).click();
      await expect
        .poll(() => person.page.getByRole('heading', { name: 'Dates', level: 1 }).isVisible())
        .toBe(true);
    }

    // Alex narrows the ideas down, is surprised by one, and plans one from the bank.
    const count = alex.page.getByText(/\d+ ideas? fits?\./);
    await expect.poll(() => count.isVisible()).toBe(true);
    const fits = async () => Number((await count.textContent())?.match(/\d+/)?.[0]);
    const before = await fits();
    await alex.page.getByLabel('At home or out').selectOption({ label: 'At home' });
    await alex.page.getByLabel('Costs at most').selectOption({ label: 'Free' });
    await expect.poll(fits).toBeLessThan(before);
    await alex.page.getByRole('button', { name: 'Surprise us' }).click();
    await expect.poll(visible(alex.page, 'How about this?')).toBe(true);
    const idea = alex.page.getByRole('article', { name: 'Blanket fort film night' }).last();
    await idea.getByRole('button', { name: 'Plan this' }).click();
    const title = alex.page.getByLabel('What’s the plan?');
    await expect.poll(() => title.inputValue()).toBe('Blanket fort film night');
    await expect.poll(visible(alex.page, 'From the idea “Blanket fort film night”.')).toBe(true);
    const tomorrow = await localDay(alex.page, 1);
    await alex.page.getByLabel('Day', { exact: true }).fill(tomorrow);
    await alex.page.getByLabel('From', { exact: true }).fill('19:00');
    await alex.page.getByLabel('To', { exact: true }).fill('21:00');
    // In a couple the partner is invited already.
    expect(await alex.page.getByRole('checkbox', { name: 'Sam' }).isChecked()).toBe(true);
    await alex.page.getByRole('button', { name: 'Send the invitation' }).click();
    await expect.poll(visible(alex.page, /is planned\. The invitation is on its way\./)).toBe(true);
    await expect.poll(visible(alex.page, 'Waiting for Sam')).toBe(true);

    // Sam sees the invitation at once, and in the bell, which leads to the date's own page.
    const invitations = sam.page.getByRole('region', { name: 'Waiting for your answer' });
    await expect
      .poll(() => invitations.getByRole('article', { name: 'Blanket fort film night' }).isVisible())
      .toBe(true);
    const bell = sam.page.getByRole('link', { name: /Notifications, 1 unread/ });
    await expect.poll(() => bell.isVisible()).toBe(true);
    await bell.click();
    await sam.page.getByRole('link', { name: 'News about a date with Alex' }).click();
    await expect
      .poll(() =>
        sam.page.getByRole('heading', { name: 'Blanket fort film night', level: 1 }).isVisible(),
      )
      .toBe(true);
    await expect.poll(visible(sam.page, 'Waiting for your answer')).toBe(true);

    // From there Sam offers another time.
    await sam.page.getByRole('button', { name: 'Suggest another time' }).click();
    const dayAfter = await localDay(sam.page, 2);
    await sam.page.getByLabel('Day', { exact: true }).fill(dayAfter);
    await sam.page.getByLabel('From', { exact: true }).fill('15:00');
    await sam.page.getByLabel('To', { exact: true }).fill('17:30');
    await sam.page.getByLabel('A note').fill('An afternoon fort instead?');
    await sam.page.getByRole('button', { name: 'Suggest this time' }).click();
    await expect.poll(visible(sam.page, /You suggested another time/)).toBe(true);
    await expect.poll(visible(sam.page, 'Waiting for Alex')).toBe(true);
    await sam.page.getByRole('link', { name: 'All dates' }).click();

    // Now Alex is asked, and says yes: both see it is on.
    const asked = alex.page
      .getByRole('region', { name: 'Waiting for your answer' })
      .getByRole('article', { name: 'Blanket fort film night' });
    await expect.poll(() => asked.isVisible()).toBe(true);
    await expect.poll(() => asked.getByText('Sam said yes').isVisible()).toBe(true);
    await expect.poll(() => asked.getByText('An afternoon fort instead?').isVisible()).toBe(true);
    await asked.getByRole('button', { name: 'Yes', exact: true }).click();
    for (const [person, other] of [
      [alex, 'Sam'],
      [sam, 'Alex'],
    ] as const) {
      const date = person.page
        .getByRole('region', { name: 'Coming up' })
        .getByRole('article', { name: 'Blanket fort film night' });
      await expect.poll(() => date.getByText('It’s on').isVisible()).toBe(true);
      await expect.poll(() => date.getByText(`${other} said yes`).isVisible()).toBe(true);
      await expect.poll(() => date.getByText('You said yes').isVisible()).toBe(true);
    }

    // It is on the calendar as time together.
    await alex.page.goto(`${spacePath}/time?week=${mondayOf(dayAfter)}`);
    await expect.poll(visible(alex.page, 'Blanket fort film night')).toBe(true);
    await expect.poll(visible(alex.page, 'Together · You and Sam')).toBe(true);
    await expect
      .poll(visible(alex.page, 'The date “Blanket fort film night”: answers, memories'))
      .toBe(true);

    // The date happened: moved into the past in the database.
    const timeZone = await alex.page.evaluate(
      () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    const startAt = new Date(Date.now() - 26 * 3_600_000);
    const endAt = new Date(Date.now() - 24 * 3_600_000);
    const [startLocal, endLocal] = [wallClockIn(timeZone, startAt), wallClockIn(timeZone, endAt)];
    const db = new Database(path.join(fixture.server.dataDir, 'tandem.sqlite'));
    db.prepare(
      'update planned_dates set start_local = ?, end_local = ?, start_at = ?, end_at = ?',
    ).run(startLocal, endLocal, startAt.toISOString(), endAt.toISOString());
    db.prepare(
      'update calendar_events set start_local = ?, end_local = ? where date_id is not null',
    ).run(startLocal, endLocal);
    db.close();
    await alex.page.goto(`${spacePath}/dates`);
    await sam.page.reload();

    // Sam adds a memory: a file that is not a photo is refused here, with the note kept.
    const past = sam.page
      .getByRole('region', { name: 'Past dates' })
      .getByRole('article', { name: 'Blanket fort film night' });
    await expect.poll(() => past.isVisible()).toBe(true);
    await past.getByRole('button', { name: 'Add a memory' }).click();
    const note = sam.page.getByLabel('What do you want to remember?');
    await note.fill('The fort fell down twice and we laughed');
    const photo = sam.page.getByLabel('A photo', { exact: true });
    await photo.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a photo'),
    });
    await expect
      .poll(
        visible(
          sam.page,
          'That file is not a photo we can read. Choose a JPEG, PNG or WebP image.',
        ),
      )
      .toBe(true);
    expect(await note.inputValue()).toBe('The fort fell down twice and we laughed');

    // A real photo, made here, larger than a keepalive request may carry.
    const jpeg = await sharp({
      create: {
        width: 640,
        height: 480,
        channels: 3,
        background: '#c85028',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg()
      .toBuffer();
    expect(jpeg.length).toBeGreaterThan(64 * 1024);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-dates-'));
    const file = path.join(folder, 'fort.jpg');
    fs.writeFileSync(file, jpeg);
    await photo.setInputFiles(file);
    await expect
      .poll(() => sam.page.getByRole('img', { name: 'The photo you chose' }).isVisible())
      .toBe(true);
    await sam.page.getByRole('button', { name: 'Save memory' }).click();
    await expect.poll(visible(sam.page, 'Memory added.')).toBe(true);
    fs.rmSync(folder, { recursive: true, force: true });

    // Alex sees it on the timeline, and the photo loads.
    const memories = alex.page.getByRole('region', { name: 'Our memories' });
    await expect
      .poll(() => memories.getByText('The fort fell down twice and we laughed').isVisible())
      .toBe(true);
    await expect.poll(() => memories.getByText('by Sam').isVisible()).toBe(true);
    const image = memories.getByRole('img', { name: 'The fort fell down twice and we laughed' });
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);

    // The date's own page, where its notifications lead, shows it too.
    await alex.page
      .getByRole('region', { name: 'Past dates' })
      .getByRole('link', { name: 'Blanket fort film night' })
      .click();
    await expect
      .poll(() =>
        alex.page.getByRole('heading', { name: 'Blanket fort film night', level: 1 }).isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        alex.page
          .getByRole('region', { name: 'Memories of this date' })
          .getByText('The fort fell down twice and we laughed')
          .isVisible(),
      )
      .toBe(true);

    for (const person of [alex, sam]) expect(person.problems).toEqual([]);
  });
});
