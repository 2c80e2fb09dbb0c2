/**
 * Slow breathing with a longer breath out calms a racing body: four seconds in, six out, about
 * six breaths a minute (resonance breathing; Lehrer & Gevirtz, 2014).
 */
export const BREATHE_IN_MS = 4_000;
export const BREATHE_OUT_MS = 6_000;
export const BREATH_MS = BREATHE_IN_MS + BREATHE_OUT_MS;

export type BreathPhase = 'in' | 'out';

/** Which half of the breath `elapsedMs` after the start falls in, and how long it still lasts. */
export function breathAt(elapsedMs: number): { phase: BreathPhase; remainingMs: number } {
  const within = ((elapsedMs % BREATH_MS) + BREATH_MS) % BREATH_MS;
  return within < BREATHE_IN_MS
    ? { phase: 'in', remainingMs: BREATHE_IN_MS - within }
    : { phase: 'out', remainingMs: BREATH_MS - within };
}
