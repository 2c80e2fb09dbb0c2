import {
  addDays,
  dueDateFrom,
  dueDatesBetween,
  localDateIn,
  type createRecurringBody,
  type RecurringExpense,
  type updateRecurringBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import type { EventBus } from '../../realtime/event-bus';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import type { Draft } from './expense-lines';
import type { ExpensesService } from './expenses.service';
import { announceExpense } from './money.events';
import * as repo from './recurring.repository';

type Template = Omit<Draft, 'spentOn'>;

/** How far back a recurring expense may start, and how many dates one catch-up creates. */
const MAX_DAYS_BACK = 366;
const MAX_DATES_AT_ONCE = 400;

/**
 * Rent, subscriptions: an expense template with a rule. Its expenses are created on their
 * dates — whenever the ledger is next read on or after that date, by any member — once each
 * (a unique date per recurring expense), by its author.
 */
export class RecurringService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly expenses: ExpensesService,
  ) {}

  async list(viewer: Viewer): Promise<RecurringExpense[]> {
    const { membership, timeZone } = viewer;
    const rows = await repo.listRecurring(this.db, membership.spaceId, membership.userId);
    return rows.map((row) => present(row, membership.userId, localDateIn(timeZone)));
  }

  async create(viewer: Viewer, input: z.output<typeof createRecurringBody>) {
    const { membership, timeZone } = viewer;
    const today = localDateIn(timeZone);
    if (input.firstOn < addDays(today, -MAX_DAYS_BACK)) {
      throw invalidField('firstOn', 'Can start at most a year back.');
    }
    const id = newId();
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const draft = await this.expenses.draftOf(trx, viewer, {
        ...input.expense,
        spentOn: input.firstOn,
      });
      // Checked now, with its first date, so a template that cannot be shared is refused.
      await this.expenses.checkDraft(trx, membership, draft);
      const template: Template & { spentOn?: string } = { ...draft };
      delete template.spentOn;
      await repo.insertRecurring(trx, {
        id,
        space_id: membership.spaceId,
        template: JSON.stringify(template),
        privacy: draft.privacy,
        rrule: input.rrule,
        first_on: input.firstOn,
        created_through: null,
        ended: 0,
        created_by: membership.userId,
        created_at: now,
        updated_at: now,
      });
    });
    await this.catchUp(viewer);
    return this.get(viewer, id);
  }

  async update(viewer: Viewer, id: string, changes: z.output<typeof updateRecurringBody>) {
    const { membership } = viewer;
    const row = await this.editable(viewer, id);
    const template = JSON.parse(row.template) as Template;
    if (changes.amount !== undefined) {
      if (template.payers.length > 1) {
        throw invalidField('amount', 'Several people pay this one: change it as a new one.');
      }
      template.amount = changes.amount;
      template.payers = template.payers.map((p) => ({ ...p, amount: changes.amount! }));
      if (template.split.kind === 'exact') {
        throw invalidField('amount', 'It is split by exact amounts: change it as a new one.');
      }
    }
    if (changes.description !== undefined) template.description = changes.description;
    const now = nowIso();
    await repo.updateRecurring(this.db, membership.spaceId, id, {
      template: JSON.stringify(template),
      ...(changes.ended !== undefined ? { ended: changes.ended ? 1 : 0 } : {}),
      updated_at: now,
    });
    await announceExpense(this.bus, membership, row.privacy, id, now);
    return this.get(viewer, id);
  }

  /** Stops it for good; the expenses already created stay in the ledger. */
  async remove(viewer: Viewer, id: string) {
    const row = await this.editable(viewer, id);
    await repo.deleteRecurring(this.db, viewer.membership.spaceId, id);
    await announceExpense(this.bus, viewer.membership, row.privacy, id, nowIso());
  }

  /** Creates every date that has come round since the last catch-up, up to today. */
  async catchUp(viewer: Viewer): Promise<void> {
    const { membership, timeZone } = viewer;
    const today = localDateIn(timeZone);
    const due = await repo.listDue(this.db, membership.spaceId, today);
    for (const row of due) {
      const from = row.created_through ? addDays(row.created_through, 1) : row.first_on;
      const all = dueDatesBetween(row.rrule, row.first_on, from, today);
      const dates = all.slice(0, MAX_DATES_AT_ONCE);
      // Done through today, unless capped: then the next catch-up goes on from the last one.
      const through = all.length > dates.length ? dates[dates.length - 1]! : today;
      const now = nowIso();
      const author: Membership = { ...membership, userId: row.created_by };
      const template = JSON.parse(row.template) as Template;
      const created = await this.db.transaction().execute(async (trx) => {
        let count = 0;
        try {
          for (const spentOn of dates) {
            const origin = { id: newId(), now, recurringId: row.id };
            if (await this.expenses.insertDraft(trx, author, { ...template, spentOn }, origin)) {
              count++;
            }
          }
          await repo.updateRecurring(trx, row.space_id, row.id, { created_through: through });
        } catch (error) {
          // Its author or a payer has left the space: it can no longer be created as it was.
          if (!(error instanceof AppError)) throw error;
          await repo.updateRecurring(trx, row.space_id, row.id, { ended: 1, updated_at: now });
        }
        return count;
      });
      if (created > 0) await announceExpense(this.bus, author, row.privacy, row.id, now);
    }
  }

  private async get(viewer: Viewer, id: string) {
    const found = (await this.list(viewer)).find((r) => r.id === id);
    if (!found) throw new AppError('not_found');
    return found;
  }

  private async editable(viewer: Viewer, id: string) {
    const { membership } = viewer;
    const rows = await repo.listRecurring(this.db, membership.spaceId, membership.userId);
    const row = rows.find((r) => r.id === id);
    if (!row) throw new AppError('not_found');
    if (!canEdit(row, membership.userId)) throw new AppError('forbidden');
    return row;
  }
}

/** Like an expense: a shared one is everyone's to change, others only their author's. */
const canEdit = (row: repo.RecurringRow, userId: string) =>
  row.privacy === 'shared' || row.created_by === userId;

function present(row: repo.RecurringRow, viewerId: string, today: string): RecurringExpense {
  const template = JSON.parse(row.template) as Template;
  const after = row.created_through ? addDays(row.created_through, 1) : row.first_on;
  return {
    id: row.id,
    rrule: row.rrule,
    firstOn: row.first_on,
    nextOn: row.ended ? null : dueDateFrom(row.rrule, row.first_on, after > today ? after : today),
    ended: row.ended === 1,
    amount: template.amount,
    currency: template.currency,
    description:
      row.privacy === 'shared' || row.created_by === viewerId ? template.description : null,
    category: template.category,
    privacy: row.privacy,
    createdBy: row.created_by,
    capabilities: { canEdit: canEdit(row, viewerId) },
  };
}
