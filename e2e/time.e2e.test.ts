import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, inviteAndJoin, register } from './steps';

// Some words are also in a visually hidden data table: any visible match will do.
const visible = (page: Page, text: string | RegExp) => () =>
  page.getByText(text).filter({ visible: true }).first().isVisible();

describe('time together and apart, two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  async function wish(page: Page, hours: Record<string, string>) {
    for (const [field, value] of Object.entries(hours)) {
      await page.getByLabel(field, { exact: true }).fill(value);
    }
    await page.getByRole('button', { name: 'Save my balance' }).click();
  }

  async function addEvent(
    page: Page,
    event: { title: string; kind: string; who: string[]; from: string; to: string },
    extra: (page: Page) => Promise<void> = () => Promise.resolve(),
  ) {
    await page.getByRole('button', { name: 'Add an event' }).click();
    await page.getByLabel('Title', { exact: true }).fill(event.title);
    await page
      .getByRole('radiogroup', { name: 'Kind' })
      .getByRole('radio', { name: event.kind })
      .check();
    const who = page.getByRole('group', { name: 'Who takes part' });
    for (const box of await who.getByRole('checkbox').all()) await box.uncheck();
    for (const name of event.who) await who.getByRole('checkbox', { name }).check();
    await page.getByLabel('Date', { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await page.getByLabel('From', { exact: true }).fill(event.from);
    await page.getByLabel('To', { exact: true }).fill(event.to);
    await extra(page);
    await page.getByRole('button', { name: 'Save event' }).click();
  }

  it('sets both balances, counts an evening together for both, and shows protected time as one’s own', async () => {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', 'alex-time@example.test');
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');
    await inviteAndJoin(
      alex.page,
      sam.page,
      { name: 'Sam', email: 'sam-time@example.test' },
      spacePath,
    );
    for (const person of [alex, sam]) {
      await person.page.getByRole('link', { name: 'Time', exact: true }).click();
      await expect
        .poll(() =>
          person.page.getByRole('heading', { name: 'Time together and apart' }).isVisible(),
        )
        .toBe(true);
    }

    await wish(alex.page, { 'Together (hours a week)': '10', 'On my own (hours a week)': '6' });
    await wish(sam.page, { 'Together (hours a week)': '8' });
    await addEvent(alex.page, {
      title: 'Dinner at home',
      kind: 'Together',
      who: ['Alex', 'Sam'],
      from: '19:00',
      to: '21:00',
    });
    await expect
      .poll(visible(alex.page, 'You had 2 h together of the 10 h you wished for this week.'))
      .toBe(true);
    await expect
      .poll(visible(sam.page, 'You had 2 h together of the 8 h you wished for this week.'))
      .toBe(true);
    await expect.poll(visible(sam.page, 'Dinner at home')).toBe(true);

    await addEvent(
      sam.page,
      { title: 'Pottery', kind: 'On my own', who: ['Sam'], from: '10:00', to: '12:00' },
      (page) => page.getByLabel('Protected solo time').check(),
    );
    await expect.poll(visible(alex.page, 'Sam’s own time')).toBe(true);
    expect(await alex.page.getByText('Pottery').count()).toBe(0);
    await expect.poll(visible(sam.page, 'Pottery')).toBe(true);

    // Plans from another calendar count too: an .ics file, read in the browser and imported.
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    const file = (body: string[]) => ({
      name: 'plans.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(
        ['BEGIN:VCALENDAR', 'VERSION:2.0', ...body, 'END:VCALENDAR', ''].join('\r\n'),
      ),
    });
    const fileInput = alex.page.getByLabel('Calendar file (.ics)');
    await fileInput.setInputFiles(
      file(['BEGIN:VEVENT', 'UID:bad', 'SUMMARY:No start', 'END:VEVENT']),
    );
    await alex.page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(visible(alex.page, /"No start" has no start \(DTSTART\)/)).toBe(true);
    await fileInput.setInputFiles(
      file([
        'BEGIN:VEVENT',
        'UID:yoga@example.test',
        'DTSTAMP:20260101T000000Z',
        `DTSTART:${day}T060000Z`,
        `DTEND:${day}T070000Z`,
        'SUMMARY:Imported yoga',
        'END:VEVENT',
      ]),
    );
    await alex.page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(visible(alex.page, '1 event imported.')).toBe(true);
    await expect.poll(visible(alex.page, 'Imported yoga')).toBe(true);
  });
});
