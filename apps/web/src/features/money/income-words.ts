import type { IncomesView, Member } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { nameOf } from './people';

type Income = IncomesView['items'][number];

/**
 * One member's income as the viewer may see it: mine always; another's amount only when they
 * share it, else only their percentage ("Sam's income stays private; Sam's share by income is
 * 25%.").
 */
export function incomeInWords(
  income: Income,
  currency: string,
  members: readonly Member[],
  myId: string,
): string {
  const name = nameOf(members, income.userId);
  const mine = income.userId === myId;
  if (!income.given) {
    return mine ? t('money.income.youNotGiven') : t('money.income.notGiven', { name });
  }
  const { percent } = income;
  if (income.monthlyAmount === null) {
    return percent === null
      ? t('money.income.private', { name })
      : t('money.income.privatePercent', { name, percent });
  }
  const amount = format.money(income.monthlyAmount, currency);
  if (mine) {
    const line =
      percent === null
        ? t('money.income.yours', { amount })
        : t('money.income.yoursPercent', { amount, percent });
    return income.private ? `${line} ${t('money.income.yoursPrivate')}` : line;
  }
  return percent === null
    ? t('money.income.theirs', { name, amount })
    : t('money.income.theirsPercent', { name, amount, percent });
}

/** Splitting by income needs everyone's income; until then no one has a percentage. */
export const incomesComplete = (items: IncomesView['items']) =>
  items.every((item) => item.percent !== null);
