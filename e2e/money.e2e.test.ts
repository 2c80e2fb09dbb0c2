import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPerson, useServerAndBrowser } from './browser';
import { createSpace, inviteAndJoin, register } from './steps';

async function setIncome(page: Page, amount: string, keepPrivate: boolean) {
  const region = page.getByRole('region', { name: 'How we split' });
  await region.getByLabel('My monthly income').fill(amount);
  if (keepPrivate) await region.getByRole('checkbox', { name: /Keep my income private/ }).check();
  await region.getByRole('button', { name: 'Save my income' }).click();
}

async function addExpense(
  page: Page,
  expense: { amount: string; what: string; split?: string; privacy?: string },
) {
  await page.getByRole('button', { name: 'Add an expense' }).click();
  const form = page.getByRole('form', { name: 'New expense' });
  await form.getByLabel('Amount', { exact: true }).fill(expense.amount);
  await form.getByLabel('What for').fill(expense.what);
  if (expense.split || expense.privacy) {
    await form.getByRole('button', { name: 'More details' }).click();
    if (expense.split)
      await form.getByLabel('How to split it').selectOption({ label: expense.split });
    if (expense.privacy) await form.getByRole('radio', { name: expense.privacy }).check();
  }
  await form.getByRole('button', { name: 'Add expense' }).click();
  await expect.poll(() => page.getByText(`Added ${expense.what}`).isVisible()).toBe(true);
}

const balances = (page: Page) => page.getByRole('region', { name: 'Balances' });

describe('sharing money, two partners in two browsers', () => {
  const fixture = useServerAndBrowser();

  it('splits rent by income, keeps an amount-only gift private, and settles up on both screens', async () => {
    const alex = await openPerson(fixture.browser, fixture.server.url);
    const sam = await openPerson(fixture.browser, fixture.server.url);
    await alex.page.goto('/register');
    await register(alex.page, 'Alex', 'alex@example.test');
    const spacePath = await createSpace(alex.page, 'Alex & Sam', 'Couple');
    await inviteAndJoin(alex.page, sam.page, { name: 'Sam', email: 'sam@example.test' }, spacePath);
    for (const person of [alex, sam]) await person.page.goto(`${spacePath}/money`);

    // Incomes: Alex's is shared, Sam's stays private — Alex sees only Sam's ratio.
    await setIncome(alex.page, '3000', false);
    await setIncome(sam.page, '1000', true);
    const howWeSplit = alex.page.getByRole('region', { name: 'How we split' });
    await expect
      .poll(() =>
        howWeSplit.getByText(/Sam’s income stays private|Sam's income stays private/).isVisible(),
      )
      .toBe(true);
    expect(await alex.page.content()).not.toContain('1,000.00');

    // Rent by income: 75 % and 25 %; Sam sees it arrive with Sam's share.
    await addExpense(alex.page, { amount: '1200', what: 'Rent', split: 'By income' });
    const samsLedger = sam.page.getByRole('region', { name: 'Ledger' });
    await expect
      .poll(() => samsLedger.getByRole('heading', { name: 'Rent' }).isVisible())
      .toBe(true);
    await expect.poll(() => samsLedger.getByText('Your share: €300.00').isVisible()).toBe(true);

    // An amount-only gift: Alex sees the amount, never what it was for.
    await addExpense(sam.page, {
      amount: '50',
      what: 'Birthday present for Alex',
      privacy: 'Amount only',
    });
    const alexsLedger = alex.page.getByRole('region', { name: 'Ledger' });
    await expect
      .poll(() => alexsLedger.getByRole('heading', { name: 'Kept private by Sam' }).isVisible())
      .toBe(true);
    expect(await alex.page.content()).not.toContain('Birthday');

    // Sam owes 300 − 25 = 275: the suggested payment settles it on both screens.
    await expect.poll(() => balances(sam.page).getByText('You owe €275.00').isVisible()).toBe(true);
    await balances(sam.page)
      .getByRole('button', { name: /Record this payment/ })
      .click();
    for (const page of [sam.page, alex.page]) {
      await expect
        .poll(() =>
          balances(page).getByText('All square: nobody owes anybody anything.').isVisible(),
        )
        .toBe(true);
    }

    for (const person of [alex, sam]) expect(person.problems).toEqual([]);
  });
});
