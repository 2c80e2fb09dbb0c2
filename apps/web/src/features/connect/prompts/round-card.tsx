import { useId, type ReactNode } from 'react';
import type { PromptRound } from '@tandem/shared';
import { format, t } from '../../../lib/i18n';
import { cx } from '../../../ui/class-names';
import { answerTiles, type AnswerTile } from './answer-tiles';
import { deckName, depthName, depthOf } from './deck-words';
import type { OwnPrompt } from './prompts-api';
import { roundStatus } from './round-words';

/** Who is looking and who else is in the space, as every round card needs them. */
export interface Viewer {
  myId: string;
  myName: string;
  timeZone: string;
  memberIds: readonly string[];
  nameOf: (userId: string) => string;
}

interface RoundCardProps {
  round: PromptRound;
  viewer: Viewer;
  own: readonly OwnPrompt[];
  /** The current prompt sits under a section heading; an earlier one under its month too. */
  headingLevel: 'h3' | 'h4';
  /** Between the prompt and the answers: my answer's form, on the current prompt. */
  answerArea?: ReactNode;
  /** Leaves my own answer out of the row while the form stands in for it. */
  hideMine?: boolean;
  /** Buttons at the foot of the card; given the id of the prompt's text to point at. */
  actions: (promptTextId: string) => ReactNode;
  className?: string;
}

function TileContent({ tile }: { tile: AnswerTile }) {
  switch (tile.kind) {
    case 'text':
      return <>{tile.text}</>;
    case 'sealed':
      return (
        <span className="prompt-answer__sealed">
          <span aria-hidden="true">🔒 </span>
          {t('connect.prompts.sealed')}
        </span>
      );
    case 'waiting':
      return <span className="muted">{t('connect.prompts.notYet')}</span>;
  }
}

/**
 * One prompt: its deck and depth, the question, who asked it, the answers side by side (sealed
 * until everyone has answered) and where things stand in words.
 */
export function RoundCard(props: RoundCardProps) {
  const { round, viewer, own, headingLevel: Heading, answerArea, hideMine } = props;
  const textId = useId();
  const depth = depthOf(round, own);
  const date = format.date(round.askedAt, viewer.timeZone);
  const tiles = answerTiles(round, viewer.myId, viewer.memberIds).filter(
    (tile) => !(hideMine && tile.userId === viewer.myId),
  );
  const nameOnTile = (userId: string) =>
    userId === viewer.myId
      ? t('connect.prompts.yourName', { name: viewer.myName })
      : viewer.nameOf(userId);

  return (
    <article className={cx('card', 'prompt-round', props.className)} aria-labelledby={textId}>
      <p className="prompt-round__meta">
        {depth
          ? t('connect.prompts.meta', { deck: deckName(round.deck), depth: depthName(depth) })
          : deckName(round.deck)}
      </p>
      <Heading id={textId} className="prompt-round__text">
        {round.text}
      </Heading>
      <p className="muted prompt-round__asked">
        {round.askedBy === viewer.myId
          ? t('connect.prompts.askedByYou', { date })
          : t('connect.prompts.askedBy', { name: viewer.nameOf(round.askedBy), date })}
      </p>
      {answerArea}
      {tiles.length > 0 ? (
        <dl className="prompt-answers" aria-label={t('connect.prompts.answers')}>
          {tiles.map((tile) => (
            <div key={tile.userId} className={`prompt-answer prompt-answer--${tile.kind}`}>
              <dt className="prompt-answer__name">{nameOnTile(tile.userId)}</dt>
              <dd className="prompt-answer__text">
                <TileContent tile={tile} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {/* Live: it changes as the others answer, and says so when the answers are revealed. */}
      <p className="prompt-round__status" aria-live="polite">
        {roundStatus(round, viewer.myId, viewer.nameOf)}
      </p>
      <div className="button-row prompt-round__actions">{props.actions(textId)}</div>
    </article>
  );
}
