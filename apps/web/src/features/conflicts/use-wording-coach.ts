import { useEffect, useMemo, useState } from 'react';
import { coachMessage, type CoachResult } from '@tandem/shared';
import { locale } from '../../lib/i18n';

/** Long enough not to flicker at every key, short enough to feel like it is listening. */
export const COACH_PAUSE_MS = 500;

/** `value`, once it has stayed the same for `delayMs`. */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The wording coach's notes on a message as it is written: run on this device (nothing is
 * sent), after a short pause in typing. Advice only — nothing here can hold the message back.
 */
export function useWordingCoach(text: string): CoachNotes {
  const settled = useSettledValue(text, COACH_PAUSE_MS);
  return useMemo(() => ({ ...coachIfAble(settled), text: settled }), [settled]);
}

/**
 * The rules use look-behind, which browsers before Safari 16.4 cannot compile: there the coach
 * stays quiet rather than break the form, since it only ever advises.
 */
function coachIfAble(text: string): CoachResult {
  try {
    return coachMessage(text, { language: locale });
  } catch {
    return { flags: [], suggestion: null };
  }
}

/** The coach's result with the text it was about (the box may have changed since). */
export type CoachNotes = CoachResult & { text: string };
