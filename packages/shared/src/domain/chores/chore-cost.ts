/** How a person feels about a responsibility. "cant" never reaches the allocator (pinned away). */
export const choreRatings = ['love', 'fine', 'dislike', 'cant'] as const;
export type ChoreRating = (typeof choreRatings)[number];

/** The mental-load stages: noticing it is needed, planning it, doing it. All of them count. */
export interface StageMinutes {
  notice: number;
  plan: number;
  do: number;
}

/**
 * A chore's minutes weighed by how its person feels about it: a loved chore weighs two thirds,
 * a disliked one five thirds of a fine one. Whole numbers (thirds of a minute), as the
 * allocator needs; only each person's own ratios matter to it.
 */
const thirdsPerMinute: Record<Exclude<ChoreRating, 'cant'>, number> = {
  love: 2,
  fine: 3,
  dislike: 5,
};

export function choreCost(minutes: StageMinutes, rating: Exclude<ChoreRating, 'cant'>): number {
  const total = Math.max(0, Math.round(minutes.notice + minutes.plan + minutes.do));
  return total * thirdsPerMinute[rating];
}
