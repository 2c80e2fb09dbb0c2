import type { PromptRound } from '@tandem/shared';
import { errorMessage } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { useKeepPrompt } from './use-prompts';

interface KeepToggleProps {
  spaceId: string;
  round: PromptRound;
  /** The id of the prompt's text, so the button says which prompt it keeps. */
  promptTextId: string;
}

/** "Keep for later": my own bookmark on a prompt, a star that is on or off. */
export function KeepToggle({ spaceId, round, promptTextId }: KeepToggleProps) {
  const keep = useKeepPrompt(spaceId, round.id);
  // While the request runs, show the state asked for, not the one it is leaving.
  const kept = keep.isPending && keep.variables !== undefined ? keep.variables : round.favourite;
  return (
    <>
      <Button
        variant="quiet"
        className="prompt-keep"
        aria-pressed={kept}
        aria-describedby={promptTextId}
        busy={keep.isPending}
        onClick={() => keep.mutate(!kept)}
      >
        <span className="prompt-keep__star" aria-hidden="true">
          {kept ? '★' : '☆'}
        </span>
        {t('connect.prompts.keep')}
      </Button>
      {keep.error ? <Alert tone="error">{errorMessage(keep.error)}</Alert> : null}
    </>
  );
}
