import type { Decision } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { labelOf } from './decision-words';

export interface ScoreCell {
  userId: string;
  /** Null for someone whose ballot is not among the revealed ones (they joined later). */
  score: number | null;
  dealbreaker: boolean;
  couldLiveWith: boolean;
}

export interface ScoreRow {
  optionId: string;
  label: string;
  statusQuo: boolean;
  recommended: boolean;
  cells: ScoreCell[];
}

/**
 * Everyone's scores side by side after the reveal: a row per option, in the order they were
 * added, and a cell per person in `order` (me first).
 */
export function scoreRows(
  decision: Pick<Decision, 'options' | 'ballots' | 'recommendation'>,
  order: readonly string[],
): ScoreRow[] {
  const columns = order.filter((id) => decision.ballots.some((b) => b.userId === id));
  return decision.options.map((option) => ({
    optionId: option.id,
    label: labelOf(option),
    statusQuo: option.statusQuo,
    recommended: decision.recommendation?.recommended === option.id,
    cells: columns.map((userId) => {
      const ballot = decision.ballots.find((b) => b.userId === userId);
      return {
        userId,
        score: ballot?.scores[option.id] ?? null,
        dealbreaker: ballot?.vetoes.includes(option.id) ?? false,
        couldLiveWith: ballot?.couldLiveWith.includes(option.id) ?? false,
      };
    }),
  }));
}

/** A cell's marks in words, so nothing rests on colour or an icon: "dealbreaker". */
export function cellMarks(cell: ScoreCell): string[] {
  return [
    cell.dealbreaker ? t('decide.scores.dealbreaker') : undefined,
    cell.couldLiveWith ? t('decide.scores.couldLiveWith') : undefined,
  ].filter((mark) => mark !== undefined);
}

/** A cell's score: the number, or that there is none. */
export const cellScore = (cell: ScoreCell): string =>
  cell.score === null ? t('decide.scores.none') : String(cell.score);

/** A cell in words, marks included: "3, dealbreaker". */
export const cellText = (cell: ScoreCell): string =>
  [cellScore(cell), ...cellMarks(cell)].join(t('decide.scores.markSeparator'));
