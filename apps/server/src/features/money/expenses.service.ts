import {
  localDateIn,
  type createExpenseBody,
  type Expense,
  type recordSettlementBody,
  type UpdateExpenseBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import type { EventBus } from '../../realtime/event-bus';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import { canSeeDescription } from './money.policy';
import { presentExpense, presentExpenseContent } from './money.presenter';
import { announceExpense } from './money.events';
import { expenseLines, ruleMemberIds, type Draft } from './expense-lines';
import * as repo from './money.repository';
import type { MoneyService } from './money.service';

type CreateInput = z.output<typeof createExpenseBody>;
type SettlementInput = z.output<typeof recordSettlementBody>;

/**
 * The shared ledger: expenses with who paid and whose share, each change kept as history,
 * and settlements. Every write is one transaction; shares always add up to the cent.
 */
export class ExpensesService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly money: MoneyService,
  ) {}

  async list(membership: Membership, limit: number, before?: string) {
    const [spentOn, id] = before ? before.split('|') : [];
    const rows = await repo.listExpenses(
      this.db,
      membership.spaceId,
      membership.userId,
      limit + 1,
      spentOn && id ? { spentOn, id } : undefined,
    );
    const page = rows.slice(0, limit);
    const lines = await repo.listLines(
      this.db,
      page.map((row) => row.id),
    );
    const last = page[page.length - 1];
    return {
      items: page.map((row) =>
        presentExpense(
          row,
          lines.filter((l) => l.expense_id === row.id),
          membership.userId,
        ),
      ),
      next: rows.length > limit && last ? `${last.spent_on}|${last.id}` : null,
    };
  }

  async get(membership: Membership, id: string): Promise<Expense> {
    const row = await repo.findExpense(this.db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    return presentExpense(row, await repo.listLines(this.db, [id]), membership.userId);
  }

  async create(viewer: Viewer, input: CreateInput): Promise<Expense> {
    const { membership } = viewer;
    const id = newId();
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const draft = await this.draftOf(trx, viewer, input);
      await this.insertDraft(trx, membership, draft, { id, now, recurringId: null });
    });
    const created = await this.get(membership, id);
    await announceExpense(this.bus, membership, created.privacy, id, now);
    return created;
  }

  /** An expense as entered, with the defaults filled in: currency, date, payer, who shares it. */
  async draftOf(db: Executor, viewer: Viewer, input: CreateInput): Promise<Draft> {
    const { membership } = viewer;
    const settings = await this.money.settings(db, membership.spaceId);
    return {
      amount: input.amount,
      description: input.description,
      currency: input.currency ?? settings.currency,
      spentOn: input.spentOn ?? localDateIn(viewer.timeZone),
      category: input.category,
      privacy: input.privacy,
      payers: input.payers ?? [{ userId: membership.userId, amount: input.amount }],
      // A private expense is personal spending: mine alone unless said otherwise.
      participants:
        input.participants ??
        (input.privacy === 'private' ? [membership.userId] : membership.memberIds),
      split: input.split ?? settings.categorySplits[input.category] ?? settings.defaultSplit,
    };
  }

  /** Throws the error a draft would be refused with, writing nothing. */
  async checkDraft(db: Executor, membership: Membership, draft: Draft): Promise<void> {
    await expenseLines(db, this.money, membership, newId(), draft);
  }

  /**
   * Checks a draft and writes it with its shares and first history entry. A recurring
   * expense's date is written once: false when it already was (a concurrent request).
   */
  async insertDraft(
    db: Executor,
    membership: Membership,
    draft: Draft,
    origin: { id: string; now: string; recurringId: string | null },
  ): Promise<boolean> {
    const { id, now, recurringId } = origin;
    const row: repo.ExpenseRow = {
      id,
      space_id: membership.spaceId,
      kind: 'expense',
      created_by: membership.userId,
      created_at: now,
      updated_by: membership.userId,
      deleted_at: null,
      paid_amount: null,
      paid_currency: null,
      recurring_id: recurringId,
      ...this.rowFields(draft, now),
    };
    const lines = await expenseLines(db, this.money, membership, id, draft);
    if (!(await repo.insertExpense(db, row, lines))) return false;
    await this.revise(db, row, 'created', membership.userId, now);
    return true;
  }

  async update(membership: Membership, id: string, changes: UpdateExpenseBody): Promise<Expense> {
    const now = nowIso();
    const privacy = await this.db.transaction().execute(async (trx) => {
      const row = await this.editable(trx, membership, id);
      if (
        changes.privacy &&
        changes.privacy !== row.privacy &&
        row.created_by !== membership.userId
      ) {
        throw new AppError('forbidden');
      }
      const lines = await repo.listLines(trx, [id]);
      const current = presentExpense(row, lines, membership.userId);
      const amount = changes.amount ?? current.amount;
      // A new amount with the same single payer moves that payer's amount along with it.
      const payers =
        changes.payers ??
        (current.payers.length === 1 ? [{ ...current.payers[0]!, amount }] : current.payers);
      const draft: Draft = {
        amount,
        description: changes.description ?? row.description ?? '',
        currency: changes.currency ?? current.currency,
        spentOn: changes.spentOn ?? current.spentOn,
        category: changes.category ?? current.category,
        privacy: changes.privacy ?? current.privacy,
        payers,
        participants: changes.participants ?? [
          ...new Set([
            ...current.shares.map((s) => s.userId),
            ...ruleMemberIds(current.split ?? { kind: 'equal' }),
          ]),
        ],
        split: changes.split ?? current.split ?? { kind: 'equal' },
      };
      const next: repo.ExpenseRow = {
        ...row,
        ...this.rowFields(draft, now),
        updated_by: membership.userId,
      };
      await repo.replaceExpense(
        trx,
        next,
        await expenseLines(trx, this.money, membership, id, draft),
      );
      await this.revise(trx, next, 'edited', membership.userId, now);
      return [row.privacy, next.privacy];
    });
    // Whoever could see it before or can see it now hears of the change.
    const stillPrivate = privacy.every((p) => p === 'private');
    await announceExpense(this.bus, membership, stillPrivate ? 'private' : 'shared', id, now);
    return this.get(membership, id);
  }

  /** Deleted expenses leave the ledger and the balances; their history stays. */
  async remove(membership: Membership, id: string): Promise<void> {
    const now = nowIso();
    const row = await this.db.transaction().execute(async (trx) => {
      const found = await repo.findExpense(trx, membership.spaceId, id, membership.userId);
      if (!found) throw new AppError('not_found');
      const lines = await repo.listLines(trx, [id]);
      if (!presentExpense(found, lines, membership.userId).capabilities.canDelete) {
        throw new AppError('forbidden');
      }
      await repo.markDeleted(trx, membership.spaceId, id, membership.userId, now);
      const deleted = { ...found, deleted_at: now, updated_by: membership.userId };
      await this.revise(trx, deleted, 'deleted', membership.userId, now);
      return found;
    });
    await announceExpense(this.bus, membership, row.privacy, id, now);
  }

  /** Every change to an expense, deleted or not, as the viewer may see it. */
  async history(membership: Membership, id: string) {
    const { spaceId, userId } = membership;
    const row =
      (await repo.findExpense(this.db, spaceId, id, userId)) ??
      (await repo.findDeletedExpense(this.db, spaceId, id, userId));
    if (!row) throw new AppError('not_found');
    const revisions = await repo.listRevisions(this.db, membership.spaceId, id);
    return revisions.map((revision) => {
      const snapshot = JSON.parse(revision.snapshot) as {
        row: repo.ExpenseRow;
        lines: Pick<repo.LineRow, 'user_id' | 'paid' | 'owed'>[];
      };
      return {
        action: revision.action,
        changedBy: revision.changed_by,
        changedAt: revision.changed_at,
        expense: presentExpenseContent(snapshot.row, snapshot.lines, membership.userId),
      };
    });
  }

  /** Money that moved between two members to settle up: a line of the ledger of its own. */
  async settle(viewer: Viewer, input: SettlementInput): Promise<Expense> {
    const { membership } = viewer;
    requireCurrentMember(membership, input.from, 'from');
    requireCurrentMember(membership, input.to, 'to');
    if (input.from === input.to) throw invalidField('to', 'Must be someone other than the payer.');
    const id = newId();
    const now = nowIso();
    await this.db
      .transaction()
      .execute((trx) =>
        this.insertSettlement(
          trx,
          membership,
          { ...input, settledOn: input.settledOn ?? localDateIn(viewer.timeZone) },
          { id, now },
        ),
      );
    await announceExpense(this.bus, membership, 'shared', id, now);
    return this.get(membership, id);
  }

  async insertSettlement(
    db: Executor,
    membership: Membership,
    input: SettlementInput & { settledOn: string },
    origin: { id: string; now: string },
  ): Promise<void> {
    const { id, now } = origin;
    const row: repo.ExpenseRow = {
      id,
      space_id: membership.spaceId,
      kind: 'settlement',
      amount: input.amount,
      currency: input.currency,
      description: null,
      category: 'other',
      spent_on: input.settledOn,
      privacy: 'shared',
      split: null,
      paid_amount: input.paid?.amount ?? null,
      paid_currency: input.paid?.currency ?? null,
      recurring_id: null,
      created_by: membership.userId,
      created_at: now,
      updated_by: membership.userId,
      updated_at: now,
      deleted_at: null,
    };
    const line = (userId: string, paid: number, owed: number): repo.LineRow => ({
      expense_id: id,
      space_id: membership.spaceId,
      user_id: userId,
      paid,
      owed,
    });
    await repo.insertExpense(db, row, [
      line(input.from, input.amount, 0),
      line(input.to, 0, input.amount),
    ]);
    await this.revise(db, row, 'created', membership.userId, now);
  }

  private async editable(db: Executor, membership: Membership, id: string) {
    const row = await repo.findExpense(db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    if (row.kind === 'settlement' || !canSeeDescription(row, membership.userId)) {
      throw new AppError('forbidden');
    }
    return row;
  }

  private rowFields(draft: Draft, now: string) {
    return {
      amount: draft.amount,
      currency: draft.currency,
      description: draft.description,
      category: draft.category,
      spent_on: draft.spentOn,
      privacy: draft.privacy,
      split: JSON.stringify(draft.split),
      updated_at: now,
    };
  }

  private revise(
    db: Executor,
    row: repo.ExpenseRow,
    action: 'created' | 'edited' | 'deleted',
    userId: string,
    now: string,
  ) {
    return repo.listLines(db, [row.id]).then((lines) =>
      repo.insertRevision(db, {
        id: newId(),
        space_id: row.space_id,
        expense_id: row.id,
        action,
        snapshot: JSON.stringify({ row, lines }),
        changed_by: userId,
        changed_at: now,
      }),
    );
  }
}
