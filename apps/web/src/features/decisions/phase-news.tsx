import { useCallback } from 'react';
import type { Decision, DecisionPhase } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { choiceHeadline } from './choice-words';

/** What to say when a decision has moved on to its phase. */
export function phaseNews(decision: Pick<Decision, 'phase' | 'options' | 'choice'>): string {
  switch (decision.phase) {
    case 'scoring':
      return '';
    case 'revealed':
      return t('decide.news.revealed');
    case 'decided':
      return choiceHeadline(decision);
  }
}

/**
 * A live region that says so when everyone has scored or a choice is recorded while the page
 * is open — often by the partner, on their own phone — and nothing for the phase it opened in.
 */
export function PhaseNews({ decision, openedIn }: { decision: Decision; openedIn: DecisionPhase }) {
  return (
    <p className="visually-hidden" role="status">
      {decision.phase === openedIn ? '' : phaseNews(decision)}
    </p>
  );
}

/**
 * A ref for a heading that takes focus when it appears, if focus was lost: the form that had it
 * (my ballot, the choice) went when the decision moved on.
 */
export function useFocusIfLost() {
  return useCallback((node: HTMLElement | null) => {
    if (node && (document.activeElement === document.body || document.activeElement === null)) {
      node.focus({ preventScroll: false });
    }
  }, []);
}
