/** Money: settings, incomes, the ledger, recurring expenses, budgets, allowances, goals (0004). */

/** Split rules are JSON text, checked by the contracts on the way in. */
export interface MoneySettingsTable {
  space_id: string;
  currency: string;
  default_split: string;
  category_splits: string;
  updated_at: string;
}

/** A private income never leaves the server; the others see only the resulting ratio. */
export interface MemberIncomesTable {
  space_id: string;
  user_id: string;
  monthly_amount: number;
  visibility: 'shared' | 'private';
  updated_at: string;
}

/** Amounts are integer minor units. A settlement is a line of the ledger like an expense. */
export interface ExpensesTable {
  id: string;
  space_id: string;
  kind: 'expense' | 'settlement';
  amount: number;
  currency: string;
  /** What it was for; for an amount-only expense, seen by its author alone. */
  description: string | null;
  category: string;
  spent_on: string;
  privacy: 'shared' | 'amount_only' | 'private';
  split: string | null;
  /** A settlement paid in another currency: what was actually paid. */
  paid_amount: number | null;
  paid_currency: string | null;
  /** The recurring expense it was created from, if any. */
  recurring_id: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  /** Deleted expenses stay for their history; nothing else reads them. */
  deleted_at: string | null;
}

export interface ExpenseLinesTable {
  expense_id: string;
  space_id: string;
  user_id: string;
  paid: number;
  owed: number;
}

export interface ExpenseRevisionsTable {
  id: string;
  space_id: string;
  expense_id: string;
  action: 'created' | 'edited' | 'deleted';
  /** The expense after the change, as JSON (description included: filtered when presented). */
  snapshot: string;
  changed_by: string;
  changed_at: string;
}

/** Rent, subscriptions: an expense template created on each date of its rule. */
export interface RecurringExpensesTable {
  id: string;
  space_id: string;
  /** The expense to create, as the create body minus its date (JSON). */
  template: string;
  privacy: 'shared' | 'amount_only' | 'private';
  rrule: string;
  first_on: string;
  /** The last date expenses were created through; null before the first. */
  created_through: string | null;
  /** 1 once stopped: no more are created. */
  ended: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A monthly limit for a shared category, in the space's currency. */
export interface BudgetsTable {
  space_id: string;
  category: string;
  monthly_limit: number;
  /** 1 when what is left (or overspent) carries into the next month. */
  rollover: number;
  /** The first month (YYYY-MM-01) the budget counts from. */
  starts_on: string;
  updated_at: string;
}

/** Money a member spends with no questions asked: their private expenses count against it. */
export interface AllowancesTable {
  space_id: string;
  user_id: string;
  monthly_amount: number;
  updated_at: string;
}

export interface SavingsGoalsTable {
  id: string;
  space_id: string;
  name: string;
  target: number;
  target_on: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface GoalContributionsTable {
  id: string;
  space_id: string;
  goal_id: string;
  user_id: string;
  amount: number;
  contributed_on: string;
  created_at: string;
}
