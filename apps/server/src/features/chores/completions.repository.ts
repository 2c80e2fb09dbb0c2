import type { Executor } from '../../db/executor';
import type { ResponsibilityCompletionsTable } from '../../db/schema';

export type CompletionRow = ResponsibilityCompletionsTable;

export function insertCompletion(db: Executor, row: CompletionRow) {
  return db.insertInto('responsibility_completions').values(row).execute();
}

export function listCompletions(db: Executor, spaceId: string, from: string, to: string) {
  return db
    .selectFrom('responsibility_completions')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('done_at', '>=', from)
    .where('done_at', '<=', to)
    .orderBy('done_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findCompletion(db: Executor, spaceId: string, choreId: string, id: string) {
  return db
    .selectFrom('responsibility_completions')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('responsibility_id', '=', choreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function deleteCompletion(db: Executor, spaceId: string, id: string) {
  return db
    .deleteFrom('responsibility_completions')
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .execute();
}
