import {
  MIN_TIMEOUT_MINUTES,
  revealWhenAllAnswered,
  waitingForAnswers,
  type ConflictTopic,
  type RevealableAnswer,
} from '@tandem/shared';
import type { Membership } from '../spaces/spaces.repository';
import type { detailsOf, TopicRow } from './conflicts.repository';

type Details = Awaited<ReturnType<typeof detailsOf>>;

/** A topic with everything recorded on it. Internal: `presentTopic` filters it for a viewer. */
export interface TopicRecord extends Details {
  row: TopicRow;
}

/** Those the topic is between who are still in the space: the ones it waits for. */
export function activeParticipants(record: TopicRecord, memberIds: readonly string[]) {
  return record.participants.map((p) => p.user_id).filter((id) => memberIds.includes(id));
}

function answersOf(record: TopicRecord): RevealableAnswer[] {
  return record.perspectives.map((p) => ({
    authorId: p.user_id,
    visibility: 'shared',
    revealedEarly: false,
    roundCompleted: record.row.revealed_at !== null,
  }));
}

export function waitingForSides(record: TopicRecord, memberIds: readonly string[]) {
  return waitingForAnswers(activeParticipants(record, memberIds), answersOf(record));
}

/** Both sides are out once every participant has written theirs (recorded at that moment). */
export function isRevealed(record: TopicRecord, memberIds: readonly string[]) {
  return record.row.revealed_at !== null || waitingForSides(record, memberIds).length === 0;
}

/** A pause lasts until its time is up, or until someone comes back after the minimum. */
export function pauseOf(row: TopicRow, now: Date) {
  if (!row.paused_at || !row.paused_until || Date.parse(row.paused_until) <= now.getTime()) {
    return null;
  }
  return {
    by: row.paused_by ?? row.raised_by,
    since: row.paused_at,
    until: row.paused_until,
    resumableAt: new Date(Date.parse(row.paused_at) + MIN_TIMEOUT_MINUTES * 60_000).toISOString(),
  };
}

export function presentTopic(
  membership: Membership,
  record: TopicRecord,
  now: Date,
): ConflictTopic {
  const { row } = record;
  const me = membership.userId;
  const participants = activeParticipants(record, membership.memberIds);
  const answers = answersOf(record);
  const revealed = isRevealed(record, membership.memberIds);
  const pause = pauseOf(row, now);
  const agreed = row.agreed_at !== null;
  const consented = record.consents.map((c) => c.user_id);
  const resolved =
    agreed &&
    participants.every((id) => record.followUps.some((f) => f.user_id === id && f.held === 'yes'));
  const open = pause === null;
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    raisedBy: row.raised_by,
    participantIds: record.participants.map((p) => p.user_id),
    tags: JSON.parse(row.tags) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    phase: !revealed ? 'perspectives' : !agreed ? 'ideas' : resolved ? 'resolved' : 'agreed',
    pause,
    perspectives: record.perspectives.map((p, i) => {
      const view = revealWhenAllAnswered(me, answers[i]!, participants, answers);
      const full = view === 'full';
      return {
        userId: p.user_id,
        view: full ? 'full' : 'sealed',
        happened: full ? p.happened : null,
        felt: full ? p.felt : null,
        need: full ? p.need : null,
        myPart: full ? p.my_part : null,
        writtenAt: p.written_at,
      };
    }),
    waitingFor: revealed ? [] : waitingForSides(record, membership.memberIds),
    ideas: record.ideas.map((idea) => ({
      id: idea.id,
      text: idea.text,
      addedBy: idea.added_by,
      createdAt: idea.created_at,
    })),
    agreement:
      record.items.length > 0 && row.check_on
        ? {
            items: record.items.map((item) => ({
              id: item.id,
              text: item.text,
              ownerId: item.owner_id,
              link:
                item.link_kind && item.link_ref
                  ? {
                      kind: item.link_kind as 'responsibility' | 'expense_rule' | 'decision',
                      ref: item.link_ref,
                    }
                  : null,
            })),
            checkOn: row.check_on,
            proposedBy: row.proposed_by ?? row.raised_by,
            agreedBy: consented,
            agreedAt: row.agreed_at,
          }
        : null,
    followUps: record.followUps.map((f) => ({
      userId: f.user_id,
      held: f.held as 'yes' | 'partly' | 'no',
      note: f.note,
      answeredAt: f.answered_at,
    })),
    capabilities: {
      canWritePerspective: open && !revealed,
      canAddIdea: open && revealed,
      // A new proposal replaces the last: to try again after "it held only partly", say.
      canProposeAgreement: open && revealed,
      canAgree: open && record.items.length > 0 && !agreed && !consented.includes(me),
      canFollowUp: open && agreed,
      canPause: open,
      canResume: pause !== null && now.getTime() >= Date.parse(pause.resumableAt),
      canDelete: row.raised_by === me,
    },
  };
}

/** Tags across topics, with how often each came up and how many are not yet agreed on. */
export function patternsOf(
  rows: readonly { tags: string; created_at: string; agreed_at: string | null }[],
) {
  const byTag = new Map<
    string,
    { topics: number; open: number; firstAt: string; lastAt: string }
  >();
  for (const row of rows) {
    for (const tag of JSON.parse(row.tags) as string[]) {
      const seen = byTag.get(tag);
      byTag.set(tag, {
        topics: (seen?.topics ?? 0) + 1,
        open: (seen?.open ?? 0) + (row.agreed_at ? 0 : 1),
        firstAt: seen && seen.firstAt < row.created_at ? seen.firstAt : row.created_at,
        lastAt: seen && seen.lastAt > row.created_at ? seen.lastAt : row.created_at,
      });
    }
  }
  return [...byTag]
    .map(([tag, pattern]) => ({ tag, ...pattern }))
    .sort(
      (x, y) => y.topics - x.topics || (x.lastAt < y.lastAt ? 1 : -1) || (x.tag < y.tag ? -1 : 1),
    );
}
