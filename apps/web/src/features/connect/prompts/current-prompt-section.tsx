import { useEffect, useId, useRef, useState } from 'react';
import type { PromptRound } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { AnswerForm } from './answer-form';
import { KeepToggle } from './keep-toggle';
import type { OwnPrompt } from './prompts-api';
import { RoundCard, type Viewer } from './round-card';
import { answerHint } from './round-words';

interface CurrentPromptSectionProps {
  spaceId: string;
  round: PromptRound;
  viewer: Viewer;
  own: readonly OwnPrompt[];
  /** Goes up each time this screen brings a prompt here (asked, or picked to answer). */
  focusRequest: number;
  /** Said above the card, e.g. that asking gave back a prompt still open. */
  notice: string | undefined;
}

/** "Current prompt": the question, my answer (its form while I may still write it) and theirs. */
export function CurrentPromptSection(props: CurrentPromptSectionProps) {
  const { spaceId, round, viewer, own, focusRequest, notice } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [ownFocusRequests, setOwnFocusRequests] = useState(0);

  const mine = round.answers.find((answer) => answer.userId === viewer.myId);
  const canAnswer = round.capabilities.canAnswer;
  // The last of the others answered while I was changing mine: it is final now, and the form
  // could only be refused.
  const becameFinal = editing && !canAnswer;

  // Each change of view removes the control that caused it (the form, a button), so focus
  // moves to the heading instead of falling back to the top of the page.
  useEffect(() => {
    if (focusRequest > 0 || ownFocusRequests > 0 || becameFinal) heading.current?.focus();
  }, [focusRequest, ownFocusRequests, becameFinal]);

  const show = (next: { editing: boolean; saved: boolean }) => {
    setEditing(next.editing);
    setSaved(next.saved);
    setOwnFocusRequests((count) => count + 1);
  };

  const showForm = canAnswer && (!mine || editing);
  const hint = answerHint(round, viewer.myId, viewer.nameOf);
  const form = showForm ? (
    <AnswerForm
      spaceId={spaceId}
      round={round}
      initialText={mine?.text ?? ''}
      hint={hint}
      onSaved={() => show({ editing: false, saved: true })}
      onCancel={mine ? () => show({ editing: false, saved: false }) : undefined}
    />
  ) : null;
  const changeable = mine !== undefined && canAnswer && !showForm;
  const hintId = useId();
  const answerArea =
    form ??
    (changeable ? (
      <p className="muted prompt-change-hint" id={hintId}>
        {hint}
      </p>
    ) : null);

  return (
    <section className="section section--first" aria-labelledby="current-prompt-title">
      <h2 id="current-prompt-title" ref={heading} tabIndex={-1}>
        {t('connect.prompts.current.title')}
      </h2>
      {notice ? (
        <Alert tone="info" className="notice">
          {notice}
        </Alert>
      ) : null}
      {becameFinal ? (
        <Alert tone="info" className="notice">
          {t('errors.answer_final')}
        </Alert>
      ) : saved ? (
        <Alert tone="success" className="notice">
          {t('connect.prompts.answer.saved')}
        </Alert>
      ) : null}
      <RoundCard
        round={round}
        viewer={viewer}
        own={own}
        headingLevel="h3"
        className="prompt-round--current"
        answerArea={answerArea}
        hideMine={showForm}
        actions={(promptTextId) => (
          <>
            {changeable ? (
              <Button
                variant="secondary"
                aria-describedby={`${promptTextId} ${hintId}`}
                onClick={() => {
                  setEditing(true);
                  setSaved(false);
                }}
              >
                {t('connect.prompts.answer.change')}
              </Button>
            ) : null}
            <KeepToggle spaceId={spaceId} round={round} promptTextId={promptTextId} />
          </>
        )}
      />
    </section>
  );
}
