import type { Completion } from '@tandem/shared';
import type { z } from 'zod';
import type { recordCompletionBody } from '@tandem/shared';
import { isUniqueViolation } from '../../db/database';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import * as choresRepo from './chores.repository';
import * as repo from './completions.repository';
import type { ScheduleService } from './schedule.service';

type RecordInput = z.output<typeof recordCompletionBody>;

/** Who may undo an entry: whoever did it, or whoever wrote it down. */
const canDelete = (row: repo.CompletionRow, userId: string) =>
  row.done_by === userId || row.recorded_by === userId;

function presentCompletion(row: repo.CompletionRow, viewerId: string): Completion {
  return {
    id: row.id,
    choreId: row.responsibility_id,
    kind: row.kind,
    doneBy: row.done_by,
    doneAt: row.done_at,
    actualMinutes: row.actual_minutes,
    note: row.note,
    recordedBy: row.recorded_by,
    capabilities: { canDelete: canDelete(row, viewerId) },
  };
}

/** The log of what was done or skipped: shared with the household, the record of fairness. */
export class CompletionsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly schedule: ScheduleService,
  ) {}

  /** Logs it against the occurrence it closes, so the agenda shows that one as done. */
  async record(
    membership: Membership,
    timeZone: string,
    choreId: string,
    input: RecordInput,
  ): Promise<Completion> {
    const { spaceId, userId } = membership;
    if (!(await choresRepo.findResponsibility(this.db, spaceId, choreId, userId))) {
      throw new AppError('not_found');
    }
    const doneBy = input.doneBy ?? userId;
    requireCurrentMember(membership, doneBy, 'doneBy');
    const now = nowIso();
    const doneAt = input.doneAt ? new Date(input.doneAt).toISOString() : now;
    if (doneAt > now) {
      throw invalidField('doneAt', 'Cannot be in the future.');
    }
    const row: repo.CompletionRow = {
      id: newId(),
      space_id: spaceId,
      responsibility_id: choreId,
      kind: input.kind,
      done_by: doneBy,
      done_at: doneAt,
      actual_minutes: input.actualMinutes ?? null,
      note: input.note ? input.note : null,
      recorded_by: userId,
      created_at: now,
      due_on: null,
    };
    await this.db
      .transaction()
      .execute(async (trx) => {
        const viewer = { membership, timeZone };
        row.due_on = await this.schedule.occurrenceToClose(trx, viewer, choreId, input.dueOn);
        await repo.insertCompletion(trx, row);
      })
      .catch((error: unknown) => {
        // Someone closed the same occurrence a moment earlier.
        throw isUniqueViolation(error) ? new AppError('occurrence_closed') : error;
      });
    await this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('responsibility', choreId, now),
    });
    return presentCompletion(row, userId);
  }

  async list(membership: Membership, from: string, to: string): Promise<Completion[]> {
    const rows = await repo.listCompletions(
      this.db,
      membership.spaceId,
      new Date(from).toISOString(),
      new Date(to).toISOString(),
    );
    return rows.map((row) => presentCompletion(row, membership.userId));
  }

  async remove(membership: Membership, choreId: string, id: string): Promise<void> {
    const row = await repo.findCompletion(this.db, membership.spaceId, choreId, id);
    if (!row) throw new AppError('not_found');
    if (!canDelete(row, membership.userId)) throw new AppError('forbidden');
    await repo.deleteCompletion(this.db, membership.spaceId, id);
    await this.bus.publish({
      kind: 'event',
      spaceId: membership.spaceId,
      event: eventOf('responsibility', choreId, nowIso()),
    });
  }
}
