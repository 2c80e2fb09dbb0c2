import { splitAmount } from './split-amount';

/**
 * How an expense is shared among its participants. Weights are relative (2:1), percentages add
 * up to 100, exact amounts add up to the total; "income" follows each member's monthly income,
 * and a blend mixes rules (say half equal, half by income).
 */
export type SplitRule =
  | { kind: 'equal' }
  | { kind: 'shares'; shares: Record<string, number> }
  | { kind: 'percent'; percents: Record<string, number> }
  | { kind: 'exact'; amounts: Record<string, number> }
  | { kind: 'income' }
  | { kind: 'blend'; equal: number; income: number };

export class SplitRuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Each participant's share of `total` (integer minor units) under `rule`, adding up exactly.
 * `incomes` are monthly incomes in one currency's minor units (only their ratio matters).
 * `seed` (the expense's id) decides who gets an odd cent, so it does not always fall to one.
 */
export function shareExpense(
  total: number,
  rule: SplitRule,
  participants: string[],
  incomes: Record<string, number>,
  seed: string,
): Record<string, number> {
  if (participants.length === 0) {
    throw new SplitRuleError('participants', 'Someone has to share it.');
  }
  if (rule.kind === 'exact') return exactShares(total, rule.amounts, participants);
  return splitAmount(total, weightsOf(rule, participants, incomes), seed);
}

function weightsOf(
  rule: Exclude<SplitRule, { kind: 'exact' }>,
  participants: string[],
  incomes: Record<string, number>,
): Record<string, number> {
  const each = (weight: (id: string) => number) =>
    Object.fromEntries(participants.map((id) => [id, weight(id)]));
  switch (rule.kind) {
    case 'equal':
      return each(() => 1);
    case 'shares':
      return positive(
        each((id) => rule.shares[id] ?? 0),
        'shares',
      );
    case 'percent': {
      const sum = participants.reduce((s, id) => s + (rule.percents[id] ?? 0), 0);
      // Percentages are given to two decimals at most, so this compares hundredths exactly.
      if (Math.round(sum * 100) !== 10_000) {
        throw new SplitRuleError(
          'percents',
          `Percentages must add up to 100; they add up to ${sum}.`,
        );
      }
      return each((id) => Math.round((rule.percents[id] ?? 0) * 100));
    }
    case 'income':
      return incomeWeights(participants, incomes);
    case 'blend': {
      // Each part as a fraction of one: equal gives 1/n each, income each one's part of the sum.
      const byIncome = incomeWeights(participants, incomes);
      const incomeSum = participants.reduce((s, id) => s + byIncome[id]!, 0);
      const parts = rule.equal + rule.income;
      if (!(parts > 0)) throw new SplitRuleError('equal', 'A blend needs some of either part.');
      return each(
        (id) =>
          (rule.equal / parts) * (1 / participants.length) +
          (rule.income / parts) * (byIncome[id]! / incomeSum),
      );
    }
  }
}

function incomeWeights(participants: string[], incomes: Record<string, number>) {
  const missing = participants.filter((id) => !(incomes[id]! > 0));
  if (missing.length > 0) {
    throw new SplitRuleError(
      'income',
      `Everyone sharing by income needs an income set: ${missing.join(', ')}.`,
    );
  }
  return Object.fromEntries(participants.map((id) => [id, incomes[id]!]));
}

function positive(weights: Record<string, number>, field: string) {
  if (!Object.values(weights).some((w) => w > 0)) {
    throw new SplitRuleError(field, 'At least one share must be above zero.');
  }
  return weights;
}

function exactShares(total: number, amounts: Record<string, number>, participants: string[]) {
  const shares = Object.fromEntries(participants.map((id) => [id, amounts[id] ?? 0]));
  const sum = Object.values(shares).reduce((s, a) => s + a, 0);
  if (sum !== total) {
    throw new SplitRuleError(
      'amounts',
      `The amounts must add up to the total ${total}; they add up to ${sum}.`,
    );
  }
  return shares;
}
