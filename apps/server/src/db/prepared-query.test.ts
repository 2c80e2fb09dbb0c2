import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../test/test-app';
import { createCouple } from '../../test/test-client';
import { preparedQuery } from './prepared-query';

const membersOf = preparedQuery((db, spaceId: string, role: 'owner' | 'member') =>
  db
    .selectFrom('space_members')
    .select(['user_id', 'role'])
    .where('space_id', '=', spaceId)
    .where('role', '=', role)
    .where('user_id', '!=', 'a constant that stays a constant')
    .orderBy('joined_at'),
);

describeOnEachDialect('prepared queries', (harness) => {
  it('give the same rows as the query built afresh, for every set of arguments', async () => {
    const { app, database } = harness();
    const first = await createCouple(app);
    const second = await createCouple(app);
    const db = database.handle.db;
    for (const { space } of [first, second, first]) {
      for (const role of ['owner', 'member'] as const) {
        const fresh = await db
          .selectFrom('space_members')
          .select(['user_id', 'role'])
          .where('space_id', '=', space.id)
          .where('role', '=', role)
          .orderBy('joined_at')
          .execute();
        expect(fresh).toHaveLength(1);
        expect(await membersOf(db, space.id, role)).toEqual(fresh);
      }
    }
    expect(await membersOf(db, 'no such space', 'owner')).toEqual([]);
  });

  it('run inside a transaction', async () => {
    const { app, database } = harness();
    const { a, space } = await createCouple(app);
    const rows = await database.handle.db
      .transaction()
      .execute((trx) => membersOf(trx, space.id, 'owner'));
    expect(rows).toEqual([{ user_id: a.me.id, role: 'owner' }]);
  });
});
