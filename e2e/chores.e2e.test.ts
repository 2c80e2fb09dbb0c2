import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, inviteAndJoin, register } from './steps';

const CHORES = ['Laundry: wash, dry, fold, put away', 'Paying the bills', 'Bins and recycling'];

async function rate(page: Page, chore: string, feeling: string) {
  await page
    .getByRole('radiogroup', { name: `How do you feel about ${chore}?` })
    .getByRole('radio', { name: feeling })
    .check();
}

async function giveHours(page: Page, hours: string) {
  await page.getByLabel('Hours a week I can give the home').fill(hours);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByText('Your hours are saved.').isVisible()).toBe(true);
}

const currentShares = (page: Page) => page.getByRole('region', { name: 'Current shares' });

/** What the fairness table says `person` has done in the current (last) period. */
async function doneThisPeriod(page: Page, person: string): Promise<string | null> {
  const table = page.getByRole('table', { name: 'Time planned and done, and each fair share' });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: person, exact: true }) })
    .last();
  return row.getByRole('cell').nth(1).textContent();
}

describe('sharing chores fairly, two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  it('start from the starter list, rate privately, give hours, accept a fair share that both see', async () => {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', 'alex@example.test');
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');
    await inviteAndJoin(alex.page, sam.page, { name: 'Sam', email: 'sam@example.test' }, spacePath);

    // Alex picks three responsibilities from the starter list.
    await alex.page.goto(`${spacePath}/chores`);
    for (const chore of CHORES) await alex.page.getByRole('checkbox', { name: chore }).check();
    await alex.page.getByRole('button', { name: 'Add selected' }).click();
    await expect
      .poll(() => alex.page.getByText('Added 3 responsibilities.').isVisible())
      .toBe(true);

    // Sam sees them arrive without reloading; each rates them privately.
    await sam.page.getByRole('link', { name: 'Chores' }).click();
    await expect
      .poll(() =>
        sam.page
          .getByRole('radiogroup', { name: `How do you feel about ${CHORES[1]}?` })
          .isVisible(),
      )
      .toBe(true);
    await rate(alex.page, CHORES[1]!, 'Rather not');
    await rate(sam.page, CHORES[1]!, 'Love it');
    await rate(alex.page, CHORES[0]!, 'Love it');

    // Both give their hours; then Alex accepts the proposal.
    await giveHours(alex.page, '10');
    await giveHours(sam.page, '15');
    await expect
      .poll(() =>
        alex.page.getByText('Fair: nobody carries more than their share').first().isVisible(),
      )
      .toBe(true);
    await alex.page.getByRole('button', { name: 'Accept this share' }).click();
    await expect.poll(() => alex.page.getByText('Accepted.').first().isVisible()).toBe(true);

    // Sam's screen shows the same shares, live: Sam takes the bills Sam loves.
    await expect
      .poll(() => sam.page.getByRole('heading', { name: 'Current shares' }).isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        sam.page
          .getByText(/Sam takes .*Paying the bills/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    // Both read the same, once neither screen is still refreshing after the latest change.
    const settled = async () => {
      const [forAlex, forSam] = await Promise.all(
        [alex, sam].map((person) => currentShares(person.page).textContent()),
      );
      return forAlex === forSam && !forAlex?.includes('Loading');
    };
    await expect.poll(settled).toBe(true);

    // Ratings stay private: Sam's page says nothing of Alex's "Rather not".
    const samsBills = sam.page.getByRole('radiogroup', {
      name: `How do you feel about ${CHORES[1]}?`,
    });
    expect(await samsBills.getByRole('radio', { name: 'Love it' }).isChecked()).toBe(true);
    const samsLaundry = sam.page.getByRole('radiogroup', {
      name: `How do you feel about ${CHORES[0]}?`,
    });
    expect(await samsLaundry.getByRole('radio', { name: 'Love it' }).isChecked()).toBe(false);

    // Living with it: Sam's bills are due today; Sam marks them done on Sam's phone.
    const samsWeek = sam.page.getByRole('region', { name: 'This week' });
    await expect.poll(() => samsWeek.getByRole('list', { name: 'Today' }).isVisible()).toBe(true);
    const doneBefore = await doneThisPeriod(alex.page, 'Sam');
    expect(await doneThisPeriod(sam.page, 'You')).toBe(doneBefore);
    await samsWeek.getByRole('button', { name: 'Done: Paying the bills' }).click();
    await expect
      .poll(() => samsWeek.getByText('Marked Paying the bills done.').isVisible())
      .toBe(true);

    // Alex's screen shows it done, live, and the fairness chart moves on both screens.
    const alexsWeek = alex.page.getByRole('region', { name: 'This week' });
    await alexsWeek.getByRole('radio', { name: 'Everyone' }).check();
    await expect.poll(() => alexsWeek.getByText('Done by Sam').isVisible()).toBe(true);
    await expect.poll(() => doneThisPeriod(alex.page, 'Sam')).not.toBe(doneBefore);
    await expect
      .poll(() => doneThisPeriod(sam.page, 'You'))
      .toBe(await doneThisPeriod(alex.page, 'Sam'));
    for (const page of [alex.page, sam.page]) {
      expect(
        await page
          .getByRole('img', { name: /month by month/ })
          .first()
          .isVisible(),
      ).toBe(true);
    }

    for (const person of [alex, sam]) expect(person.problems).toEqual([]);
  });

  it('adds a responsibility of our own and edits it', async () => {
    const robin = await openPerson(fixture.browser, fixture.server.url);
    const { page } = robin;
    await page.goto('/register');
    await register(page, 'Robin', 'robin@example.test');
    const spacePath = await createSpace(page, 'Home', 'Household');
    await page.goto(`${spacePath}/chores`);
    await page.getByRole('button', { name: 'Add our own responsibility' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Watering the lemon tree');
    await page.getByLabel('Area', { exact: true }).selectOption({ label: 'Home and garden' });
    await page.getByLabel('How often', { exact: true }).selectOption({ label: 'Every week' });
    await page.getByRole('checkbox', { name: 'Saturday', exact: true }).check();
    await page.getByLabel('Planning (minutes)').fill('5');
    await page.getByLabel('Doing (minutes)').fill('10');
    await page.getByRole('button', { name: 'Add responsibility' }).click();
    const rating = (name: string) =>
      page.getByRole('radiogroup', { name: `How do you feel about ${name}?` });
    await expect.poll(() => rating('Watering the lemon tree').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Edit Watering the lemon tree' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Watering the lemon trees');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => rating('Watering the lemon trees').isVisible()).toBe(true);
    expect(robin.problems).toEqual([]);
  });
});
