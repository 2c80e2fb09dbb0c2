import {
  budgetProgress,
  localDateIn,
  type AllowancesView,
  type BudgetsView,
  type ExpenseCategory,
} from '@tandem/shared';
import { nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { Viewer } from '../spaces/viewer';
import * as repo from './budgets.repository';
import type { MoneyService } from './money.service';

/**
 * Monthly budgets for shared categories (with an optional roll-over) and each member's
 * allowance — money spent with no questions asked: the others see its size, never its details.
 */
export class BudgetsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly money: MoneyService,
  ) {}

  async budgets(viewer: Viewer, month?: string): Promise<BudgetsView> {
    const { spaceId } = viewer.membership;
    const current = month ?? localDateIn(viewer.timeZone).slice(0, 7);
    const [settings, budgets] = await Promise.all([
      this.money.settings(this.db, spaceId),
      repo.listBudgets(this.db, spaceId),
    ]);
    const earliest = budgets.reduce((e, b) => (b.starts_on < e ? b.starts_on : e), `${current}-01`);
    const spending = await repo.spendingByCategoryAndMonth(
      this.db,
      spaceId,
      settings.currency,
      earliest,
      `${current}-31`,
    );
    return {
      month: current,
      currency: settings.currency,
      items: budgets.map((budget) => {
        const spentByMonth = Object.fromEntries(
          spending
            .filter((s) => s.category === budget.category)
            .map((s) => [s.month, Number(s.spent)]),
        );
        const progress = budgetProgress(
          {
            monthlyLimit: Number(budget.monthly_limit),
            rollover: budget.rollover === 1,
            startsIn: budget.starts_on.slice(0, 7),
          },
          spentByMonth,
          current,
        );
        return {
          category: budget.category as ExpenseCategory,
          monthlyLimit: Number(budget.monthly_limit),
          rollover: budget.rollover === 1,
          ...progress,
        };
      }),
    };
  }

  async setBudget(
    viewer: Viewer,
    category: ExpenseCategory,
    monthlyLimit: number,
    rollover: boolean,
  ): Promise<BudgetsView> {
    const now = nowIso();
    await repo.saveBudget(this.db, {
      space_id: viewer.membership.spaceId,
      category,
      monthly_limit: monthlyLimit,
      rollover: rollover ? 1 : 0,
      // Kept when the budget already exists: only a new one starts this month.
      starts_on: `${localDateIn(viewer.timeZone).slice(0, 7)}-01`,
      updated_at: now,
    });
    await this.announce(viewer.membership.spaceId, now);
    return this.budgets(viewer);
  }

  async removeBudget(viewer: Viewer, category: ExpenseCategory): Promise<void> {
    if (!(await repo.deleteBudget(this.db, viewer.membership.spaceId, category))) {
      throw new AppError('not_found');
    }
    await this.announce(viewer.membership.spaceId, nowIso());
  }

  async allowances(viewer: Viewer, month?: string): Promise<AllowancesView> {
    const { spaceId, userId, memberIds } = viewer.membership;
    const current = month ?? localDateIn(viewer.timeZone).slice(0, 7);
    const [settings, rows] = await Promise.all([
      this.money.settings(this.db, spaceId),
      repo.listAllowances(this.db, spaceId),
    ]);
    const mine = rows.find((row) => row.user_id === userId);
    const spent = await repo.privateSpending(this.db, spaceId, userId, settings.currency, current);
    return {
      month: current,
      currency: settings.currency,
      items: memberIds.map((memberId) => {
        const row = rows.find((r) => r.user_id === memberId);
        const own = memberId === userId;
        return {
          userId: memberId,
          monthlyAmount: row ? Number(row.monthly_amount) : null,
          spent: own ? spent : null,
          left: own && mine ? Number(mine.monthly_amount) - spent : null,
        };
      }),
    };
  }

  async setAllowance(viewer: Viewer, monthlyAmount: number): Promise<AllowancesView> {
    const now = nowIso();
    await repo.saveAllowance(this.db, {
      space_id: viewer.membership.spaceId,
      user_id: viewer.membership.userId,
      monthly_amount: monthlyAmount,
      updated_at: now,
    });
    await this.announce(viewer.membership.spaceId, now);
    return this.allowances(viewer);
  }

  async removeAllowance(viewer: Viewer): Promise<AllowancesView> {
    const now = nowIso();
    await repo.deleteAllowance(this.db, viewer.membership.spaceId, viewer.membership.userId);
    await this.announce(viewer.membership.spaceId, now);
    return this.allowances(viewer);
  }

  private announce(spaceId: string, updatedAt: string) {
    return this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('expense', spaceId, updatedAt),
    });
  }
}
