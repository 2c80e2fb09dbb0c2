import {
  localDateIn,
  startOfDayIn,
  type Decision,
  type DecisionLog,
  type ballotBody,
  type choiceBody,
  type openDecisionBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { NotificationsService } from '../connection/notifications.service';
import { listMembers, type Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import {
  ballotsOf,
  concessionsIn,
  isRevealed,
  MIN_OPTIONS,
  presentDecision,
  waitingFor,
  type DecisionRecord,
} from './decisions.presenter';
import * as repo from './decisions.repository';
import { linkOnce, type FollowThrough, type FollowThroughInput } from './follow-through';

/** Dealbreakers each member may use in a calendar month, until the space chooses otherwise. */
export const DEFAULT_VETOES_PER_MONTH = 2;
const STATUS_QUO_LABEL = 'Keep things as they are';

/**
 * Decisions made together. Each member's ballot is theirs alone until every member has scored
 * every option; then all ballots and the recommendation are shown to all, and the options and
 * scores are final. What the members then choose is theirs to record — it may differ from the
 * recommendation — and is asked about again on the review day.
 */
export class DecisionsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly followThrough: FollowThrough,
  ) {}

  async list(membership: Membership): Promise<Decision[]> {
    const rows = await repo.listDecisions(this.db, membership.spaceId, 100);
    const [records, earlier] = await Promise.all([
      this.records(this.db, rows),
      this.concessionTotals(membership.spaceId),
    ]);
    return records.map((r) => presentDecision(membership, r, earlier(r.row.id)));
  }

  async get(membership: Membership, id: string): Promise<Decision> {
    const record = await this.find(this.db, membership.spaceId, id);
    const earlier = await this.concessionTotals(membership.spaceId);
    return presentDecision(membership, record, earlier(id));
  }

  async open(viewer: Viewer, input: z.output<typeof openDecisionBody>): Promise<Decision> {
    const { membership } = viewer;
    const now = nowIso();
    const id = newId();
    const option = (label: string, details: string, statusQuo: boolean): repo.OptionRow => ({
      id: newId(),
      decision_id: id,
      space_id: membership.spaceId,
      label,
      details,
      status_quo: statusQuo ? 1 : 0,
      added_by: membership.userId,
      created_at: now,
    });
    await this.db.transaction().execute(async (trx) => {
      await repo.insertDecision(trx, {
        id,
        space_id: membership.spaceId,
        question: input.question,
        details: input.details ?? '',
        opened_by: membership.userId,
        deadline_on: input.deadlineOn ?? null,
        deadline_at: input.deadlineOn ? startOfDayIn(viewer.timeZone, input.deadlineOn) : null,
        deadline_reminded: 0,
        revealed_at: null,
        decided_at: null,
        decided_by: null,
        chosen_option_id: null,
        why: null,
        review_on: null,
        review_at: null,
        review_reminded: 0,
        link_kind: null,
        link_ref: null,
        created_at: now,
        updated_at: now,
      });
      await repo.insertOptions(trx, [
        ...(input.statusQuo ? [option(STATUS_QUO_LABEL, '', true)] : []),
        ...input.options.map((o) => option(o.label, o.details ?? '', false)),
      ]);
    });
    await this.announce(membership.spaceId, id, now);
    return this.get(membership, id);
  }

  async addOption(membership: Membership, id: string, input: { label: string; details?: string }) {
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const record = await this.find(trx, membership.spaceId, id);
      if (isRevealed(record, membership.memberIds)) throw new AppError('scoring_closed');
      await repo.insertOptions(trx, [
        {
          id: newId(),
          decision_id: id,
          space_id: membership.spaceId,
          label: input.label,
          details: input.details ?? '',
          status_quo: 0,
          added_by: membership.userId,
          created_at: now,
        },
      ]);
      await repo.touch(trx, id, now);
    });
    await this.announce(membership.spaceId, id, now);
    return this.get(membership, id);
  }

  /** My whole ballot, replacing the last; the reveal happens when it was the last one missing. */
  async saveBallot(viewer: Viewer, id: string, input: z.output<typeof ballotBody>) {
    const { membership } = viewer;
    const now = nowIso();
    const revealed = await this.db.transaction().execute(async (trx) => {
      const record = await this.find(trx, membership.spaceId, id);
      if (isRevealed(record, membership.memberIds)) throw new AppError('scoring_closed');
      checkBallot(record, input);
      const before = record.scores.filter((s) => s.user_id === membership.userId);
      const vetoedAt = (optionId: string) =>
        before.find((s) => s.option_id === optionId && s.vetoed_at)?.vetoed_at ?? now;
      await this.checkVetoAllowance(trx, viewer, id, input.vetoes.map(vetoedAt));
      const rows = record.options.map((o) => ({
        option_id: o.id,
        decision_id: id,
        space_id: membership.spaceId,
        user_id: membership.userId,
        score: input.scores[o.id]!,
        veto: input.vetoes.includes(o.id) ? 1 : 0,
        could_live_with: input.couldLiveWith.includes(o.id) ? 1 : 0,
        vetoed_at: input.vetoes.includes(o.id) ? vetoedAt(o.id) : null,
        scored_at: now,
      }));
      await repo.replaceBallot(trx, id, membership.userId, rows);
      const after = ballotsOf({
        options: record.options,
        scores: [...record.scores.filter((s) => s.user_id !== membership.userId), ...rows],
      });
      const everyone = waitingFor(membership.memberIds, after).length === 0;
      if (everyone) await repo.markRevealed(trx, id, now);
      else await repo.touch(trx, id, now);
      return everyone;
    });
    await this.announce(membership.spaceId, id, now);
    if (revealed) {
      await this.notifications.notify(membership.spaceId, others(membership), 'decision', id);
    }
    return this.get(membership, id);
  }

  async decide(viewer: Viewer, id: string, input: z.output<typeof choiceBody>) {
    const { membership } = viewer;
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const record = await this.find(trx, membership.spaceId, id);
      if (!isRevealed(record, membership.memberIds)) throw new AppError('not_revealed');
      if (input.optionId && !record.options.some((o) => o.id === input.optionId)) {
        throw invalidField('optionId', 'That is not one of the options.');
      }
      const recorded = await repo.recordChoice(trx, id, {
        chosen_option_id: input.optionId,
        why: input.why,
        decided_by: membership.userId,
        decided_at: now,
        review_on: input.reviewOn ?? null,
        review_at: input.reviewOn ? startOfDayIn(viewer.timeZone, input.reviewOn) : null,
      });
      if (!recorded) throw new AppError('already_decided');
    });
    await this.announce(membership.spaceId, id, now);
    return this.get(membership, id);
  }

  /** Carries the choice into chores or money: once per decision. */
  async followThroughChoice(viewer: Viewer, id: string, input: FollowThroughInput) {
    const { membership } = viewer;
    const record = await this.find(this.db, membership.spaceId, id);
    if (!record.row.decided_at) throw new AppError('not_agreed');
    await linkOnce(
      () => repo.claimLink(this.db, id, input.kind),
      () => this.followThrough.create(viewer, input),
      (link) => repo.setLink(this.db, id, link ?? { kind: null, ref: null }, nowIso()),
    );
    await this.announce(membership.spaceId, id, nowIso());
    return this.get(membership, id);
  }

  /** "Still the right call?" — my answer, which I may change. */
  async review(membership: Membership, id: string, input: { verdict: string; note?: string }) {
    const record = await this.find(this.db, membership.spaceId, id);
    if (!record.row.decided_at) throw new AppError('not_agreed');
    const now = nowIso();
    await repo.saveReview(this.db, {
      decision_id: id,
      space_id: membership.spaceId,
      user_id: membership.userId,
      verdict: input.verdict,
      note: input.note ?? '',
      answered_at: now,
    });
    await this.announce(membership.spaceId, id, now);
    return this.get(membership, id);
  }

  /** Only its opener, and only while scoring: a revealed decision belongs to everyone. */
  async remove(membership: Membership, id: string) {
    await this.db.transaction().execute(async (trx) => {
      const record = await this.find(trx, membership.spaceId, id);
      if (record.row.opened_by !== membership.userId || isRevealed(record, membership.memberIds)) {
        throw new AppError('forbidden');
      }
      await repo.deleteDecision(trx, membership.spaceId, id);
    });
    await this.announce(membership.spaceId, id, nowIso());
  }

  async settings(viewer: Viewer) {
    const row = await repo.findSettings(this.db, viewer.membership.spaceId);
    return {
      vetoesPerMonth: row?.vetoes_per_month ?? DEFAULT_VETOES_PER_MONTH,
      myVetoesThisMonth: await repo.countVetoesSince(
        this.db,
        viewer.membership.spaceId,
        viewer.membership.userId,
        monthStartIn(viewer.timeZone),
        null,
      ),
    };
  }

  async saveSettings(viewer: Viewer, vetoesPerMonth: number) {
    const now = nowIso();
    await repo.saveSettings(this.db, viewer.membership.spaceId, vetoesPerMonth, now);
    await this.announce(viewer.membership.spaceId, viewer.membership.spaceId, now);
    return this.settings(viewer);
  }

  /** Decided questions, oldest first, with how far each member gave way in each. */
  async log(membership: Membership): Promise<DecisionLog> {
    const records = await this.records(
      this.db,
      await repo.listDecided(this.db, membership.spaceId),
    );
    const items = records.map((record) => ({
      decisionId: record.row.id,
      question: record.row.question,
      chosen: record.options.find((o) => o.id === record.row.chosen_option_id)?.label ?? null,
      decidedAt: record.row.decided_at!,
      concessions: Object.entries(concessionsIn(record)).map(([userId, conceded]) => ({
        userId,
        conceded,
      })),
    }));
    const totals = new Map<string, { conceded: number; decisions: number }>();
    for (const item of items) {
      for (const { userId, conceded } of item.concessions) {
        const total = totals.get(userId) ?? { conceded: 0, decisions: 0 };
        totals.set(userId, { conceded: total.conceded + conceded, decisions: total.decisions + 1 });
      }
    }
    return { items, totals: [...totals].map(([userId, total]) => ({ userId, ...total })) };
  }

  /**
   * The deadline day has come for those still to score, or the review day for everyone: each
   * reminder once, claimed so that several server processes do not send it twice.
   */
  async remindDue(now = new Date()): Promise<number> {
    let reminded = 0;
    const at = now.toISOString();
    for (const due of await repo.dueDeadlines(this.db, at)) {
      if (!(await repo.claimReminder(this.db, due.id, 'deadline_reminded'))) continue;
      const members = await memberIdsOf(this.db, due.space_id);
      const record = await this.find(this.db, due.space_id, due.id);
      const waiting = waitingFor(members, ballotsOf(record));
      await this.notifications.notify(due.space_id, waiting, 'decision', due.id);
      reminded++;
    }
    for (const due of await repo.dueReviews(this.db, at)) {
      if (!(await repo.claimReminder(this.db, due.id, 'review_reminded'))) continue;
      const members = await memberIdsOf(this.db, due.space_id);
      await this.notifications.notify(due.space_id, members, 'decision', due.id);
      reminded++;
    }
    return reminded;
  }

  /** How much each member gave way in decisions before `id`: the recommendation's last tie-break. */
  private async concessionTotals(spaceId: string) {
    const decided = await this.records(this.db, await repo.listDecided(this.db, spaceId));
    return (id: string) => {
      const totals: Record<string, number> = {};
      for (const record of decided) {
        if (record.row.id === id) break;
        for (const [userId, conceded] of Object.entries(concessionsIn(record))) {
          totals[userId] = (totals[userId] ?? 0) + conceded;
        }
      }
      return totals;
    };
  }

  private async checkVetoAllowance(trx: Executor, viewer: Viewer, id: string, vetoedAt: string[]) {
    const { membership } = viewer;
    const since = monthStartIn(viewer.timeZone);
    const thisMonth = vetoedAt.filter((at) => at >= since).length;
    if (thisMonth === 0) return;
    const [settings, elsewhere] = await Promise.all([
      repo.findSettings(trx, membership.spaceId),
      repo.countVetoesSince(trx, membership.spaceId, membership.userId, since, id),
    ]);
    const limit = settings?.vetoes_per_month ?? DEFAULT_VETOES_PER_MONTH;
    if (elsewhere + thisMonth > limit) {
      throw new AppError('veto_limit', { limit, used: elsewhere });
    }
  }

  private async find(db: Executor, spaceId: string, id: string): Promise<DecisionRecord> {
    const row = await repo.findDecision(db, spaceId, id);
    if (!row) throw new AppError('not_found');
    return (await this.records(db, [row]))[0]!;
  }

  private async records(db: Executor, rows: repo.DecisionRow[]): Promise<DecisionRecord[]> {
    const ids = rows.map((r) => r.id);
    const [options, scores, reviews] = await Promise.all([
      repo.listOptions(db, ids),
      repo.listScores(db, ids),
      repo.listReviews(db, ids),
    ]);
    return rows.map((row) => ({
      row,
      options: options.filter((o) => o.decision_id === row.id),
      scores: scores.filter((s) => s.decision_id === row.id),
      reviews: reviews.filter((r) => r.decision_id === row.id),
    }));
  }

  private announce(spaceId: string, id: string, updatedAt: string) {
    return this.bus.publish({ kind: 'event', spaceId, event: eventOf('decision', id, updatedAt) });
  }
}

