/** A calendar month, YYYY-MM. */
export type Month = string;

export function monthsFrom(first: Month, last: Month): Month[] {
  const index = (m: Month) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const months: Month[] = [];
  for (let i = index(first); i <= index(last); i++) {
    months.push(
      `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
  }
  return months;
}

export interface BudgetProgress {
  spent: number;
  /** What was left (> 0) or overspent (< 0) in the months before, when it rolls over. */
  carried: number;
  /** This month's limit, plus what was carried, minus what was spent. */
  left: number;
}

/**
 * A monthly budget's state in `month`: spent against the limit, with what is left — or what
 * was overspent — carried from month to month since it started when it rolls over.
 */
export function budgetProgress(
  budget: { monthlyLimit: number; rollover: boolean; startsIn: Month },
  spentByMonth: Record<Month, number>,
  month: Month,
): BudgetProgress {
  const spent = spentByMonth[month] ?? 0;
  const carried =
    budget.rollover && budget.startsIn < month
      ? monthsFrom(budget.startsIn, month)
          .slice(0, -1)
          .reduce((sum, m) => sum + budget.monthlyLimit - (spentByMonth[m] ?? 0), 0)
      : 0;
  return { spent, carried, left: budget.monthlyLimit + carried - spent };
}

/**
 * When a savings goal will be reached at the pace saved so far: the average a month since the
 * first contribution (a month at least), carried on from today. Null when nothing is being
 * saved, or when that pace takes a century or more; today when it is already reached.
 */
export function projectGoal(
  target: number,
  contributions: { amount: number; on: string }[],
  today: string,
): string | null {
  const saved = contributions.reduce((s, c) => s + c.amount, 0);
  if (saved >= target) return today;
  const first = contributions.reduce<string | null>((f, c) => (!f || c.on < f ? c.on : f), null);
  if (!first || saved <= 0) return null;
  const days = Math.max(30.44, (Date.parse(today) - Date.parse(first)) / 86_400_000);
  const perDay = saved / days;
  const daysLeft = Math.ceil((target - saved) / perDay);
  // A century away is not a date anyone can plan by.
  if (daysLeft > 100 * 365) return null;
  return new Date(Date.parse(today) + daysLeft * 86_400_000).toISOString().slice(0, 10);
}
