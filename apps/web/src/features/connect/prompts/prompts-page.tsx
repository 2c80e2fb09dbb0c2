import { useState } from 'react';
import type { PromptRound } from '@tandem/shared';
import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { Page } from '../../../ui/page';
import { useSignedInMe } from '../../auth/me-context';
import { useCurrentSpace } from '../../spaces/space-context';
import { useMembers } from '../../spaces/use-spaces';
import { ConnectNav } from '../connect-nav';
import { AskSection } from './ask-section';
import { CurrentPromptSection } from './current-prompt-section';
import { deckName } from './deck-words';
import { EarlierSection } from './earlier-section';
import { OwnPromptsSection } from './own-prompts-section';
import type { Viewer } from './round-card';
import { splitRounds } from './round-list';
import { useOwnPrompts, usePromptDecks, usePromptRounds } from './use-prompts';

/** The prompt this screen brought to the card, and each time it did so (for focus). */
interface Chosen {
  id: string;
  request: number;
  notice: string | undefined;
}

/**
 * "Prompts": a question from a deck, answered by each of us alone and revealed to both once
 * both have answered; the earlier ones with their answers; and questions of our own.
 */
export function PromptsPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const decks = usePromptDecks(space.id);
  const rounds = usePromptRounds(space.id);
  const own = useOwnPrompts(space.id);
  const members = useMembers(space.id);
  const [chosen, setChosen] = useState<Chosen>();

  const choose = (round: Pick<PromptRound, 'id'>, notice?: string) =>
    setChosen((current) => ({ id: round.id, request: (current?.request ?? 0) + 1, notice }));
  // The first prompt shown stays on the card while the page is open: one the partner asks
  // meanwhile joins the list below rather than swapping the card (and focus) away under us.
  const newest = rounds.data?.items[0];
  if (!chosen && newest) setChosen({ id: newest.id, request: 0, notice: undefined });

  const error = decks.error ?? rounds.error ?? own.error ?? members.error;
  const retry = () => {
    void decks.refetch();
    void rounds.refetch();
    void own.refetch();
    void members.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!decks.data || !rounds.data || !own.data || !members.data) {
    content = <Loading />;
  } else {
    const people = members.data.items;
    const viewer: Viewer = {
      myId: me.id,
      myName: me.displayName,
      timeZone: me.timeZone,
      memberIds: people.map((member) => member.userId),
      nameOf: (userId) =>
        people.find((member) => member.userId === userId)?.displayName ??
        t('connect.prompts.formerMember'),
    };
    const { current, earlier } = splitRounds(rounds.data.items, chosen?.id);
    const chosenNow = current !== undefined && chosen?.id === current.id ? chosen : undefined;
    content = (
      <>
        {current ? (
          <CurrentPromptSection
            key={current.id}
            spaceId={space.id}
            round={current}
            viewer={viewer}
            own={own.data.items}
            focusRequest={chosenNow?.request ?? 0}
            notice={chosenNow?.notice}
          />
        ) : null}
        <AskSection
          spaceId={space.id}
          decks={decks.data.items}
          rounds={rounds.data.items}
          first={!current}
          onAsked={(round, stillOpen) =>
            choose(
              round,
              stillOpen
                ? t('connect.prompts.ask.stillOpen', { deck: deckName(round.deck) })
                : undefined,
            )
          }
        />
        <EarlierSection
          spaceId={space.id}
          rounds={earlier}
          viewer={viewer}
          own={own.data.items}
          onAnswer={(roundId) => choose({ id: roundId })}
        />
        <OwnPromptsSection spaceId={space.id} own={own.data.items} nameOf={viewer.nameOf} />
      </>
    );
  }

  return (
    <Page
      title={t('connect.prompts.title')}
      documentTitle={t('common.inSpace', { page: t('connect.prompts.title'), space: space.name })}
      lead={t('connect.prompts.lead')}
      actions={<ConnectNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
