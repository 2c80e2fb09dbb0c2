import type { Expense, Member } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import type { ExpenseRevision } from './money-api';
import { nameOf, nameOrYou } from './people';

type Line = Omit<Expense, 'capabilities'>;

/** "Sam paid Alex €12.00", "You paid Sam €12.00", "Sam paid you €12.00". */
export function paymentInWords(
  payment: { from: string; to: string; amount: number; currency: string },
  members: readonly Member[],
  myId: string,
): string {
  const amount = format.money(payment.amount, payment.currency);
  if (payment.from === myId) {
    return t('money.payment.youPaid', { to: nameOf(members, payment.to), amount });
  }
  return t('money.payment.paid', {
    from: nameOf(members, payment.from),
    to: nameOrYou(members, myId, payment.to),
    amount,
  });
}

/** A settlement's who, whom and how much, read back from its ledger line. */
export function settlementOf(line: Line) {
  return {
    from: line.payers[0]?.userId ?? line.createdBy,
    to: line.shares[0]?.userId ?? line.createdBy,
    amount: line.amount,
    currency: line.currency,
  };
}

/**
 * What a line is called: what it was for, or — for someone else's amount-only expense — whose
 * it is; a settlement says who paid whom.
 */
export function lineTitle(line: Line, members: readonly Member[], myId: string): string {
  if (line.kind === 'settlement') return paymentInWords(settlementOf(line), members, myId);
  if (line.description !== null) return line.description;
  return t('money.ledger.keptPrivate', { name: nameOf(members, line.createdBy) });
}

/** "Paid by you", "Paid by Sam", "Paid by you (€20.00) and Sam (€10.00)". */
export function paidByInWords(line: Line, members: readonly Member[], myId: string): string {
  const [only, ...more] = line.payers;
  if (only && more.length === 0) {
    return t('money.ledger.paidBy', { names: nameOrYou(members, myId, only.userId) });
  }
  const names = line.payers.map((payer) =>
    t('money.ledger.payerAmount', {
      name: nameOrYou(members, myId, payer.userId),
      amount: format.money(payer.amount, line.currency),
    }),
  );
  return t('money.ledger.paidBy', { names: format.list(names) });
}

/** My part of a line: my share, personal spending, or not mine to share. */
export function myShareInWords(line: Line, myId: string): string {
  if (line.privacy === 'private') return t('money.ledger.personal');
  const mine = line.shares.find((share) => share.userId === myId);
  if (!mine) return t('money.ledger.notYours');
  return t('money.ledger.yourShare', { amount: format.money(mine.amount, line.currency) });
}

/** "Changed by Sam" or "Added by Sam" when it was someone else; nothing when it was me. */
export function changedByInWords(line: Line, members: readonly Member[], myId: string) {
  if (line.updatedBy === myId) return undefined;
  const name = nameOf(members, line.updatedBy);
  return line.updatedAt > line.createdAt
    ? t('money.ledger.changedBy', { name })
    : t('money.ledger.addedBy', { name });
}

/**
 * Each change in a sentence, oldest first: "Edited by Sam on 2 Mar 2026, 10:00: €40.00 →
 * €50.00, Groceries." The amount shows where it came from when the change moved it.
 */
export function historyInWords(
  revisions: readonly ExpenseRevision[],
  members: readonly Member[],
  myId: string,
  timeZone: string,
): string[] {
  return revisions.map((revision, index) => {
    const { expense } = revision;
    const name = nameOrYou(members, myId, revision.changedBy);
    const when = format.dateTime(revision.changedAt, timeZone);
    if (revision.action === 'deleted') return t('money.history.deleted', { name, when });
    const now = format.money(expense.amount, expense.currency);
    const before = index > 0 ? revisions[index - 1]!.expense : undefined;
    const amount =
      before && (before.amount !== expense.amount || before.currency !== expense.currency)
        ? t('money.history.amountChange', {
            from: format.money(before.amount, before.currency),
            to: now,
          })
        : now;
    const what = lineTitle(expense, members, myId);
    return revision.action === 'created'
      ? t('money.history.created', { name, when, amount, what })
      : t('money.history.edited', { name, when, amount, what });
  });
}
