/**
 * One line of the ledger as balances see it: who paid how much and whose share it was, in one
 * currency. A settlement is a line too: the payer paid, the receiver's "share" is what they got.
 */
export interface LedgerLine {
  currency: string;
  paid: Record<string, number>;
  owed: Record<string, number>;
}

/**
 * Each member's balance per currency, in integer minor units: what they paid minus their
 * shares; > 0 is owed to them, < 0 they owe. Currencies are never mixed or converted.
 */
export function balancesOf(lines: LedgerLine[]): Record<string, Record<string, number>> {
  const balances: Record<string, Record<string, number>> = {};
  for (const line of lines) {
    const inCurrency = (balances[line.currency] ??= {});
    for (const [id, amount] of Object.entries(line.paid)) {
      inCurrency[id] = (inCurrency[id] ?? 0) + amount;
    }
    for (const [id, amount] of Object.entries(line.owed)) {
      inCurrency[id] = (inCurrency[id] ?? 0) - amount;
    }
  }
  return balances;
}
