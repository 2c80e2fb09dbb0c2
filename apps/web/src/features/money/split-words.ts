import {
  shareExpense,
  SplitRuleError,
  type IncomesView,
  type Member,
  type SplitRuleBody,
} from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { nameOf, nameOrYou } from './people';

/** Who a rule names by id (shares, percentages, exact amounts); nobody for the others. */
export function ruleMemberIds(rule: SplitRuleBody): string[] {
  if (rule.kind === 'shares') return Object.keys(rule.shares);
  if (rule.kind === 'percent') return Object.keys(rule.percents);
  if (rule.kind === 'exact') return Object.keys(rule.amounts);
  return [];
}

/**
 * A rule in words, to follow "Split": "equally", "in shares (you 2 and Sam 1)", "by percentage
 * (you 60% and Sam 40%)", "by income", "half equally, half by income".
 */
export function ruleInWords(
  rule: SplitRuleBody,
  members: readonly Member[],
  myId: string,
  currency: string,
): string {
  const parts = (values: Record<string, number>, show: (value: number) => string | number) =>
    format.list(
      Object.entries(values).map(([id, value]) =>
        t('money.rule.part', { name: nameOrYou(members, myId, id), value: show(value) }),
      ),
    );
  switch (rule.kind) {
    case 'equal':
      return t('money.rule.equal');
    case 'shares':
      return t('money.rule.shares', { parts: parts(rule.shares, (n) => n) });
    case 'percent':
      return t('money.rule.percent', {
        parts: parts(rule.percents, (n) => t('money.rule.percentValue', { percent: n })),
      });
    case 'exact':
      return t('money.rule.exact', {
        parts: parts(rule.amounts, (n) => format.money(n, currency)),
      });
    case 'income':
      return t('money.rule.income');
    case 'blend': {
      const whole = rule.equal + rule.income;
      const equal = whole > 0 ? Math.round((rule.equal * 100) / whole) : 50;
      return equal === 50
        ? t('money.rule.blendHalf')
        : t('money.rule.blend', { equal, income: 100 - equal });
    }
  }
}

/** "Split equally", "Split by income": a rule as a sentence of its own. */
export const ruleSentence = (
  rule: SplitRuleBody,
  members: readonly Member[],
  myId: string,
  currency: string,
) => t('money.rule.sentence', { rule: ruleInWords(rule, members, myId, currency) });

/**
 * Incomes to preview a split by income with: everyone's amount when the viewer sees them all,
 * else the percentages everyone sees (a partner's private income is only a ratio here).
 */
export function incomesForPreview(
  items: IncomesView['items'],
  people: readonly string[],
): Record<string, number> {
  const of = (id: string) => items.find((item) => item.userId === id);
  if (people.every((id) => (of(id)?.monthlyAmount ?? null) !== null)) {
    return Object.fromEntries(people.map((id) => [id, of(id)!.monthlyAmount!]));
  }
  if (people.every((id) => (of(id)?.percent ?? null) !== null)) {
    return Object.fromEntries(people.map((id) => [id, Math.round(of(id)!.percent! * 10)]));
  }
  return {};
}

export type Preview = { ok: true; shares: Record<string, number> } | { ok: false; problem: string };

/**
 * Each one's share as the server will most likely work it out — for a preview only: the server
 * decides, and an odd cent may fall to someone else there.
 */
export function previewShares(
  amount: number,
  rule: SplitRuleBody,
  people: readonly string[],
  incomes: Record<string, number>,
): Preview {
  if (ruleMemberIds(rule).some((id) => !people.includes(id))) {
    return { ok: false, problem: t('money.preview.outsider') };
  }
  try {
    return { ok: true, shares: shareExpense(amount, rule, [...people], incomes, 'preview') };
  } catch (error) {
    if (!(error instanceof SplitRuleError)) throw error;
    if (error.field === 'participants') return { ok: false, problem: t('money.preview.nobody') };
    if (error.field === 'income') return { ok: false, problem: t('money.preview.needsIncome') };
    return { ok: false, problem: t('money.preview.cannot') };
  }
}

/** "Alex pays €7.51 and Sam €5.00." — me as "you", in the order given. */
export function sharesInWords(
  shares: Record<string, number>,
  members: readonly Member[],
  myId: string,
  currency: string,
): string {
  const clauses = Object.entries(shares).map(([id, minor], index) => {
    const amount = format.money(minor, currency);
    if (index === 0) {
      return id === myId
        ? t('money.preview.youPay', { amount })
        : t('money.preview.pays', { name: nameOf(members, id), amount });
    }
    return t('money.preview.also', { name: nameOrYou(members, myId, id), amount });
  });
  return t('money.preview.sentence', { shares: format.list(clauses) });
}
