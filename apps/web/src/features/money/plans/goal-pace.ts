import type { SavingsGoal } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { formatMoney } from './money-text';
import { fullDayInWords, monthInWords, monthOf, monthsBetween } from './plan-dates';

/** Up to this many months after the date, the goal is "a little" behind. */
export const A_LITTLE_BEHIND_MONTHS = 3;

type GoalPace = Pick<SavingsGoal, 'target' | 'saved' | 'targetOn' | 'projectedOn' | 'currency'>;

/**
 * What it would take a month, from this month on, to reach the goal by its date: the rest
 * spread over the months left (at least one), rounded up to a whole minor unit.
 */
export function neededPerMonth(goal: GoalPace, today: string): number | null {
  if (goal.targetOn === null || goal.saved >= goal.target) return null;
  const months = Math.max(1, monthsBetween(monthOf(today), monthOf(goal.targetOn)));
  return Math.ceil((goal.target - goal.saved) / months);
}

/**
 * Where a goal stands, in one or two sentences: reached, when at this pace (the server's
 * projection from what was put in so far), and against its date if it has one. Behind is said
 * plainly and kindly, with what would close the gap — never as a failing.
 */
export function goalPaceInWords(goal: GoalPace, today: string): string[] {
  if (goal.saved >= goal.target) return [t('money.plans.goals.pace.reached')];
  const around = goal.projectedOn ? monthInWords(monthOf(goal.projectedOn)) : null;
  const noPace = t(
    goal.saved > 0 ? 'money.plans.goals.pace.stalled' : 'money.plans.goals.pace.notStarted',
  );
  if (goal.targetOn === null) {
    return [around ? t('money.plans.goals.pace.around', { month: around }) : noPace];
  }

  const date = fullDayInWords(goal.targetOn);
  if (goal.targetOn < today) {
    return [
      around
        ? t('money.plans.goals.pace.datePassed', { date, month: around })
        : t('money.plans.goals.pace.datePassedNoPace', { date }),
    ];
  }
  if (goal.projectedOn !== null && goal.projectedOn <= goal.targetOn) {
    return [t('money.plans.goals.pace.onTrack', { date })];
  }

  const needed = neededPerMonth(goal, today);
  const perMonth =
    needed === null
      ? []
      : [
          t('money.plans.goals.pace.perMonth', {
            amount: formatMoney(needed, goal.currency),
            date,
          }),
        ];
  if (goal.projectedOn === null || around === null) return [noPace, ...perMonth];
  const late = monthsBetween(monthOf(goal.targetOn), monthOf(goal.projectedOn));
  const behind =
    late <= A_LITTLE_BEHIND_MONTHS
      ? t('money.plans.goals.pace.aLittleBehind', { date, month: around })
      : t('money.plans.goals.pace.behind', { date, month: around });
  return [behind, ...perMonth];
}
