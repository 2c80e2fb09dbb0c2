import type { BalancesView, Member } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { nameOf, nameOrYou } from './people';

type CurrencyBalances = BalancesView['currencies'][number];
type Transfer = CurrencyBalances['transfers'][number];

/** "Sam owes €12.50", "You are owed €12.50", "Sam is all square". */
export function balanceInWords(
  balance: { userId: string; amount: number },
  currency: string,
  members: readonly Member[],
  myId: string,
): string {
  const amount = format.money(Math.abs(balance.amount), currency);
  const name = nameOf(members, balance.userId);
  const me = balance.userId === myId;
  if (balance.amount < 0)
    return me ? t('money.balance.youOwe', { amount }) : t('money.balance.owes', { name, amount });
  if (balance.amount > 0)
    return me
      ? t('money.balance.youAreOwed', { amount })
      : t('money.balance.isOwed', { name, amount });
  return me ? t('money.balance.youSquare') : t('money.balance.square', { name });
}

/** Whether nobody owes anybody anything in this currency. */
export const allSquare = (view: CurrencyBalances) =>
  view.balances.every((balance) => balance.amount === 0);

/**
 * A suggested payment and what it does, in one sentence: "Sam pays Alex €12.50: that brings both
 * of you to zero."
 */
export function transferInWords(
  transfer: Transfer,
  view: CurrencyBalances,
  members: readonly Member[],
  myId: string,
): string {
  const amount = format.money(transfer.amount, view.currency);
  const balanceOf = (id: string) => view.balances.find((b) => b.userId === id)?.amount ?? 0;
  const payment =
    transfer.from === myId
      ? t('money.transfer.youPay', { to: nameOf(members, transfer.to), amount })
      : t('money.transfer.pays', {
          from: nameOf(members, transfer.from),
          to: nameOrYou(members, myId, transfer.to),
          amount,
        });
  const clearsFrom = balanceOf(transfer.from) === -transfer.amount;
  const clearsTo = balanceOf(transfer.to) === transfer.amount;
  const involvesMe = transfer.from === myId || transfer.to === myId;
  let effect: string;
  if (clearsFrom && clearsTo) {
    effect = involvesMe
      ? t('money.transfer.bothYou')
      : t('money.transfer.both', {
          from: nameOf(members, transfer.from),
          to: nameOf(members, transfer.to),
        });
  } else if (clearsFrom || clearsTo) {
    const cleared = clearsFrom ? transfer.from : transfer.to;
    effect =
      cleared === myId
        ? t('money.transfer.clearsYou')
        : t('money.transfer.clears', { name: nameOrYou(members, myId, cleared) });
  } else {
    effect = t('money.transfer.part');
  }
  return t('money.transfer.sentence', { payment, effect });
}
