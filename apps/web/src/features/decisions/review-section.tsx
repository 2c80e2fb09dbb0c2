import { useState } from 'react';
import type { Decision } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ButtonLink } from '../../ui/button-link';
import { FormError } from '../../ui/form-error';
import { TextArea } from '../../ui/text-area';
import { reviewSentences } from './choice-words';
import type { ReviewBody } from './decisions-api';
import type { People } from './people';
import { openAgainPath } from './recommendation-section';
import { useReviewChoice } from './use-decisions';

const NOTE_MAX = 1000;

interface ReviewSectionProps {
  spaceId: string;
  decision: Decision;
  people: People;
  timeZone: string;
}

/**
 * "Still the right call?", asked on and after the review day: each of us answers (and may
 * change the answer); what the others said is shown too. "Let's revisit" leads to the question
 * opened again.
 */
export function ReviewSection({ spaceId, decision, people, timeZone }: ReviewSectionProps) {
  const review = useReviewChoice(spaceId, decision.id);
  const [note, setNote] = useState('');
  const [sent, setSent] = useState<ReviewBody['verdict']>();
  const choice = decision.choice;
  if (!choice) return null;
  const answers = reviewSentences(choice, people);
  const mine = choice.reviews.find((r) => r.userId === people.myId);

  const answer = (verdict: ReviewBody['verdict']) => {
    setSent(undefined);
    const text = note.trim();
    review.mutateAsync(text ? { verdict, note: text } : { verdict }).then(
      () => {
        setSent(verdict);
        setNote('');
      },
      () => undefined, // shown by FormError
    );
  };

  return (
    <section className="card section decision-review" aria-labelledby="review-title">
      <h2 id="review-title">{t('decide.review.title')}</h2>
      <p>{t('decide.review.lead', { date: format.date(choice.decidedAt, timeZone) })}</p>
      {answers.length > 0 ? (
        <ul className="decision-review__answers">
          {answers.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : null}
      <div className="form">
        <FormError error={review.error} fields={['note']} />
        <TextArea
          label={t('decide.review.note')}
          hint={t('decide.review.noteHint')}
          name="note"
          rows={2}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={fieldError(review.error, 'note')}
        />
        <div className="button-row">
          <Button
            variant={mine?.verdict === 'still_right' ? 'primary' : 'secondary'}
            busy={review.isPending && review.variables.verdict === 'still_right'}
            disabled={review.isPending}
            onClick={() => answer('still_right')}
          >
            {t('decide.review.stillRight')}
          </Button>
          <Button
            variant={mine?.verdict === 'revisit' ? 'primary' : 'secondary'}
            busy={review.isPending && review.variables.verdict === 'revisit'}
            disabled={review.isPending}
            onClick={() => answer('revisit')}
          >
            {t('decide.review.revisit')}
          </Button>
        </div>
        {sent ? <Alert tone="success">{t('decide.review.saved')}</Alert> : null}
      </div>
      {mine?.verdict === 'revisit' ? (
        <div className="decision-review__next">
          <p>{t('decide.review.revisitNext')}</p>
          <ButtonLink variant="secondary" to={openAgainPath(spaceId, decision.question)}>
            {t('decide.review.openAgain')}
          </ButtonLink>
        </div>
      ) : null}
    </section>
  );
}
