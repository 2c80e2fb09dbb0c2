import type { AllowancesView, BudgetsView } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { formatMoney } from './money-text';

export type BudgetLine = BudgetsView['items'][number];
export type AllowanceLine = AllowancesView['items'][number];

/**
 * How much of `whole` `part` is, as a whole percent from 0 to 100, for drawing a bar: more
 * than all of it is a full bar (the words say by how much), nothing to spend is full once used.
 */
export function percentOf(part: number, whole: number): number {
  if (part <= 0) return 0;
  if (whole <= 0) return 100;
  return Math.min(100, Math.round((part * 100) / whole));
}

/** This month's limit with what was carried in (or less what was overspent), never below zero. */
export const budgetAvailable = (budget: BudgetLine): number =>
  Math.max(0, budget.monthlyLimit + budget.carried);

const budgetWords = {
  left: 'money.plans.budgets.left',
  over: 'money.plans.budgets.over',
  exact: 'money.plans.budgets.exact',
} as const;
const allowanceWords = {
  left: 'money.plans.allowances.left',
  over: 'money.plans.allowances.over',
  exact: 'money.plans.allowances.exact',
} as const;

/** "€120 left", "€30 over" or "Right on the limit": what is left, in words. */
function leftInWords(
  left: number,
  currency: string,
  words: typeof budgetWords | typeof allowanceWords,
): string {
  const amount = formatMoney(Math.abs(left), currency);
  if (left > 0) return t(words.left, { amount });
  return left < 0 ? t(words.over, { amount }) : t(words.exact);
}

export const budgetLeftInWords = (budget: BudgetLine, currency: string): string =>
  leftInWords(budget.left, currency, budgetWords);

/** "€180 spent of €300": the bar's value in words, for screen readers and under it. */
export const budgetSpentInWords = (budget: BudgetLine, currency: string): string =>
  t('money.plans.budgets.spentOf', {
    spent: formatMoney(budget.spent, currency),
    available: formatMoney(budgetAvailable(budget), currency),
  });

/** What rolling over means this month; null when the budget does not roll over. */
export function rolloverInWords(budget: BudgetLine, currency: string): string | null {
  if (!budget.rollover) return null;
  const amount = formatMoney(Math.abs(budget.carried), currency);
  if (budget.carried > 0) return t('money.plans.budgets.carriedIn', { amount });
  if (budget.carried < 0) return t('money.plans.budgets.carriedOut', { amount });
  return t('money.plans.budgets.rollsOver');
}

/** My allowance this month: "€120 left this month", "€30 over this month". */
export function allowanceLeftInWords(mine: AllowanceLine, currency: string): string | null {
  return mine.left === null ? null : leftInWords(mine.left, currency, allowanceWords);
}

/** "€80 spent of €200": my allowance's bar in words; null until I have one. */
export function allowanceSpentInWords(mine: AllowanceLine, currency: string): string | null {
  if (mine.monthlyAmount === null || mine.spent === null) return null;
  return t('money.plans.allowances.spentOf', {
    spent: formatMoney(mine.spent, currency),
    amount: formatMoney(mine.monthlyAmount, currency),
  });
}
