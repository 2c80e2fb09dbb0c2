import type { Ref } from 'react';
import type { Decision } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { ButtonLink } from '../../ui/button-link';
import { choiceHeadline, concessionSentences } from './choice-words';
import type { People } from './people';
import { openAgainPath } from './recommendation-section';

interface ChoiceSectionProps {
  spaceId: string;
  decision: Decision;
  people: People;
  timeZone: string;
  today: string;
  /** Given when the choice has just been recorded, for focus to land on. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}

/** What we chose and why, who recorded it, how it landed for each of us, and the review day. */
export function ChoiceSection({
  spaceId,
  decision,
  people,
  timeZone,
  today,
  headingRef,
}: ChoiceSectionProps) {
  const choice = decision.choice;
  if (!choice) return null;
  const date = format.date(choice.decidedAt, timeZone);
  const landed = concessionSentences(choice, people);
  return (
    <section className="card section decision-choice" aria-labelledby="choice-title">
      <h2 id="choice-title" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {t('decide.choice.title')}
      </h2>
      <p className="decision-choice__headline">{choiceHeadline(decision)}</p>
      {choice.why ? (
        <dl className="details-list">
          <div>
            <dt>{t('decide.choice.why')}</dt>
            <dd>{choice.why}</dd>
          </div>
        </dl>
      ) : null}
      <p className="muted">
        {choice.decidedBy === people.myId
          ? t('decide.choice.recordedByMe', { date })
          : t('decide.choice.recordedBy', { name: people.nameOf(choice.decidedBy), date })}
        {choice.reviewOn && choice.reviewOn > today
          ? ` ${t('decide.choice.reviewOn', { day: format.day(choice.reviewOn) })}`
          : null}
      </p>
      {landed.length > 0 ? (
        <>
          <h3>{t('decide.choice.landed')}</h3>
          <ul className="decision-choice__landed">
            {landed.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      ) : null}
      {choice.optionId === null ? (
        <ButtonLink variant="secondary" to={openAgainPath(spaceId, decision.question)}>
          {t('decide.rec.openAgain')}
        </ButtonLink>
      ) : null}
    </section>
  );
}
