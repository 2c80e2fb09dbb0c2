import type { ExpenseCategory } from '../../contracts/money';
import { parseBankDate } from './bank-import';
import { parseAmount } from './minor-units';

/** One line of a Splitwise export: an expense or a payment, with each person's net for it. */
export interface SplitwiseEntry {
  line: number;
  spentOn: string | null;
  description: string;
  category: ExpenseCategory;
  currency: string;
  /** Minor units: the cost, and per person what they lent (> 0) or borrowed (< 0). */
  cost: number | null;
  nets: Record<string, number>;
  payment: boolean;
  error: string | null;
}

const categories: [RegExp, ExpenseCategory][] = [
  [/grocer/i, 'groceries'],
  [/rent|mortgage|household|furniture|maintenance|home/i, 'housing'],
  [/electric|heat|gas|water|tv|phone|internet|utilit|trash|cleaning/i, 'utilities'],
  [/dining|restaurant|food|liquor/i, 'eating_out'],
  [/car|fuel|parking|taxi|bus|train|transport|bicycle/i, 'transport'],
  [/child|kid|education/i, 'kids'],
  [/pet/i, 'pets'],
  [/medical|health|insurance/i, 'health'],
  [/entertain|game|movie|music|sport/i, 'fun'],
  [/hotel|plane|flight|travel|lodging/i, 'travel'],
  [/gift/i, 'gifts'],
];

/** Is this the header Splitwise writes: Date, Description, Category, Cost, Currency, people…? */
export function isSplitwiseExport(rows: string[][]): boolean {
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  return (
    header.length > 5 &&
    ['date', 'description', 'category', 'cost', 'currency'].every((h, i) => header[i] === h)
  );
}

/**
 * Reads a Splitwise CSV export. Each person's column is their net for the line — what they
 * lent (paid beyond their share) or borrowed — so the nets add up to zero; "Payment" lines
 * are settlements. The closing "Total balance" line is a summary, not an entry.
 */
export function readSplitwise(rows: string[][]): { people: string[]; entries: SplitwiseEntry[] } {
  const people = (rows[0] ?? []).slice(5).map((p) => p.trim());
  const entries: SplitwiseEntry[] = [];
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    const [date = '', description = '', category = '', cost = '', currency = ''] = row.map((c) =>
      c.trim(),
    );
    if (date === '' || /total balance/i.test(description)) return;
    const code = currency.toUpperCase();
    let error: string | null = null;
    const spentOn = parseBankDate(date, 'YYYY-MM-DD');
    if (!spentOn) error = `Line ${line}: "${date}" is not a date.`;
    const known = /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
    if (!known) error ??= `Line ${line}: "${currency}" is not a currency.`;
    const read = (text: string) => (known ? parseAmount(text, code, '.') : null);
    const total = read(cost);
    const nets: Record<string, number> = {};
    people.forEach((person, i) => {
      const net = read(row[5 + i]?.trim() || '0');
      if (net === null) error ??= `Line ${line}: ${person}'s amount cannot be read.`;
      else if (net !== 0) nets[person] = net;
    });
    const sum = Object.values(nets).reduce((s, n) => s + n, 0);
    if (total === null) error ??= `Line ${line}: the cost cannot be read.`;
    else if (sum !== 0) error ??= `Line ${line}: the amounts do not add up to zero.`;
    entries.push({
      line,
      spentOn,
      description: description.slice(0, 200) || '(no description)',
      category: categories.find(([pattern]) => pattern.test(category))?.[1] ?? 'other',
      currency: code,
      cost: total,
      nets,
      payment: /^payment$/i.test(category),
      error,
    });
  });
  return { people, entries };
}

/**
 * Who paid and whose share a Splitwise line was, from the nets: the one person who lent
 * paid the whole cost; each borrower's share is what they borrowed, the payer's the rest.
 * A line several people paid for cannot be told apart from its nets and is refused.
 */
export function splitwiseLines(
  entry: SplitwiseEntry,
): { paid: Record<string, number>; owed: Record<string, number> } | null {
  const lenders = Object.entries(entry.nets).filter(([, net]) => net > 0);
  if (lenders.length !== 1 || entry.cost === null) return null;
  const [payer, lent] = lenders[0]!;
  if (entry.payment) return { paid: { [payer]: lent }, owed: negated(entry.nets, payer) };
  const owed = negated(entry.nets, payer);
  const payerShare = entry.cost - lent;
  if (payerShare < 0) return null;
  if (payerShare > 0) owed[payer] = payerShare;
  return { paid: { [payer]: entry.cost }, owed };
}

function negated(nets: Record<string, number>, except: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(nets)
      .filter(([person, net]) => person !== except && net < 0)
      .map(([person, net]) => [person, -net]),
  );
}
