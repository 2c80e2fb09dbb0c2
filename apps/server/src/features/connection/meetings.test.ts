import { nextMeetingAt, type Meeting } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

describeOnEachDialect('connection: the weekly meeting', (harness) => {
  async function withCouple() {
    const couple = await createCouple(harness().app);
    return { ...couple, url: `/api/v1/spaces/${couple.space.id}/meeting` };
  }

  it('walks both through a meeting; open actions carry over to the next one', async () => {
    const { a, b, url, stranger } = await withCouple();
    const settings = (await a.request('PUT', `${url}/settings`, { weekday: 6, time: '19:00' }))
      .body;
    expect(settings).toMatchObject({ weekday: 6, time: '19:00', timeZone: 'Europe/Berlin' });
    expect(settings.nextAt).toBe(
      nextMeetingAt({ weekday: 6, time: '19:00', timeZone: 'Europe/Berlin' }, new Date()),
    );

    await a.post(`${url}/agenda`, { text: 'Holiday plans' });
    const second = (await b.post(`${url}/agenda`, { text: 'Evenings with friends' })).body;
    expect((await a.get(`${url}/agenda`)).body.items).toHaveLength(2);

    const meeting = (await b.post(`${url}s`)).body as Meeting;
    expect(meeting.step).toBe('appreciations');
    expect(meeting.topics.map((t) => t.text)).toEqual(['Holiday plans', 'Evenings with friends']);
    expect((await a.get(`${url}/agenda`)).body.items).toEqual([]);
    expect((await a.post(`${url}s`)).body.id).toBe(meeting.id); // the one under way

    await a.patch(`${url}s/${meeting.id}`, { notes: { appreciation: 'You cooked all week' } });
    await b.patch(`${url}s/${meeting.id}`, {
      step: 'topics',
      notes: { wentWell: 'Sunday walk', topicNotes: { [second.id]: 'Friday drinks' } },
    });
    await a.post(`${url}s/${meeting.id}/actions`, {
      text: 'Book the cabin',
      ownerId: a.me.id,
      dueOn: '2026-12-15',
    });
    const withActions = (
      await b.post(`${url}s/${meeting.id}/actions`, { text: 'Call Jo', ownerId: b.me.id })
    ).body as Meeting;
    await b.patch(`${url}s/${meeting.id}`, { step: 'needs', notes: { need: 'A quiet Saturday' } });
    const ended = (await a.post(`${url}s/${meeting.id}/end`)).body as Meeting;
    expect(ended).toMatchObject({
      wentWell: 'Sunday walk',
      appreciations: [{ userId: a.me.id, text: 'You cooked all week' }],
      needs: [{ userId: b.me.id, text: 'A quiet Saturday' }],
    });
    expect(ended.topics.find((t) => t.id === second.id)!.note).toBe('Friday drinks');
    expect(ended.endedAt).not.toBeNull();
    expect((await a.patch(`${url}s/${meeting.id}`, { step: 'actions' })).status).toBe(403);

    // One action is done before the next meeting; the other comes back to be reviewed.
    const call = withActions.actions.find((x) => x.text === 'Call Jo')!;
    expect((await b.patch(`${url}/actions/${call.id}`, { done: true })).body.done).toBe(true);
    const next = (await a.post(`${url}s`)).body as Meeting;
    expect(next.id).not.toBe(meeting.id);
    expect(next.carriedOver.map((x) => x.text)).toEqual(['Book the cabin']);
    expect((await b.get(`${url}s`)).body.items).toHaveLength(2);
    expect((await stranger.get(`${url}s/${meeting.id}`)).status).toBe(404);
    const outsider = await a.post(`${url}s/${next.id}/actions`, {
      text: 'x',
      ownerId: stranger.me.id,
    });
    expect(outsider.body.error.details.fields[0].path).toBe('ownerId');
  });

  it('reminds both once when the meeting is about to start', async () => {
    const { a, b, space, url } = await withCouple();
    const { services } = harness();
    // Ten minutes from now, on Alex's clock.
    const soon = new Date(Date.now() + 10 * 60_000);
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(soon);
    const part = (type: string) => parts.find((p) => p.type === type)!.value;
    const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'));
    await a.request('PUT', `${url}/settings`, {
      weekday,
      time: `${part('hour')}:${part('minute')}`,
    });
    expect(await services.meetings.remindDue()).toBeGreaterThanOrEqual(1);
    expect(await services.meetings.remindDue()).toBe(0);
    for (const client of [a, b]) {
      const inbox = (await client.get(`/api/v1/spaces/${space.id}/notifications`)).body;
      expect(inbox.items.filter((n: { type: string }) => n.type === 'meeting')).toHaveLength(1);
    }
  });
});
