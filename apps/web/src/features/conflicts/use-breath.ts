import { useEffect, useState } from 'react';
import { breathAt, type BreathPhase } from './breathing';

/**
 * "In" or "out", following the breathing circle: it switches exactly when the breath turns, by
 * one timer per half breath, from when the screen appeared (as the circle's animation does).
 */
export function useBreath(): BreathPhase {
  const [phase, setPhase] = useState<BreathPhase>('in');
  useEffect(() => {
    const start = performance.now();
    let timer: ReturnType<typeof setTimeout>;
    const follow = () => {
      const now = breathAt(performance.now() - start);
      setPhase(now.phase);
      timer = setTimeout(follow, now.remainingMs + 20);
    };
    timer = setTimeout(follow, breathAt(0).remainingMs + 20);
    return () => clearTimeout(timer);
  }, []);
  return phase;
}
