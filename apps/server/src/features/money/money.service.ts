import {
  balancesOf,
  settleUp,
  type BalancesView,
  type IncomesView,
  type MoneySettings,
  type SplitRuleBody,
} from '@tandem/shared';
import type { z } from 'zod';
import type { moneySettingsBody } from '@tandem/shared';
import { nowIso, type Executor } from '../../db/executor';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { Membership } from '../spaces/spaces.repository';
import * as repo from './money.repository';

const DEFAULT_SETTINGS: MoneySettings = {
  currency: 'EUR',
  defaultSplit: { kind: 'equal' },
  categorySplits: {},
};

/** The space's money settings, incomes and balances. */
export class MoneyService {
  constructor(
    readonly db: Executor,
    private readonly bus: EventBus,
  ) {}

  /** Read inside a caller's transaction (`db`), or on its own. */
  async settings(db: Executor, spaceId: string): Promise<MoneySettings> {
    const row = await repo.findSettings(db, spaceId);
    if (!row) return DEFAULT_SETTINGS;
    return {
      currency: row.currency,
      defaultSplit: JSON.parse(row.default_split) as SplitRuleBody,
      categorySplits: JSON.parse(row.category_splits) as MoneySettings['categorySplits'],
    };
  }

  async updateSettings(
    membership: Membership,
    changes: z.output<typeof moneySettingsBody>,
  ): Promise<MoneySettings> {
    const now = nowIso();
    const next = await this.db.transaction().execute(async (trx) => {
      const current = await this.settings(trx, membership.spaceId);
      const categorySplits = { ...current.categorySplits };
      for (const [category, rule] of Object.entries(changes.categorySplits ?? {})) {
        const key = category as keyof typeof categorySplits;
        if (rule) categorySplits[key] = rule;
        else delete categorySplits[key];
      }
      const settings: MoneySettings = {
        currency: changes.currency ?? current.currency,
        defaultSplit: changes.defaultSplit ?? current.defaultSplit,
        categorySplits,
      };
      await repo.saveSettings(trx, {
        space_id: membership.spaceId,
        currency: settings.currency,
        default_split: JSON.stringify(settings.defaultSplit),
        category_splits: JSON.stringify(settings.categorySplits),
        updated_at: now,
      });
      return settings;
    });
    await this.announce(membership.spaceId, now);
    return next;
  }

  /** Monthly incomes by member, for splitting by income: only ratios matter. */
  async incomeAmounts(db: Executor, spaceId: string): Promise<Record<string, number>> {
    const rows = await repo.listIncomes(db, spaceId);
    return Object.fromEntries(rows.map((row) => [row.user_id, Number(row.monthly_amount)]));
  }

  /**
   * Each member's income as the viewer may see it: their own always, another's only when they
   * chose to share it; everyone sees each one's percentage, as that is what splits follow.
   */
  async incomes(membership: Membership): Promise<IncomesView['items']> {
    const rows = await repo.listIncomes(this.db, membership.spaceId);
    const byUser = new Map(rows.map((row) => [row.user_id, row]));
    const current = membership.memberIds.map((id) => byUser.get(id));
    const complete = current.every((row) => row !== undefined);
    const total = current.reduce((s, row) => s + Number(row?.monthly_amount ?? 0), 0);
    return membership.memberIds.map((userId) => {
      const row = byUser.get(userId);
      const visible = row && (row.visibility === 'shared' || userId === membership.userId);
      return {
        userId,
        monthlyAmount: visible ? Number(row.monthly_amount) : null,
        private: row?.visibility === 'private',
        given: row !== undefined,
        percent:
          complete && row ? Math.round((1000 * Number(row.monthly_amount)) / total) / 10 : null,
      };
    });
  }

  async setIncome(membership: Membership, monthlyAmount: number, isPrivate: boolean) {
    const now = nowIso();
    await repo.saveIncome(this.db, {
      space_id: membership.spaceId,
      user_id: membership.userId,
      monthly_amount: monthlyAmount,
      visibility: isPrivate ? 'private' : 'shared',
      updated_at: now,
    });
    await this.announce(membership.spaceId, now);
    return this.incomes(membership);
  }

  async removeIncome(membership: Membership) {
    const now = nowIso();
    await repo.deleteIncome(this.db, membership.spaceId, membership.userId);
    await this.announce(membership.spaceId, now);
    return this.incomes(membership);
  }

  /**
   * Who owes whom, per currency — never converted — and the fewest transfers that settle it.
   * Members who left keep their balance until it is settled.
   */
  async balances(membership: Membership): Promise<BalancesView> {
    const sums = await repo.sumLines(this.db, membership.spaceId);
    const lines = sums.map((row) => ({
      currency: row.currency,
      paid: { [row.user_id]: Number(row.paid) },
      owed: { [row.user_id]: Number(row.owed) },
    }));
    const byCurrency = balancesOf(lines);
    return {
      currencies: Object.entries(byCurrency).map(([currency, balances]) => ({
        currency,
        balances: Object.entries(balances).map(([userId, amount]) => ({ userId, amount })),
        transfers: settleUp(balances),
      })),
    };
  }

  private announce(spaceId: string, updatedAt: string) {
    return this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('expense', spaceId, updatedAt),
    });
  }
}
