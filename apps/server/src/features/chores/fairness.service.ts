import {
  addDays,
  calendarPeriods,
  localDateIn,
  loadOverTime,
  minutesFromLog,
  reviewDueOn,
  startOfDayIn,
  type CalendarPeriod,
  type FairnessView,
  type ReviewView,
} from '@tandem/shared';
import { nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { Viewer } from '../spaces/viewer';
import type { ChoresService } from './chores.service';
import * as choresRepo from './chores.repository';
import * as completionsRepo from './completions.repository';
import * as repo from './fairness.repository';

/** How far back the log is read for the minutes things really take. */
const LOG_DAYS_FOR_REVIEW = 92;

/**
 * Fairness over time — planned against done against fair share, period by period — and the
 * regular review that proposes new shares from current preferences and what the log says.
 */
export class FairnessService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly chores: ChoresService,
  ) {}

  async overTime(viewer: Viewer, period: CalendarPeriod, count: number): Promise<FairnessView> {
    const { membership, timeZone } = viewer;
    const days = calendarPeriods(period, count, localDateIn(timeZone));
    const instants = days.map((d) => ({
      start: startOfDayIn(timeZone, d.start),
      end: startOfDayIn(timeZone, d.end),
    }));
    const [rows, availability, log] = await Promise.all([
      choresRepo.listResponsibilities(this.db, membership.spaceId, membership.userId),
      choresRepo.listAvailability(this.db, membership.spaceId),
      completionsRepo.listCompletions(
        this.db,
        membership.spaceId,
        instants[0]!.start,
        instants[instants.length - 1]!.end,
      ),
    ]);
    const minutes = new Map(availability.map((a) => [a.user_id, a.minutes_per_week]));
    const missing = membership.memberIds.filter((id) => !minutes.has(id));
    if (missing.length > 0) throw new AppError('availability_missing', { missing });
    const current = (id: string | null) => (id && membership.memberIds.includes(id) ? id : null);
    const loads = loadOverTime({
      members: membership.memberIds.map((id) => ({
        id,
        availableMinutesPerWeek: minutes.get(id) ?? 0,
      })),
      responsibilities: rows.map((row) => ({
        id: row.id,
        minutes: { notice: row.notice_minutes, plan: row.plan_minutes, do: row.do_minutes },
        rrule: row.rrule,
        ownerId: current(row.owner_id),
        stageOwners: { notice: current(row.notice_owner_id), plan: current(row.plan_owner_id) },
      })),
      completions: log.map((c) => ({
        choreId: c.responsibility_id,
        kind: c.kind,
        doneBy: c.done_by,
        doneAt: c.done_at,
        actualMinutes: c.actual_minutes,
      })),
      periods: instants,
    });
    return {
      period,
      periods: loads.map((p, i) => ({
        start: days[i]!.start,
        end: days[i]!.end,
        members: p.members.map((m) => ({
          userId: m.id,
          plannedMinutes: Math.round(m.plannedMinutes),
          doneMinutes: Math.round(m.doneMinutes),
          fairShareMinutes: Math.round(m.fairShareMinutes),
        })),
      })),
    };
  }

  /** Whether a review is due, and what it would change: logged minutes and a new proposal. */
  async review(viewer: Viewer): Promise<ReviewView> {
    const { membership, timeZone } = viewer;
    const today = localDateIn(timeZone);
    const [settings, logged] = await Promise.all([
      repo.findSettings(this.db, membership.spaceId),
      this.loggedMinutes(viewer),
    ]);
    const everyMonths = settings?.review_every_months ?? repo.DEFAULT_REVIEW_EVERY_MONTHS;
    const lastReviewedOn = settings?.last_reviewed_on ?? null;
    // Until the household has accepted shares once, there is nothing to review.
    const dueOn = lastReviewedOn ? reviewDueOn(lastReviewedOn, everyMonths) : null;
    const proposal = await this.chores.proposal(membership, logged).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'availability_missing') return null;
      throw error;
    });
    return {
      everyMonths,
      lastReviewedOn,
      dueOn,
      due: dueOn !== null && dueOn <= today,
      adjustments: logged,
      proposal,
    };
  }

  async setReviewEvery(viewer: Viewer, everyMonths: number): Promise<ReviewView> {
    const now = nowIso();
    await repo.saveReviewEvery(this.db, viewer.membership.spaceId, everyMonths, now);
    await this.announce(viewer.membership.spaceId, now);
    return this.review(viewer);
  }

  /** Takes the review's proposal, logged minutes included. */
  async acceptReview(viewer: Viewer): Promise<ReviewView> {
    const logged = await this.loggedMinutes(viewer);
    await this.chores.acceptProposal(viewer.membership, viewer.timeZone, logged);
    return this.review(viewer);
  }

  /** Keeps the shares as they are until the next review comes round. */
  async keepShares(viewer: Viewer): Promise<ReviewView> {
    const now = nowIso();
    const today = localDateIn(viewer.timeZone);
    await repo.stampReviewed(this.db, viewer.membership.spaceId, today, now);
    await this.announce(viewer.membership.spaceId, now);
    return this.review(viewer);
  }

  private async loggedMinutes(viewer: Viewer) {
    const { membership, timeZone } = viewer;
    const today = localDateIn(timeZone);
    const [rows, log] = await Promise.all([
      choresRepo.listResponsibilities(this.db, membership.spaceId, membership.userId),
      completionsRepo.listCompletions(
        this.db,
        membership.spaceId,
        startOfDayIn(timeZone, addDays(today, -LOG_DAYS_FOR_REVIEW)),
        nowIso(),
      ),
    ]);
    return minutesFromLog(
      rows.map((row) => ({
        id: row.id,
        minutes: { notice: row.notice_minutes, plan: row.plan_minutes, do: row.do_minutes },
      })),
      log.map((c) => ({
        choreId: c.responsibility_id,
        kind: c.kind,
        actualMinutes: c.actual_minutes,
      })),
    );
  }

  private announce(spaceId: string, updatedAt: string) {
    return this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('responsibility', spaceId, updatedAt),
    });
  }
}
