import type { Executor } from '../../db/executor';
import type { ChoreOccurrencesTable } from '../../db/schema';

export type OccurrenceRow = ChoreOccurrencesTable;

export function listOccurrenceChanges(db: Executor, spaceId: string, fromDueOn: string) {
  return db
    .selectFrom('chore_occurrences')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('due_on', '>=', fromDueOn)
    .execute();
}

export function findOccurrenceChange(
  db: Executor,
  spaceId: string,
  choreId: string,
  dueOn: string,
) {
  return db
    .selectFrom('chore_occurrences')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('responsibility_id', '=', choreId)
    .where('due_on', '=', dueOn)
    .executeTakeFirst();
}

/** Writes one occurrence's change, leaving the fields not named as they were. */
export function saveOccurrenceChange(
  db: Executor,
  key: Pick<OccurrenceRow, 'space_id' | 'responsibility_id' | 'due_on'>,
  changes: Partial<Omit<OccurrenceRow, 'space_id' | 'responsibility_id' | 'due_on'>> &
    Pick<OccurrenceRow, 'updated_at'>,
) {
  const row: OccurrenceRow = {
    snoozed_until: null,
    handoff_from: null,
    handoff_to: null,
    handoff_status: null,
    ...key,
    ...changes,
  };
  return db
    .insertInto('chore_occurrences')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['responsibility_id', 'due_on']).doUpdateSet(changes),
    )
    .execute();
}

/**
 * The log as the schedule needs it: entries closing due dates from `fromDueOn` on, and each
 * responsibility's latest entry (for those scheduled from the last completion).
 */
export async function listLogForSchedule(db: Executor, spaceId: string, fromDueOn: string) {
  const columns = [
    'id',
    'responsibility_id',
    'kind',
    'done_by',
    'done_at',
    'due_on',
    'recorded_by',
  ] as const;
  const [recent, latest] = await Promise.all([
    db
      .selectFrom('responsibility_completions')
      .select(columns)
      .where('space_id', '=', spaceId)
      .where('due_on', '>=', fromDueOn)
      .execute(),
    db
      .selectFrom('responsibility_completions as c')
      .select(columns.map((column) => `c.${column}` as const))
      .where('c.space_id', '=', spaceId)
      .where((eb) =>
        eb(
          'c.done_at',
          '=',
          eb
            .selectFrom('responsibility_completions as l')
            .select(({ fn }) => fn.max('l.done_at').as('latest'))
            .whereRef('l.responsibility_id', '=', 'c.responsibility_id'),
        ),
      )
      .execute(),
  ]);
  const byId = new Map([...recent, ...latest].map((row) => [row.id, row]));
  return [...byId.values()];
}