/** A ballot scores every option once and only the options there are. */
function checkBallot(record: DecisionRecord, input: z.output<typeof ballotBody>) {
  const known = new Set(record.options.map((o) => o.id));
  for (const [field, ids] of [
    ['scores', Object.keys(input.scores)],
    ['vetoes', input.vetoes],
    ['couldLiveWith', input.couldLiveWith],
  ] as const) {
    const unknown = ids.find((optionId) => !known.has(optionId));
    if (unknown) throw invalidField(`${field}.${unknown}`, 'That is not one of the options.');
  }
  if (record.options.length < MIN_OPTIONS) {
    throw invalidField('scores', 'Add at least two options before scoring them.');
  }
  const missing = record.options.find((o) => input.scores[o.id] === undefined);
  if (missing) throw invalidField(`scores.${missing.id}`, 'Score every option, 0 to 10.');
  const both = input.vetoes.find((optionId) => input.couldLiveWith.includes(optionId));
  if (both) {
    throw invalidField(`vetoes.${both}`, 'A dealbreaker cannot also be one you could live with.');
  }
}

function monthStartIn(timeZone: string) {
  return startOfDayIn(timeZone, `${localDateIn(timeZone).slice(0, 8)}01`);
}

const others = (membership: Membership) =>
  membership.memberIds.filter((id) => id !== membership.userId);

const memberIdsOf = async (db: Executor, spaceId: string) =>
  (await listMembers(db, spaceId)).map((m) => m.userId);
