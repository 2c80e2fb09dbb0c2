import {
  startOfDayIn,
  type ConflictTopic,
  type agreementBody,
  type followUpBody,
  type itemFollowThroughBody,
  type perspectiveBody,
  type raiseTopicBody,
  type updateTopicBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { NotificationsService } from '../connection/notifications.service';
import type { DecisionsService } from '../decisions/decisions.service';
import { linkOnce, type FollowThrough } from '../decisions/follow-through';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import {
  activeParticipants,
  isRevealed,
  patternsOf,
  pauseOf,
  presentTopic,
  waitingForSides,
  type TopicRecord,
} from './conflicts.presenter';
import * as repo from './conflicts.repository';

/**
 * Conflict topics: raised by one member with some others, and found only by them. Each side is
 * written privately and revealed when all have written; then ideas, an agreement everyone
 * signs up to, and on the check day "did it hold?". While someone is flooded the topic pauses:
 * nothing can be added to it until the break is over.
 */
export class ConflictsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly followThrough: FollowThrough,
    private readonly decisions: DecisionsService,
  ) {}

  async list(membership: Membership): Promise<ConflictTopic[]> {
    const rows = await repo.listTopicsOf(this.db, membership.spaceId, membership.userId, 100);
    const now = new Date();
    return (await this.records(this.db, rows)).map((r) => presentTopic(membership, r, now));
  }

  async get(membership: Membership, id: string): Promise<ConflictTopic> {
    return presentTopic(membership, await this.find(this.db, membership, id), new Date());
  }

  async raise(membership: Membership, input: z.output<typeof raiseTopicBody>) {
    const others = input.withIds ?? membership.memberIds.filter((id) => id !== membership.userId);
    others.forEach((id, i) => requireCurrentMember(membership, id, `withIds.${i}`));
    const participants = [...new Set([membership.userId, ...others])];
    if (participants.length < 2) {
      throw invalidField('withIds', 'Say who this is between: someone else in the space.');
    }
    const now = nowIso();
    const id = newId();
    await this.db.transaction().execute((trx) =>
      repo.insertTopic(
        trx,
        {
          id,
          space_id: membership.spaceId,
          title: input.title,
          text: input.text,
          raised_by: membership.userId,
          tags: JSON.stringify(uniqueTags(input.tags)),
          paused_by: null,
          paused_at: null,
          paused_until: null,
          pause_reminded: 0,
          revealed_at: null,
          proposed_by: null,
          check_on: null,
          check_at: null,
          check_reminded: 0,
          agreed_at: null,
          created_at: now,
          updated_at: now,
        },
        participants,
      ),
    );
    await this.announce(membership.spaceId, participants, id, now);
    await this.tellOthers(membership, participants, id);
    return this.get(membership, id);
  }

  async update(membership: Membership, id: string, input: z.output<typeof updateTopicBody>) {
    return this.change(membership, id, async (trx, record, now) => {
      await repo.updateTopic(trx, id, {
        ...(input.title ? { title: input.title } : {}),
        ...(input.tags ? { tags: JSON.stringify(uniqueTags(input.tags)) } : {}),
        updated_at: now,
      });
      return record;
    });
  }

  async remove(membership: Membership, id: string) {
    const record = await this.find(this.db, membership, id);
    if (record.row.raised_by !== membership.userId) throw new AppError('forbidden');
    await repo.deleteTopic(this.db, id);
    await this.announce(membership.spaceId, participantsOf(record), id, nowIso());
  }

  /** "I'm flooded": nothing more on this topic until the chosen time, and at least 20 minutes. */
  async pause(membership: Membership, id: string, minutes: number) {
    return this.change(membership, id, async (trx, record, now) => {
      await repo.updateTopic(trx, id, {
        paused_by: membership.userId,
        paused_at: now,
        paused_until: new Date(Date.parse(now) + minutes * 60_000).toISOString(),
        pause_reminded: 0,
        updated_at: now,
      });
      return record;
    });
  }

  async resume(membership: Membership, id: string) {
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const record = await this.find(trx, membership, id);
      const pause = pauseOf(record.row, new Date(now));
      if (!pause) return;
      if (now < pause.resumableAt) {
        throw new AppError('too_soon', { resumableAt: pause.resumableAt });
      }
      await repo.updateTopic(trx, id, {
        paused_until: now,
        pause_reminded: 1,
        updated_at: now,
      });
    });
    const record = await this.find(this.db, membership, id);
    await this.announce(membership.spaceId, participantsOf(record), id, now);
    return this.get(membership, id);
  }

  /** My side, sealed until every participant has written theirs; final from then on. */
  async writePerspective(
    membership: Membership,
    id: string,
    input: z.output<typeof perspectiveBody>,
  ) {
    let revealedNow = false;
    const topic = await this.change(membership, id, async (trx, record, now) => {
      if (isRevealed(record, membership.memberIds)) throw new AppError('answer_final');
      await repo.savePerspective(trx, {
        topic_id: id,
        space_id: membership.spaceId,
        user_id: membership.userId,
        happened: input.happened,
        felt: input.felt,
        need: input.need,
        my_part: input.myPart,
        written_at: now,
      });
      const after = await this.find(trx, membership, id);
      if (waitingForSides(after, membership.memberIds).length === 0) {
        await repo.updateTopic(trx, id, { revealed_at: now, updated_at: now });
        revealedNow = true;
      } else {
        await repo.updateTopic(trx, id, { updated_at: now });
      }
      return after;
    });
    if (revealedNow) await this.tellOthers(membership, topic.participantIds, id);
    return topic;
  }

  async addIdea(membership: Membership, id: string, text: string) {
    return this.change(membership, id, async (trx, record, now) => {
      if (!isRevealed(record, membership.memberIds)) throw new AppError('not_revealed');
      await repo.insertIdea(trx, {
        id: newId(),
        topic_id: id,
        space_id: membership.spaceId,
        text,
        added_by: membership.userId,
        created_at: now,
      });
      await repo.updateTopic(trx, id, { updated_at: now });
      return record;
    });
  }

  /** A proposal: its proposer agrees to it; anyone else's agreement is asked for afresh. */
  async propose(viewer: Viewer, id: string, input: z.output<typeof agreementBody>) {
    const { membership } = viewer;
    const topic = await this.change(membership, id, async (trx, record, now) => {
      if (!isRevealed(record, membership.memberIds)) throw new AppError('not_revealed');
      const participants = participantsOf(record);
      input.items.forEach((item, i) => {
        if (!participants.includes(item.ownerId)) {
          throw invalidField(`items.${i}.ownerId`, 'Choose someone this topic is between.');
        }
      });
      await repo.replaceAgreement(
        trx,
        id,
        input.items.map((item, position) => ({
          id: newId(),
          topic_id: id,
          space_id: membership.spaceId,
          position,
          text: item.text,
          owner_id: item.ownerId,
          link_kind: null,
          link_ref: null,
        })),
      );
      await repo.addConsent(trx, {
        topic_id: id,
        space_id: membership.spaceId,
        user_id: membership.userId,
        agreed_at: now,
      });
      await repo.updateTopic(trx, id, {
        proposed_by: membership.userId,
        check_on: input.checkOn,
        check_at: startOfDayIn(viewer.timeZone, input.checkOn),
        check_reminded: 0,
        agreed_at: null,
        updated_at: now,
      });
      return record;
    });
    await this.tellOthers(membership, topic.participantIds, id);
    return topic;
  }

  async agree(membership: Membership, id: string) {
    let agreedNow = false;
    const topic = await this.change(membership, id, async (trx, record, now) => {
      if (record.items.length === 0 || record.row.agreed_at) throw new AppError('not_agreed');
      await repo.addConsent(trx, {
        topic_id: id,
        space_id: membership.spaceId,
        user_id: membership.userId,
        agreed_at: now,
      });
      const consented = new Set([...record.consents.map((c) => c.user_id), membership.userId]);
      agreedNow = activeParticipants(record, membership.memberIds).every((p) => consented.has(p));
      await repo.updateTopic(trx, id, {
        ...(agreedNow ? { agreed_at: now } : {}),
        updated_at: now,
      });
      return record;
    });
    if (agreedNow) await this.tellOthers(membership, topic.participantIds, id);
    return topic;
  }

  /** An agreed item carried into chores, money or a new decision: once per item. */
  async followItemThrough(
    viewer: Viewer,
    id: string,
    itemId: string,
    input: z.output<typeof itemFollowThroughBody>,
  ) {
    const { membership } = viewer;
    const record = await this.find(this.db, membership, id);
    if (!record.items.some((item) => item.id === itemId)) throw new AppError('not_found');
    if (!record.row.agreed_at) throw new AppError('not_agreed');
    await linkOnce(
      () => repo.claimItemLink(this.db, itemId, input.kind),
      async () => {
        if (input.kind !== 'decision') return this.followThrough.create(viewer, input);
        const decision = await this.decisions.open(viewer, {
          question: input.question,
          options: [],
          statusQuo: true,
        });
        return { kind: 'decision', ref: decision.id };
      },
      (link) => repo.setItemLink(this.db, itemId, link ?? { kind: null, ref: null }),
    );
    const now = nowIso();
    await repo.updateTopic(this.db, id, { updated_at: now });
    await this.announce(membership.spaceId, participantsOf(record), id, now);
    return this.get(membership, id);
  }

  /** "Did it hold?" — my answer, which I may change. */
  async followUp(membership: Membership, id: string, input: z.output<typeof followUpBody>) {
    return this.change(membership, id, async (trx, record, now) => {
      if (!record.row.agreed_at) throw new AppError('not_agreed');
      await repo.saveFollowUp(trx, {
        topic_id: id,
        space_id: membership.spaceId,
        user_id: membership.userId,
        held: input.held,
        note: input.note ?? '',
        answered_at: now,
      });
      await repo.updateTopic(trx, id, { updated_at: now });
      return record;
    });
  }

  /** Which tags keep coming back across the topics I take part in, most frequent first. */
  async patterns(membership: Membership) {
    const rows = await repo.tagsOf(this.db, membership.spaceId, membership.userId);
    return patternsOf(rows);
  }

  /**
   * A break's end (both are asked, gently, to come back) and an agreement's check day (both
   * are asked whether it held): each once, claimed so that several processes send it once.
   */
  async remindDue(now = new Date()): Promise<number> {
    let reminded = 0;
    const at = now.toISOString();
    for (const [due, column] of [
      ...(await repo.duePauses(this.db, at)).map((d) => [d, 'pause_reminded'] as const),
      ...(await repo.dueChecks(this.db, at)).map((d) => [d, 'check_reminded'] as const),
    ]) {
      if (!(await repo.claimReminder(this.db, due.id, column))) continue;
      const participants = (await repo.participantIdsOf(this.db, due.id)).map((p) => p.user_id);
      await this.notifications.notify(due.space_id, participants, 'conflict', due.id);
      await this.announce(due.space_id, participants, due.id, at);
      reminded++;
    }
    return reminded;
  }

  /** One write to a topic that is not paused, in one transaction; then everyone on it hears. */
  private async change(
    membership: Membership,
    id: string,
    write: (trx: Executor, record: TopicRecord, now: string) => Promise<TopicRecord>,
  ): Promise<ConflictTopic> {
    const now = nowIso();
    const record = await this.db.transaction().execute(async (trx) => {
      const current = await this.find(trx, membership, id);
      if (pauseOf(current.row, new Date(now))) throw new AppError('topic_paused');
      return write(trx, current, now);
    });
    await this.announce(membership.spaceId, participantsOf(record), id, now);
    return this.get(membership, id);
  }

  private async find(db: Executor, membership: Membership, id: string): Promise<TopicRecord> {
    const row = await repo.findTopicOf(db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    return (await this.records(db, [row]))[0]!;
  }

  private async records(db: Executor, rows: repo.TopicRow[]): Promise<TopicRecord[]> {
    const details = await repo.detailsOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((row) => {
      const mine = <T extends { topic_id: string }>(list: T[]) =>
        list.filter((x) => x.topic_id === row.id);
      return {
        row,
        participants: mine(details.participants),
        perspectives: mine(details.perspectives),
        consents: mine(details.consents),
        followUps: mine(details.followUps),
        ideas: mine(details.ideas),
        items: mine(details.items),
      };
    });
  }

  private tellOthers(membership: Membership, participants: string[], id: string) {
    const others = participants.filter(
      (p) => p !== membership.userId && membership.memberIds.includes(p),
    );
    return this.notifications.notify(membership.spaceId, others, 'conflict', id);
  }

  /** Only the participants hear of a topic: to anyone else in the space it does not exist. */
  private async announce(spaceId: string, participants: string[], id: string, updatedAt: string) {
    for (const userId of participants) {
      await this.bus.publish({
        kind: 'event',
        spaceId,
        event: eventOf('conflict', id, updatedAt),
        onlyTo: userId,
      });
    }
  }
}

const participantsOf = (record: TopicRecord) => record.participants.map((p) => p.user_id);
const uniqueTags = (tags: string[]) => [...new Set(tags)];
