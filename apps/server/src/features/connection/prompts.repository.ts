import type { Executor } from '../../db/executor';
import type { OwnPromptsTable, PromptAnswersTable, PromptRoundsTable } from '../../db/schema';

export type RoundRow = PromptRoundsTable;

export function listRounds(db: Executor, spaceId: string, limit: number) {
  return db
    .selectFrom('prompt_rounds')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('asked_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export function findRound(db: Executor, spaceId: string, id: string) {
  return db
    .selectFrom('prompt_rounds')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** What a deck has asked in this space, for choosing the next prompt. */
export function askedInDeck(db: Executor, spaceId: string, deck: string) {
  return db
    .selectFrom('prompt_rounds')
    .select(['prompt_key', 'asked_at', 'id', 'completed_at'])
    .where('space_id', '=', spaceId)
    .where('deck', '=', deck)
    .execute();
}

export function countAskedByDeck(db: Executor, spaceId: string) {
  return db
    .selectFrom('prompt_rounds')
    .select(['deck', (eb) => eb.fn.count<number>('prompt_key').distinct().as('asked')])
    .where('space_id', '=', spaceId)
    .groupBy('deck')
    .execute();
}

export function insertRound(db: Executor, row: RoundRow) {
  return db.insertInto('prompt_rounds').values(row).execute();
}

export function markCompleted(db: Executor, spaceId: string, id: string, now: string) {
  return db
    .updateTable('prompt_rounds')
    .set({ completed_at: now })
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .where('completed_at', 'is', null)
    .execute();
}

/** Every answer of these rounds. Internal: what reaches a viewer is decided by the policy. */
export function listAnswers(db: Executor, roundIds: string[]) {
  if (roundIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('prompt_answers').selectAll().where('round_id', 'in', roundIds).execute();
}

export function saveAnswer(db: Executor, row: PromptAnswersTable) {
  return db
    .insertInto('prompt_answers')
    .values(row)
    .onConflict((c) =>
      c
        .columns(['round_id', 'user_id'])
        .doUpdateSet({ text: row.text, answered_at: row.answered_at }),
    )
    .execute();
}

export function listFavourites(db: Executor, spaceId: string, userId: string) {
  return db
    .selectFrom('prompt_favourites')
    .select('round_id')
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .execute();
}

export async function setFavourite(
  db: Executor,
  row: { round_id: string; space_id: string; user_id: string },
  favourite: boolean,
) {
  if (favourite) {
    await db
      .insertInto('prompt_favourites')
      .values(row)
      .onConflict((c) => c.columns(['round_id', 'user_id']).doNothing())
      .execute();
  } else {
    await db
      .deleteFrom('prompt_favourites')
      .where('round_id', '=', row.round_id)
      .where('user_id', '=', row.user_id)
      .execute();
  }
}

export function listOwnPrompts(db: Executor, spaceId: string) {
  return db
    .selectFrom('own_prompts')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function insertOwnPrompt(db: Executor, row: OwnPromptsTable) {
  return db.insertInto('own_prompts').values(row).execute();
}

export async function deleteOwnPrompt(db: Executor, spaceId: string, id: string) {
  const result = await db
    .deleteFrom('own_prompts')
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
