import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

describeOnEachDialect('chores: the log of what was done', (harness) => {
  async function withChore() {
    const couple = await createCouple(harness().app);
    const url = `/api/v1/spaces/${couple.space.id}/chores`;
    const [chore] = (await couple.a.post(`${url}/starter`, { keys: ['bins'] })).body.items;
    return { ...couple, url, chore };
  }
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();

  it('records done and skipped, by me or for my partner, and both read the same log', async () => {
    const { a, b, url, chore } = await withChore();
    const mine = await a.post(`${url}/${chore.id}/completions`, {
      actualMinutes: 12,
      note: 'Recycling too',
    });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      choreId: chore.id,
      kind: 'done',
      doneBy: a.me.id,
      recordedBy: a.me.id,
      actualMinutes: 12,
    });
    const forSam = await a.post(`${url}/${chore.id}/completions`, {
      doneBy: b.me.id,
      doneAt: day(-1),
      kind: 'skipped',
    });
    expect(forSam.body).toMatchObject({ doneBy: b.me.id, kind: 'skipped', recordedBy: a.me.id });

    const range = `from=${encodeURIComponent(day(-7))}&to=${encodeURIComponent(day(0.01))}`;
    const forA = (await a.get(`${url}/completions?${range}`)).body.items;
    const forB = (await b.get(`${url}/completions?${range}`)).body.items;
    expect(forA.map((c: { id: string }) => c.id)).toEqual([mine.body.id, forSam.body.id]);
    expect(forB.map((c: { id: string }) => c.id)).toEqual(forA.map((c: { id: string }) => c.id));
    // Both may undo the entry about Sam: Sam did it, Alex wrote it down.
    expect(forB[1].capabilities.canDelete).toBe(true);
    expect(forB[0].capabilities.canDelete).toBe(false);
  });

  it('lets only the doer or the recorder undo an entry; strangers find nothing', async () => {
    const { a, b, url, chore, stranger, strangerSpace } = await withChore();
    const entry = (await a.post(`${url}/${chore.id}/completions`, {})).body;
    const path = `${url}/${chore.id}/completions/${entry.id}`;
    expect((await b.delete(path)).status).toBe(403);
    expect(
      (
        await stranger.delete(
          `/api/v1/spaces/${strangerSpace.id}/chores/${chore.id}/completions/${entry.id}`,
        )
      ).status,
    ).toBe(404);
    expect(
      (await stranger.post(`/api/v1/spaces/${strangerSpace.id}/chores/${chore.id}/completions`, {}))
        .status,
    ).toBe(404);
    expect((await a.delete(path)).status).toBe(204);
    expect((await a.delete(path)).status).toBe(404);
  });

  it('refuses the future, strangers as doers and overlong ranges', async () => {
    const { a, url, chore } = await withChore();
    const future = await a.post(`${url}/${chore.id}/completions`, { doneAt: day(1) });
    expect(future.status).toBe(422);
    expect(future.body.error.details.fields[0].path).toBe('doneAt');
    const nobody = await a.post(`${url}/${chore.id}/completions`, {
      doneBy: '0190a0b4-0000-7000-8000-000000000001',
    });
    expect(nobody.body.error.details.fields[0].path).toBe('doneBy');
    const long = await a.get(
      `${url}/completions?from=${encodeURIComponent(day(-100))}&to=${encodeURIComponent(day(0))}`,
    );
    expect(long.status).toBe(422);
  });
});
