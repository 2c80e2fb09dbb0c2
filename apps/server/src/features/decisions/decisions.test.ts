import type { Decision } from '@tandem/shared';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple, type TestClient } from '../../../test/test-client';

describeOnEachDialect('decisions: deciding together', (harness) => {
  async function withDecision(options = ['Lisbon', 'Oslo'], statusQuo = true) {
    const couple = await createCouple(harness().app);
    const url = `/api/v1/spaces/${couple.space.id}/decisions`;
    const opened = await couple.a.post<Decision>(url, {
      question: 'Where do we live next year?',
      options: options.map((label) => ({ label })),
      statusQuo,
      deadlineOn: '2030-01-31',
    });
    expect(opened.status).toBe(201);
    return { ...couple, url, decision: opened.body, one: `${url}/${opened.body.id}` };
  }
  const idOf = (decision: Decision, label: string) =>
    decision.options.find((o) => o.label === label)!.id;
  const ballot = (
    client: TestClient,
    one: string,
    decision: Decision,
    scores: Record<string, number>,
    extra: { vetoes?: string[]; couldLiveWith?: string[] } = {},
  ) =>
    client.request('PUT', `${one}/ballot`, {
      scores: Object.fromEntries(decision.options.map((o) => [o.id, scores[o.label]])),
      vetoes: (extra.vetoes ?? []).map((label) => idOf(decision, label)),
      couldLiveWith: (extra.couldLiveWith ?? []).map((label) => idOf(decision, label)),
    });

  it('seals each ballot until everyone has scored, then recommends and records the choice', async () => {
    const { a, b, stranger, one, url, decision: opened } = await withDecision();
    expect(opened.options.map((o) => [o.label, o.statusQuo])).toEqual([
      ['Keep things as they are', true],
      ['Lisbon', false],
      ['Oslo', false],
    ]);
    expect(opened.phase).toBe('scoring');
    // Options can be added by either while scoring is open.
    const decision = (await b.post<Decision>(`${one}/options`, { label: 'Porto' })).body;
    expect(decision.options).toHaveLength(4);

    const mine = await ballot(
      a,
      one,
      decision,
      { 'Keep things as they are': 3, Lisbon: 9, Oslo: 0, Porto: 7 },
      { vetoes: ['Oslo'], couldLiveWith: ['Porto'] },
    );
    expect(mine.status).toBe(200);
    expect(mine.body.myBallot?.vetoes).toEqual([idOf(decision, 'Oslo')]);
    const forB = (await b.get<Decision>(one)).body;
    expect(forB.waitingFor).toEqual([b.me.id]);
    expect(forB.ballots).toEqual([]);
    expect(forB.myBallot).toBeNull();
    expect(forB.recommendation).toBeNull();
    expect(JSON.stringify((await b.get(url)).body)).not.toContain(idOf(decision, 'Oslo') + '"]');
    expect(
      (await b.request('PUT', `${one}/choice`, { optionId: null, why: '' })).body.error.code,
    ).toBe('not_revealed');

    const revealed = await ballot(b, one, decision, {
      'Keep things as they are': 5,
      Lisbon: 6,
      Oslo: 10,
      Porto: 8,
    });
    expect(revealed.body.phase).toBe('revealed');
    expect(revealed.body.ballots).toHaveLength(2);
    // Oslo is vetoed by Alex; Lisbon and Porto both beat staying for both; Porto balances best.
    const recommendation = revealed.body.recommendation!;
    expect(recommendation.reasons[idOf(decision, 'Oslo')]).toEqual({
      verdict: 'vetoed',
      by: [a.me.id],
    });
    expect(recommendation.recommended).toBe(idOf(decision, 'Porto'));
    expect((await a.get<Decision>(one)).body.ballots).toHaveLength(2);

    // Scores and options are final once revealed.
    const late = await ballot(a, one, decision, {
      'Keep things as they are': 3,
      Lisbon: 10,
      Oslo: 0,
      Porto: 7,
    });
    expect(late.body.error.code).toBe('scoring_closed');
    expect((await a.post(`${one}/options`, { label: 'Rome' })).body.error.code).toBe(
      'scoring_closed',
    );
    const chosen = await b.request<Decision>('PUT', `${one}/choice`, {
      optionId: idOf(decision, 'Lisbon'),
      why: 'Closer to Sam’s parents.',
      reviewOn: '2031-06-01',
    });
    expect(chosen.body.phase).toBe('decided');
    expect(chosen.body.choice).toMatchObject({
      optionId: idOf(decision, 'Lisbon'),
      why: 'Closer to Sam’s parents.',
      decidedBy: b.me.id,
      reviewOn: '2031-06-01',
    });
    // Alex got their favourite; Sam gave way from Oslo (10) to Lisbon (6) on a 5..10 range.
    const conceded = Object.fromEntries(
      chosen.body.choice!.concessions.map((c) => [c.userId, c.conceded]),
    );
    expect(conceded[a.me.id]).toBe(0);
    expect(conceded[b.me.id]).toBeCloseTo(0.8, 10);
    expect(
      (await a.request('PUT', `${one}/choice`, { optionId: null, why: '' })).body.error.code,
    ).toBe('already_decided');

    const reviewed = await a.request<Decision>('PUT', `${one}/review`, {
      verdict: 'still_right',
      note: 'Happy here',
    });
    expect(reviewed.body.choice!.reviews).toEqual([
      expect.objectContaining({ userId: a.me.id, verdict: 'still_right', note: 'Happy here' }),
    ]);

    const log = (await b.get(`${url}/log`)).body;
    expect(log.items).toEqual([
      expect.objectContaining({ question: 'Where do we live next year?', chosen: 'Lisbon' }),
    ]);
    expect(log.totals).toEqual(
      expect.arrayContaining([
        { userId: b.me.id, conceded: expect.closeTo(0.8, 10), decisions: 1 },
        { userId: a.me.id, conceded: 0, decisions: 1 },
      ]),
    );

    for (const [method, path, body] of [
      ['GET', one, undefined],
      ['PUT', `${one}/review`, { verdict: 'revisit' }],
      ['POST', `${one}/options`, { label: 'x' }],
    ] as const) {
      expect((await stranger.request(method, path, body)).status).toBe(404);
    }
  });

  it('tells the others once everyone has scored', async () => {
    const { a, b, one, space, decision } = await withDecision();
    await ballot(a, one, decision, { 'Keep things as they are': 1, Lisbon: 2, Oslo: 3 });
    await ballot(b, one, decision, { 'Keep things as they are': 1, Lisbon: 2, Oslo: 3 });
    const inbox = (await a.get(`/api/v1/spaces/${space.id}/notifications`)).body;
    expect(inbox.items).toEqual([
      expect.objectContaining({ type: 'decision', refId: decision.id }),
    ]);
    expect((await b.get(`/api/v1/spaces/${space.id}/notifications`)).body.items).toEqual([]);
  });

  it('asks a member who had scored to score an option added later', async () => {
    const { a, b, one, decision } = await withDecision();
    await ballot(a, one, decision, { 'Keep things as they are': 1, Lisbon: 2, Oslo: 3 });
    const added = (await b.post<Decision>(`${one}/options`, { label: 'Bergen' })).body;
    expect(added.waitingFor.sort()).toEqual([a.me.id, b.me.id].sort());
    // Sam's complete ballot does not reveal while Alex has Bergen to score.
    const sams = await ballot(b, one, added, {
      'Keep things as they are': 1,
      Lisbon: 2,
      Oslo: 3,
      Bergen: 4,
    });
    expect(sams.body.phase).toBe('scoring');
    expect(sams.body.waitingFor).toEqual([a.me.id]);
  });

  it('limits dealbreakers per member per month, as the space chose', async () => {
    const { a, one, url, decision } = await withDecision(['Cat', 'Dog']);
    expect((await a.get(`${url}/settings`)).body).toEqual({
      vetoesPerMonth: 2,
      myVetoesThisMonth: 0,
    });
    expect((await a.request('PUT', `${url}/settings`, { vetoesPerMonth: 1 })).status).toBe(200);
    const scores = { 'Keep things as they are': 5, Cat: 5, Dog: 5 };
    expect((await ballot(a, one, decision, scores, { vetoes: ['Dog'] })).status).toBe(200);
    // Saving the same ballot again does not use the dealbreaker twice.
    expect((await ballot(a, one, decision, scores, { vetoes: ['Dog'] })).status).toBe(200);
    const two = await ballot(a, one, decision, scores, { vetoes: ['Dog', 'Cat'] });
    expect(two.status).toBe(409);
    expect(two.body.error).toMatchObject({ code: 'veto_limit', details: { limit: 1, used: 0 } });

    const second = (
      await a.post<Decision>(url, {
        question: 'Holiday?',
        options: [{ label: 'Sea' }],
        statusQuo: true,
      })
    ).body;
    const again = await ballot(
      a,
      `${url}/${second.id}`,
      second,
      {
        'Keep things as they are': 1,
        Sea: 9,
      },
      { vetoes: ['Keep things as they are'] },
    );
    expect(again.body.error).toMatchObject({ code: 'veto_limit', details: { limit: 1, used: 1 } });
    expect((await a.get(`${url}/settings`)).body.myVetoesThisMonth).toBe(1);
  });

  it('refuses incomplete or contradictory ballots and too few options, changing nothing', async () => {
    const { a, b, one, url, decision } = await withDecision();
    const [statusQuo, lisbon, oslo] = decision.options.map((o) => o.id);
    const bad = [
      { scores: { [statusQuo!]: 1, [lisbon!]: 2 }, vetoes: [], couldLiveWith: [] },
      {
        scores: { [statusQuo!]: 1, [lisbon!]: 2, [oslo!]: 3, [decision.id]: 4 },
        vetoes: [],
        couldLiveWith: [],
      },
      {
        scores: { [statusQuo!]: 1, [lisbon!]: 2, [oslo!]: 3 },
        vetoes: [oslo],
        couldLiveWith: [oslo],
      },
      { scores: { [statusQuo!]: 11, [lisbon!]: 2, [oslo!]: 3 }, vetoes: [], couldLiveWith: [] },
    ];
    for (const body of bad) {
      const response = await a.request('PUT', `${one}/ballot`, body);
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('validation_failed');
    }
    expect((await a.get<Decision>(one)).body.myBallot).toBeNull();
    // A decision may start with its question alone; scoring waits for two options.
    const single = (
      await a.post<Decision>(url, { question: 'Q', options: [{ label: 'Only' }], statusQuo: false })
    ).body;
    expect(single.waitingFor.sort()).toEqual([a.me.id, b.me.id].sort());
    const early = await a.request('PUT', `${url}/${single.id}/ballot`, {
      scores: { [single.options[0]!.id]: 5 },
      vetoes: [],
      couldLiveWith: [],
    });
    expect(early.status).toBe(422);
    expect((await a.get(url)).body.items).toHaveLength(2);
  });

  it('says when nothing survives, and lets the couple record that they keep looking', async () => {
    const { a, b, one, decision } = await withDecision(['Cat', 'Dog'], false);
    await ballot(a, one, decision, { Cat: 2, Dog: 8 }, { vetoes: ['Cat'] });
    const revealed = await ballot(b, one, decision, { Cat: 9, Dog: 1 }, { vetoes: ['Dog'] });
    expect(revealed.body.recommendation).toMatchObject({ recommended: null, ranking: [] });
    const none = await a.request<Decision>('PUT', `${one}/choice`, {
      optionId: null,
      why: 'We will think of something else.',
    });
    expect(none.body.choice).toMatchObject({ optionId: null, concessions: [] });
  });

  it('carries a choice into chores or money, once', async () => {
    const { a, b, one, space, decision } = await withDecision(['Dog', 'Cat'], false);
    await ballot(a, one, decision, { Dog: 9, Cat: 3 });
    await ballot(b, one, decision, { Dog: 8, Cat: 5 });
    expect(
      (
        await a.post(`${one}/follow-through`, {
          kind: 'expense_rule',
          category: 'pets',
          split: { kind: 'equal' },
        })
      ).body.error.code,
    ).toBe('not_agreed');
    await a.request('PUT', `${one}/choice`, { optionId: idOf(decision, 'Dog'), why: 'Walks!' });
    const linked = await b.post<Decision>(`${one}/follow-through`, {
      kind: 'responsibility',
      responsibility: {
        name: 'Walk the dog',
        area: 'pets',
        rrule: 'FREQ=DAILY',
        minutes: { notice: 0, plan: 0, do: 30 },
      },
    });
    expect(linked.status).toBe(200);
    expect(linked.body.choice!.link).toMatchObject({ kind: 'responsibility' });
    const chores = (await a.get(`/api/v1/spaces/${space.id}/chores`)).body.items;
    expect(chores).toEqual([
      expect.objectContaining({ id: linked.body.choice!.link!.ref, name: 'Walk the dog' }),
    ]);
    const twice = await a.post(`${one}/follow-through`, {
      kind: 'expense_rule',
      category: 'other',
      split: { kind: 'equal' },
    });
    expect(twice.body.error.code).toBe('already_linked');
  });

  it('reminds those still to score on the deadline day and everyone on the review day, once', async () => {
    const { a, b, one, space, decision } = await withDecision();
    const { decisions } = harness().services;
    const inboxOf = async (client: TestClient) =>
      (await client.get(`/api/v1/spaces/${space.id}/notifications`)).body.items as {
        type: string;
      }[];
    await ballot(a, one, decision, { 'Keep things as they are': 1, Lisbon: 2, Oslo: 3 });
    // Other tests' decisions share the database, so this counts on the inboxes, not the total.
    await decisions.remindDue(new Date('2030-01-30T00:00:00Z'));
    expect(await inboxOf(b)).toHaveLength(0);
    expect(await decisions.remindDue(new Date('2030-02-01T00:00:00Z'))).toBeGreaterThan(0);
    expect(await decisions.remindDue(new Date('2030-02-01T00:00:00Z'))).toBe(0);
    expect(await inboxOf(b)).toHaveLength(1);
    expect(await inboxOf(a)).toHaveLength(0);

    await ballot(b, one, decision, { 'Keep things as they are': 1, Lisbon: 2, Oslo: 3 });
    await a.request('PUT', `${one}/choice`, { optionId: null, why: '', reviewOn: '2032-03-01' });
    expect(await decisions.remindDue(new Date('2032-03-02T00:00:00Z'))).toBeGreaterThan(0);
    expect(await decisions.remindDue(new Date('2032-03-02T00:00:00Z'))).toBe(0);
    // Sam had the deadline reminder and Alex the reveal; then both the review.
    expect((await inboxOf(a)).map((n) => n.type)).toEqual(['decision', 'decision']);
    expect((await inboxOf(b)).map((n) => n.type)).toEqual(['decision', 'decision']);
  });

  it('lets only its opener withdraw a decision, and only while it is scored', async () => {
    const { a, b, one, decision } = await withDecision();
    expect((await b.delete(one)).status).toBe(403);
    const other = (
      await b.post<Decision>(one.replace(/\/[^/]+$/, ''), {
        question: 'Paint?',
        options: [{ label: 'Blue' }, { label: 'Green' }],
        statusQuo: false,
      })
    ).body;
    expect((await b.delete(one.replace(decision.id, other.id))).status).toBe(204);
    expect((await b.get(one.replace(decision.id, other.id))).status).toBe(404);
    await ballot(a, one, decision, { 'Keep things as they are': 1, Lisbon: 2, Oslo: 3 });
    await ballot(b, one, decision, { 'Keep things as they are': 1, Lisbon: 2, Oslo: 3 });
    expect((await a.delete(one)).status).toBe(403);
  });

  it('answers any ballot without a 500, and a refused one changes nothing', async () => {
    const { a, one, decision } = await withDecision();
    const ids = decision.options.map((o) => o.id);
    const optionKey = fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.string({ maxLength: 8 }));
    const anyScore = fc.oneof(fc.integer({ min: -3, max: 13 }), fc.double(), fc.string());
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          scores: fc.dictionary(optionKey, anyScore, { maxKeys: 5 }),
          vetoes: fc.array(optionKey, { maxLength: 3 }),
          couldLiveWith: fc.array(optionKey, { maxLength: 3 }),
        }),
        async (body) => {
          const before = (await a.get<Decision>(one)).body.myBallot;
          const response = await a.request('PUT', `${one}/ballot`, body);
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect((await a.get<Decision>(one)).body.myBallot).toEqual(before);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
