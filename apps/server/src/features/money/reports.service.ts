import {
  localDateIn,
  minorToDecimal,
  monthsFrom,
  writeCsv,
  type Expense,
  type ExpenseCategory,
  type InsightsView,
} from '@tandem/shared';
import { nowIso, type Executor } from '../../db/executor';
import * as spacesRepo from '../spaces/spaces.repository';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import * as budgetsRepo from './budgets.repository';
import { presentExpenseContent } from './money.presenter';
import * as repo from './money.repository';
import type { MoneyService } from './money.service';

/**
 * The ledger as a file (CSV, JSON) and where the money goes: exactly what the viewer may see —
 * never another member's private expense, nor what their amount-only ones were for.
 */
export class ReportsService {
  constructor(
    private readonly db: Executor,
    private readonly money: MoneyService,
  ) {}

  async exportJson(membership: Membership) {
    const { spaceId, userId } = membership;
    const [rows, settings, members] = await Promise.all([
      repo.listAllVisible(this.db, spaceId, userId),
      this.money.settings(this.db, spaceId),
      spacesRepo.listMembers(this.db, spaceId),
    ]);
    const lines = await repo.listLines(
      this.db,
      rows.map((row) => row.id),
    );
    const byExpense = new Map<string, typeof lines>();
    for (const line of lines) {
      byExpense.set(line.expense_id, [...(byExpense.get(line.expense_id) ?? []), line]);
    }
    return {
      exportedAt: nowIso(),
      currency: settings.currency,
      members: members.map((m) => ({ userId: m.userId, displayName: m.displayName })),
      expenses: rows.map((row) => presentExpenseContent(row, byExpense.get(row.id) ?? [], userId)),
    };
  }

  async exportCsv(membership: Membership): Promise<string> {
    const data = await this.exportJson(membership);
    const name = new Map(data.members.map((m) => [m.userId, m.displayName]));
    const who = (userId: string) => name.get(userId) ?? 'former member';
    const money = (amount: number, currency: string) => minorToDecimal(amount, currency);
    const people = (list: Expense['payers'], currency: string) =>
      list.map((p) => `${who(p.userId)}: ${money(p.amount, currency)}`).join('; ');
    return writeCsv([
      [
        'date',
        'kind',
        'description',
        'category',
        'amount',
        'currency',
        'privacy',
        'paid by',
        'shares',
        'added by',
      ],
      ...data.expenses.map((e) => [
        e.spentOn,
        e.kind,
        e.description ?? '',
        e.category,
        money(e.amount, e.currency),
        e.currency,
        e.privacy,
        people(e.payers, e.currency),
        people(e.shares, e.currency),
        who(e.createdBy),
      ]),
    ]);
  }

  /**
   * Spending by category per month, and each member's part of the shared costs per month next
   * to their part of the household's income (today's incomes: their history is not kept).
   */
  async insights(viewer: Viewer, months: number): Promise<InsightsView> {
    const { membership, timeZone } = viewer;
    const { spaceId } = membership;
    const thisMonth = localDateIn(timeZone).slice(0, 7);
    const [year, month] = thisMonth.split('-').map(Number) as [number, number];
    const firstMonth = new Date(Date.UTC(year, month - months, 1)).toISOString().slice(0, 7);
    const settings = await this.money.settings(this.db, spaceId);
    const [spending, owed, incomes] = await Promise.all([
      budgetsRepo.spendingByCategoryAndMonth(
        this.db,
        spaceId,
        settings.currency,
        `${firstMonth}-01`,
        `${thisMonth}-31`,
      ),
      repo.owedByMonth(this.db, spaceId, settings.currency, `${firstMonth}-01`),
      this.money.incomes(membership),
    ]);
    const list = monthsFrom(firstMonth, thisMonth);
    return {
      currency: settings.currency,
      months: list,
      byCategory: spending.map((s) => ({
        month: s.month,
        category: s.category as ExpenseCategory,
        amount: Number(s.spent),
      })),
      shares: list.map((m) => {
        const inMonth = owed.filter((o) => o.month === m);
        const total = inMonth.reduce((sum, o) => sum + Number(o.owed), 0);
        return {
          month: m,
          members: membership.memberIds.map((userId) => {
            const own = Number(inMonth.find((o) => o.user_id === userId)?.owed ?? 0);
            return {
              userId,
              percentOfCosts: total > 0 ? Math.round((1000 * own) / total) / 10 : null,
            };
          }),
        };
      }),
      incomePercents: incomes.map((i) => ({ userId: i.userId, percent: i.percent })),
    };
  }
}
