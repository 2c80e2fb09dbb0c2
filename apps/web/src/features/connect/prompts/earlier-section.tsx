import { useState } from 'react';
import type { PromptRound } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { RadioGroup } from '../../../ui/radio-group';
import { KeepToggle } from './keep-toggle';
import type { OwnPrompt } from './prompts-api';
import { RoundCard, type Viewer } from './round-card';
import { filterRounds, groupByMonth, roundFilters, type RoundFilter } from './round-list';
import { monthInWords } from './round-words';

const filterOptions = roundFilters.map((filter) => ({
  value: filter,
  label: t(`connect.prompts.earlier.filter.${filter}`),
}));

interface EarlierSectionProps {
  spaceId: string;
  rounds: readonly PromptRound[];
  viewer: Viewer;
  own: readonly OwnPrompt[];
  /** Brings a prompt I have not answered yet up to the current card. */
  onAnswer: (roundId: string) => void;
}

/** "Earlier prompts" by month, with their answers, and the ones I kept for later. */
export function EarlierSection({ spaceId, rounds, viewer, own, onAnswer }: EarlierSectionProps) {
  const [filter, setFilter] = useState<RoundFilter>('all');
  const shown = filterRounds(rounds, filter);

  return (
    <section className="section" aria-labelledby="earlier-prompts-title">
      <h2 id="earlier-prompts-title">{t('connect.prompts.earlier.title')}</h2>
      {rounds.length > 0 ? (
        <RadioGroup<RoundFilter>
          legend={t('connect.prompts.earlier.show')}
          name="earlier-filter"
          layout="inline"
          options={filterOptions}
          value={filter}
          onChange={setFilter}
        />
      ) : null}
      {shown.length === 0 ? (
        <p className="muted prompt-earlier__empty">
          {filter === 'kept' && rounds.length > 0
            ? t('connect.prompts.earlier.noneKept')
            : t('connect.prompts.earlier.empty')}
        </p>
      ) : (
        groupByMonth(shown, viewer.timeZone).map(({ month, rounds: inMonth }) => (
          <div key={month} className="prompt-month">
            <h3>{monthInWords(month)}</h3>
            <ul className="item-list">
              {inMonth.map((round) => (
                <li key={round.id}>
                  <RoundCard
                    round={round}
                    viewer={viewer}
                    own={own}
                    headingLevel="h4"
                    actions={(promptTextId) => (
                      <>
                        {round.answers.every((answer) => answer.userId !== viewer.myId) &&
                        round.capabilities.canAnswer ? (
                          <Button
                            variant="secondary"
                            aria-describedby={promptTextId}
                            onClick={() => onAnswer(round.id)}
                          >
                            {t('connect.prompts.earlier.answerNow')}
                          </Button>
                        ) : null}
                        <KeepToggle spaceId={spaceId} round={round} promptTextId={promptTextId} />
                      </>
                    )}
                  />
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
