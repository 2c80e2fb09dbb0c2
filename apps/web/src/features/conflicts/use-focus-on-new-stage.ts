import { useEffect, useRef, type RefObject } from 'react';
import type { ConflictTopic } from '@tandem/shared';

/**
 * Where a topic stands for me, as one value: a break, the step, whether my side is in. A new
 * value means the screen changed under the person (a break began or ended, the sides were
 * revealed) — by my own action or my partner's.
 */
export function topicStage(topic: ConflictTopic, myId: string): string {
  const mine = topic.perspectives.some((side) => side.userId === myId);
  return `${topic.pause ? 'paused' : 'open'}:${topic.phase}:${mine ? 'written' : 'writing'}`;
}

/**
 * When the stage changes and the control that had focus has gone with it (the button just
 * pressed, say), carries on from the heading marked `data-resolve-focus` — where things now
 * stand — rather than from the top of the page. Focus is never taken from a control that is
 * still there: a partner's change must not pull someone out of what they are writing.
 */
export function useFocusOnNewStage(
  screen: RefObject<HTMLElement | null>,
  stage: string | undefined,
): void {
  const shown = useRef(stage);
  useEffect(() => {
    const before = shown.current;
    shown.current = stage;
    if (before === undefined || stage === undefined || before === stage) return;
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    screen.current?.querySelector<HTMLElement>('[data-resolve-focus]')?.focus();
  }, [screen, stage]);
}
