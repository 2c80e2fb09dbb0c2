import {
  addDays,
  catchUpSuggestions,
  latestDay,
  localDateIn,
  occurrencesBetween,
  startOfDayIn,
  togetherInsight,
  type PeopleInsight,
  type Person,
} from '@tandem/shared';
import type { Executor } from '../../db/executor';
import type { Membership } from '../spaces/spaces.repository';
import { eventOf } from '../time/calendar.presenter';
import * as repo from './people.repository';

/** How far back the calendar is searched for a social plan together. */
const CALENDAR_LOOKBACK_DAYS = 400;

/**
 * "You haven't seen friends together for six weeks": for a household of two or more, when the
 * last day two or more of us saw friends — a meet-up logged with us both there, or a social plan
 * on the calendar with us both taking part — is four weeks or more ago (counted from the first
 * person listed when there has been none), with the shared people we might see first. Only what
 * the viewer may see counts, so someone's private person never shapes another's insight.
 */
export async function insightFor(
  db: Executor,
  membership: Membership,
  timeZone: string,
  people: readonly Person[],
  now = new Date(),
): Promise<PeopleInsight | null> {
  if (membership.memberIds.length < 2 || people.length === 0) return null;
  const today = localDateIn(timeZone, now);
  const [lastMeetup, lastSocial] = await Promise.all([
    repo.lastMeetupTogether(db, membership.spaceId, membership.memberIds, today),
    lastSocialPlanTogether(db, membership, timeZone, now),
  ]);
  const startedOn = people.reduce((first, p) => (p.addedOn < first ? p.addedOn : first), today);
  const insight = togetherInsight(
    { togetherDays: [lastMeetup, lastSocial].filter((day) => day !== null), startedOn },
    today,
  );
  if (!insight) return null;
  const ours = people.filter((p) => p.ownerId === null && !p.archived);
  return {
    ...insight,
    suggestionIds: catchUpSuggestions(
      ours.map((person) => ({ person, rhythm: person.rhythm })),
    ).map((p) => p.id),
  };
}

/** The day (in the viewer's zone) of the latest social occurrence with two or more of us. */
async function lastSocialPlanTogether(
  db: Executor,
  membership: Membership,
  timeZone: string,
  now: Date,
): Promise<string | null> {
  const events = await repo.socialEventsTogether(db, membership.spaceId, membership.memberIds);
  const from = startOfDayIn(timeZone, addDays(localDateIn(timeZone, now), -CALENDAR_LOOKBACK_DAYS));
  const starts: string[] = [];
  for (const { row, participantIds } of events) {
    try {
      const occurrences = occurrencesBetween(eventOf(row, participantIds), from, now.toISOString());
      const last = occurrences.at(-1);
      if (last) starts.push(localDateIn(timeZone, new Date(last.start)));
    } catch {
      // A rule the calendar could not expand counts as no plan, as it does on the calendar.
    }
  }
  return latestDay(starts);
}
