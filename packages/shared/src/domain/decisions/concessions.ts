/**
 * How far each person gave way in a decision: the score of their favourite option minus the
 * score of the option chosen, on their own scale (their lowest score 0, their highest 1), so
 * someone who scores in bigger numbers does not look as if they conceded more. 0 means they
 * got their favourite; 1 means the choice was the one they liked least.
 */
export function concessionsOf(
  people: readonly string[],
  optionIds: readonly string[],
  scores: Record<string, Record<string, number>>,
  chosen: string,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const person of people) {
    const mine = optionIds.map((id) => scores[person]?.[id] ?? 0);
    const low = Math.min(...mine);
    const high = Math.max(...mine);
    result[person] = high > low ? (high - (scores[person]?.[chosen] ?? 0)) / (high - low) : 0;
  }
  return result;
}
