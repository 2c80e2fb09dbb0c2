import {
  allowedMoves,
  applyMove,
  startSession,
  type LiveSession,
  type MoveBody,
  type SessionState,
} from '@tandem/shared';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import type { NotificationsService } from './notifications.service';
import * as repo from './sessions.repository';

/** How many times a move is tried again when the other person's move landed first. */
const RETRIES = 3;

/**
 * Live speaker–listener sessions. The server holds the state and applies each move with the
 * shared machine, refusing out-of-turn ones (409 `out_of_turn`, with the reason); both screens
 * refetch on the event, so a dropped connection resumes exactly where the session is.
 */
export class SessionsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  async start(membership: Membership, topic: string, partnerId?: string): Promise<LiveSession> {
    const others = membership.memberIds.filter((id) => id !== membership.userId);
    const partner = partnerId ?? (others.length === 1 ? others[0] : undefined);
    if (!partner) throw invalidField('partnerId', 'Say who you want to talk with.');
    requireCurrentMember(membership, partner, 'partnerId');
    if (partner === membership.userId) throw invalidField('partnerId', 'Choose someone else.');
    const now = nowIso();
    const state = startSession(membership.userId, partner);
    const row: repo.SessionRow = {
      id: newId(),
      space_id: membership.spaceId,
      topic,
      starter_id: membership.userId,
      partner_id: partner,
      phase: state.phase,
      state: JSON.stringify(state),
      version: 1,
      timeout_until: null,
      timeout_reminded: 0,
      created_at: now,
      updated_at: now,
    };
    await repo.insertSession(this.db, row);
    await this.announce(row, now);
    await this.notifications.notify(row.space_id, [partner], 'session', row.id);
    return this.get(membership, row.id);
  }

  async list(membership: Membership): Promise<LiveSession[]> {
    const rows = await repo.listSessions(this.db, membership.spaceId, membership.userId, 20);
    const summaries = await repo.listSummaries(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((row) =>
      present(
        row,
        summaries.filter((s) => s.session_id === row.id),
        membership.userId,
      ),
    );
  }

  async get(membership: Membership, id: string): Promise<LiveSession> {
    const row = await this.find(membership, id);
    return present(row, await repo.listSummaries(this.db, [id]), membership.userId);
  }

  async move(membership: Membership, id: string, move: MoveBody): Promise<LiveSession> {
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const row = await this.find(membership, id);
      const now = nowIso();
      const result = applyMove(stateOf(row), membership.userId, move, now);
      if (!result.ok) throw new AppError('out_of_turn', { refusal: result.refusal });
      const saved = await repo.saveState(
        this.db,
        {
          id,
          space_id: row.space_id,
          phase: result.state.phase,
          state: JSON.stringify(result.state),
          version: row.version + 1,
          timeout_until: result.state.timeout?.until ?? null,
          updated_at: now,
        },
        row.version,
      );
      if (saved) {
        await this.announce(row, now);
        if (move.type === 'join') {
          await this.notifications.actedOn(row.space_id, membership.userId, id);
        }
        return this.get(membership, id);
      }
    }
    // The other person kept moving first: let the client refetch and try again.
    throw new AppError('out_of_turn', { refusal: 'moved_on' });
  }

  /** Calls both back when a break has ended: run on a timer, by any number of processes. */
  async remindEndedBreaks(): Promise<number> {
    let reminded = 0;
    for (const row of await repo.listEndedBreaks(this.db, nowIso())) {
      if (!(await repo.claimBreakReminder(this.db, row.id, row.version))) continue;
      await this.notifications.notify(
        row.space_id,
        [row.starter_id, row.partner_id],
        'session',
        row.id,
      );
      reminded++;
    }
    return reminded;
  }

  /** What one of the two keeps of an ended session, shared with the space. */
  async saveSummary(membership: Membership, id: string, text: string): Promise<LiveSession> {
    const row = await this.find(membership, id);
    if (row.phase !== 'ended') throw new AppError('out_of_turn', { refusal: 'not_ended' });
    const now = nowIso();
    await repo.saveSummary(this.db, {
      session_id: id,
      space_id: membership.spaceId,
      user_id: membership.userId,
      text,
      created_at: now,
    });
    await this.announce(row, now);
    return this.get(membership, id);
  }

  /** The summaries kept in the space: everyone's to read, whoever had the conversation. */
  async keptSummaries(membership: Membership) {
    const rows = await repo.listSpaceSummaries(this.db, membership.spaceId);
    return rows.map((row) => ({
      sessionId: row.session_id,
      topic: row.topic,
      userId: row.user_id,
      text: row.text,
      createdAt: row.created_at,
    }));
  }

  async discardSummary(membership: Membership, id: string): Promise<LiveSession> {
    const row = await this.find(membership, id);
    await repo.deleteSummary(this.db, id, membership.userId);
    await this.announce(row, nowIso());
    return this.get(membership, id);
  }

  private async find(membership: Membership, id: string) {
    const row = await repo.findSession(this.db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    return row;
  }

  /** To the session's two people only: the rest of the household does not see it. */
  private async announce(row: repo.SessionRow, now: string) {
    for (const userId of [row.starter_id, row.partner_id]) {
      await this.bus.publish({
        kind: 'event',
        spaceId: row.space_id,
        event: eventOf('session', row.id, now),
        onlyTo: userId,
      });
    }
  }
}

const stateOf = (row: repo.SessionRow) => JSON.parse(row.state) as SessionState;

function present(
  row: repo.SessionRow,
  summaries: { user_id: string; text: string; created_at: string }[],
  viewerId: string,
): LiveSession {
  const state = stateOf(row);
  return {
    id: row.id,
    topic: row.topic,
    starterId: state.starter,
    partnerId: state.partner,
    phase: state.phase,
    step: state.step,
    floor: state.floor,
    wantsToSolve: state.wantsToSolve,
    timeout: state.timeout,
    turns: state.turns,
    allowedMoves: allowedMoves(state, viewerId, nowIso()),
    summaries: summaries.map((s) => ({ userId: s.user_id, text: s.text, createdAt: s.created_at })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
