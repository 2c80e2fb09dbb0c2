import { prompts, type PromptRound } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

describeOnEachDialect('connection: conversation prompts', (harness) => {
  async function withCouple() {
    const couple = await createCouple(harness().app);
    return { ...couple, url: `/api/v1/spaces/${couple.space.id}/prompts` };
  }

  it('seals each answer until both have answered, then shows both; answers are final then', async () => {
    const { a, b, url, stranger } = await withCouple();
    const round = (await a.post(`${url}/rounds`, { deck: 'dreams' })).body as PromptRound;
    expect(round.text).toBe(prompts.find((p) => p.deck === 'dreams')!.text);
    expect(round.waitingFor.sort()).toEqual([a.me.id, b.me.id].sort());
    // Asking again gives the same open prompt, not a new one.
    expect((await b.post(`${url}/rounds`, { deck: 'dreams' })).body.id).toBe(round.id);

    await a.request('PUT', `${url}/rounds/${round.id}/answer`, { text: 'SECRET-SAILING' });
    const forB = (await b.get(`${url}/rounds/${round.id}`)).body as PromptRound;
    expect(forB.answers).toEqual([
      expect.objectContaining({ userId: a.me.id, view: 'sealed', text: null }),
    ]);
    expect(JSON.stringify((await b.get(`${url}/rounds`)).body)).not.toContain('SECRET-SAILING');
    // Still changeable while sealed.
    await a.request('PUT', `${url}/rounds/${round.id}/answer`, { text: 'SECRET-SAILING-AROUND' });

    const both = (await b.request('PUT', `${url}/rounds/${round.id}/answer`, { text: 'A bakery' }))
      .body as PromptRound;
    expect(both.waitingFor).toEqual([]);
    expect(both.answers.map((x) => [x.view, x.text]).sort()).toEqual([
      ['full', 'A bakery'],
      ['full', 'SECRET-SAILING-AROUND'],
    ]);
    const final = await a.request('PUT', `${url}/rounds/${round.id}/answer`, { text: 'Changed' });
    expect(final.status).toBe(409);
    expect(final.body.error.code).toBe('answer_final');

    // The next ask of the deck brings its next prompt.
    const next = (await b.post(`${url}/rounds`, { deck: 'dreams' })).body as PromptRound;
    expect(next.id).not.toBe(round.id);
    expect(next.text).toBe(prompts.filter((p) => p.deck === 'dreams')[1]!.text);
    expect((await stranger.get(`${url}/rounds/${round.id}`)).status).toBe(404);
  });

  it('keeps favourites to each member and asks the space’s own prompts after the deck', async () => {
    const { a, b, url } = await withCouple();
    const round = (await a.post(`${url}/rounds`, { deck: 'gratitude' })).body as PromptRound;
    expect(
      (await a.request('PUT', `${url}/rounds/${round.id}/favourite`, { favourite: true })).body
        .favourite,
    ).toBe(true);
    expect((await b.get(`${url}/rounds/${round.id}`)).body.favourite).toBe(false);

    const own = await b.post(`${url}/own`, {
      deck: 'future',
      depth: 'light',
      text: 'Where shall we go in May?',
    });
    expect(own.status).toBe(201);
    const decks = (await a.get(`${url}/decks`)).body.items;
    expect(decks.find((d: { deck: string }) => d.deck === 'future').prompts).toBe(21);
    expect((await a.get(`${url}/own`)).body.items).toHaveLength(1);
    expect((await a.delete(`${url}/own/${own.body.id}`)).status).toBe(204);
    expect((await a.post(`${url}/rounds`, { deck: 'astrology' })).status).toBe(422);
  });
});
