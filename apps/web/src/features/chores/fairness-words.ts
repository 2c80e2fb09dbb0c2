import type { FairnessView, Member } from '@tandem/shared';
import { addDays } from '../../lib/dates';
import { locale, t } from '../../lib/i18n';
import { formatDuration } from './chore-minutes';
import type { FairnessPeriod } from './fairness-api';
import { memberName } from './shares-view';

type Period = FairnessView['periods'][number];
type Figures = Period['members'][number];

/**
 * Gaps smaller than this read as "about" the same: logged minutes are rough, and pointing at a
 * three-minute difference would be keeping score.
 */
export const CLOSE_MINUTES = 5;

const dayAsDate = (day: string) => new Date(`${day}T00:00:00Z`);
const dates = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });

/**
 * A period's name: short under its bars ("3 Mar", "Mar", "Jan – Mar"), long in the table
 * ("Week of 3 March 2026", "March 2026", "January – March 2026"). `end` is the day after.
 */
export function periodLabel(
  period: FairnessPeriod,
  { start, end }: { start: string; end: string },
  length: 'short' | 'long',
): string {
  const first = dayAsDate(start);
  const last = dayAsDate(addDays(end, -1));
  const month = length === 'short' ? 'short' : 'long';
  const year = length === 'long' ? ({ year: 'numeric' } as const) : {};
  switch (period) {
    case 'week': {
      const day = dates({ day: 'numeric', month, ...year }).format(first);
      return length === 'short' ? day : t('chores.fairness.weekOf', { day });
    }
    case 'month':
      return dates({ month, ...year }).format(first);
    case 'quarter':
      return dates({ month, ...year }).formatRange(first, last);
  }
}

/** The days a chart covers, for its name: "June 1 – November 30, 2026". */
export function chartRange(view: FairnessView): string {
  const first = view.periods[0];
  const last = view.periods.at(-1);
  if (!first || !last) return '';
  return dates({ day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
    dayAsDate(first.start),
    dayAsDate(addDays(last.end, -1)),
  );
}

/** The figures of a period, me as "you", everyone else by name. */
function nameOf(members: readonly Member[], myId: string, userId: string) {
  return userId === myId ? t('common.you') : memberName(members, userId);
}

function againstPlan(done: number, planned: number): string {
  const diff = done - planned;
  if (Math.abs(diff) < CLOSE_MINUTES) return t('chores.fairness.planned.same');
  const vars = { diff: formatDuration(Math.abs(diff)) };
  return diff > 0
    ? t('chores.fairness.planned.more', vars)
    : t('chores.fairness.planned.less', vars);
}

function againstFairShare(minutes: number, fairShare: number): string {
  const diff = minutes - fairShare;
  const fair = formatDuration(fairShare);
  if (Math.abs(diff) < CLOSE_MINUTES) return t('chores.fairness.fair.same', { fair });
  const vars = { diff: formatDuration(Math.abs(diff)), fair };
  return diff > 0 ? t('chores.fairness.fair.over', vars) : t('chores.fairness.fair.under', vars);
}

/** A finished period: what was done, against the plan and against a fair share. */
function finishedSentence(period: FairnessPeriod, name: string, m: Figures): string {
  return t('chores.fairness.gap.finished', {
    when: t(`chores.fairness.when.last.${period}`),
    name,
    done: formatDuration(m.doneMinutes),
    planned: againstPlan(m.doneMinutes, m.plannedMinutes),
    fair: againstFairShare(m.doneMinutes, m.fairShareMinutes),
  });
}

/**
 * The period under way: done so far says little against a plan for the whole of it, so the
 * plan itself is set against the fair share instead.
 */
function currentSentence(period: FairnessPeriod, name: string, m: Figures): string {
  return t('chores.fairness.gap.current', {
    when: t(`chores.fairness.when.current.${period}`),
    name,
    done: formatDuration(m.doneMinutes),
    planned: formatDuration(m.plannedMinutes),
    whole: t(`chores.fairness.whole.${period}`),
    fair: againstFairShare(m.plannedMinutes, m.fairShareMinutes),
  });
}

/**
 * The gaps in plain words: the last finished period first (settled), then the one under way,
 * one sentence per member in `order`. Members missing from a period are left out of it.
 */
export function gapSentences(
  view: FairnessView,
  order: readonly string[],
  members: readonly Member[],
  myId: string,
): string[] {
  const current = view.periods.at(-1);
  const finished = view.periods.length > 1 ? view.periods.at(-2) : undefined;
  const sentences = (period: Period | undefined, say: typeof currentSentence) =>
    order.flatMap((userId) => {
      const figures = period?.members.find((m) => m.userId === userId);
      return figures ? [say(view.period, nameOf(members, myId, userId), figures)] : [];
    });
  return [...sentences(finished, finishedSentence), ...sentences(current, currentSentence)];
}
