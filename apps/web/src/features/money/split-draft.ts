import { minorToDecimal, parseAmount, type SplitRuleBody } from '@tandem/shared';
import { format, t } from '../../lib/i18n';

/** "usual" leaves the rule to the server: the category's, else the space's. */
export const splitChoices = [
  'usual',
  'equal',
  'shares',
  'percent',
  'exact',
  'income',
  'blend',
] as const;
export type SplitChoice = (typeof splitChoices)[number];

/** A split rule as it is being typed. */
export interface SplitDraft {
  choice: SplitChoice;
  /** Per person: shares, percentages or exact amounts, as typed. */
  values: Readonly<Record<string, string>>;
  /** For a blend: the part split equally, in percent; the rest follows income. */
  equalPart: string;
}

export type SplitOutcome =
  { ok: true; rule: SplitRuleBody | undefined } | { ok: false; field: string; message: string };

const mapValues = (record: Record<string, number>, show: (value: number) => string) =>
  Object.fromEntries(Object.entries(record).map(([id, value]) => [id, show(value)]));

/** The draft for a rule; no rule means "as usual". */
export function splitDraftOf(rule: SplitRuleBody | null | undefined, currency: string): SplitDraft {
  const draft: SplitDraft = { choice: 'usual', values: {}, equalPart: '50' };
  if (!rule) return draft;
  switch (rule.kind) {
    case 'equal':
    case 'income':
      return { ...draft, choice: rule.kind };
    case 'shares':
      return { ...draft, choice: 'shares', values: mapValues(rule.shares, String) };
    case 'percent':
      return { ...draft, choice: 'percent', values: mapValues(rule.percents, String) };
    case 'exact':
      return {
        ...draft,
        choice: 'exact',
        values: mapValues(rule.amounts, (amount) => minorToDecimal(amount, currency)),
      };
    case 'blend': {
      const parts = rule.equal + rule.income;
      const equal = parts > 0 ? Math.round((rule.equal * 100) / parts) : 50;
      return { ...draft, choice: 'blend', equalPart: String(equal) };
    }
  }
}

/** A number as typed, with a point or a comma for decimals; empty is 0, NaN when not a number. */
function readNumber(text: string, decimals: number): number {
  const value = text.trim().replace(',', '.');
  if (value === '') return 0;
  return new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`).test(value) ? Number(value) : Number.NaN;
}

const failed = (field: string, message: string): SplitOutcome => ({ ok: false, field, message });

/**
 * The rule a draft says, for the people who share the expense (only their values count), or
 * the first thing wrong with it, named by the field the server would name. `total` is the
 * expense's amount when there is one, for exact amounts to add up to.
 */
export function splitRuleOf(
  draft: SplitDraft,
  people: readonly string[],
  total: number | undefined,
  currency: string,
): SplitOutcome {
  const valueOf = (id: string) => draft.values[id] ?? '';
  switch (draft.choice) {
    case 'usual':
      return { ok: true, rule: undefined };
    case 'equal':
    case 'income':
      return { ok: true, rule: { kind: draft.choice } };
    case 'shares': {
      const shares = Object.fromEntries(people.map((id) => [id, readNumber(valueOf(id), 6)]));
      const values = Object.values(shares);
      if (values.some((n) => !(n >= 0 && n <= 1e6))) {
        return failed('split.shares', t('money.split.error.sharesEach'));
      }
      if (!values.some((n) => n > 0)) {
        return failed('split.shares', t('money.split.error.sharesNone'));
      }
      return { ok: true, rule: { kind: 'shares', shares } };
    }
    case 'percent': {
      const percents = Object.fromEntries(people.map((id) => [id, readNumber(valueOf(id), 2)]));
      const values = Object.values(percents);
      if (values.some((n) => !(n >= 0 && n <= 100))) {
        return failed('split.percents', t('money.split.error.percentEach'));
      }
      // In hundredths, so 33.33 + 33.33 + 33.34 is exactly 100.
      const hundredths = values.reduce((sum, n) => sum + Math.round(n * 100), 0);
      if (hundredths !== 10_000) {
        return failed(
          'split.percents',
          t('money.split.error.percentSum', { sum: hundredths / 100 }),
        );
      }
      return { ok: true, rule: { kind: 'percent', percents } };
    }
    case 'exact': {
      const amounts: Record<string, number> = {};
      for (const id of people) {
        const amount = valueOf(id).trim() === '' ? 0 : parseAmount(valueOf(id), currency);
        if (amount === null) return failed('split.amounts', t('money.split.error.amountEach'));
        amounts[id] = amount;
      }
      const sum = Object.values(amounts).reduce((s, n) => s + n, 0);
      if (total !== undefined && sum !== total) {
        return failed(
          'split.amounts',
          t('money.split.error.amountSum', {
            sum: format.money(sum, currency),
            total: format.money(total, currency),
          }),
        );
      }
      return { ok: true, rule: { kind: 'exact', amounts } };
    }
    case 'blend': {
      const equal = readNumber(draft.equalPart, 2);
      if (!(equal >= 0 && equal <= 100)) {
        return failed('split.equal', t('money.split.error.blend'));
      }
      return {
        ok: true,
        rule: { kind: 'blend', equal, income: Math.round((100 - equal) * 100) / 100 },
      };
    }
  }
}
