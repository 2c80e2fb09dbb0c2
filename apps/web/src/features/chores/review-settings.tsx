import { useState } from 'react';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { reviewChoices, reviewIntervalLabel } from './review-words';
import { useReview, useSaveReviewEvery } from './use-fairness';

/** How often to suggest a fresh look at the shares; saved for the whole space as it changes. */
export function ReviewSettings({ spaceId }: { spaceId: string }) {
  const review = useReview(spaceId);
  const save = useSaveReviewEvery(spaceId);
  // The choice shows at once and holds until the server's answer is in.
  const [chosen, setChosen] = useState<number>();
  if (!review.data) return null;

  const { everyMonths, dueOn, lastReviewedOn } = review.data;
  const value = chosen ?? everyMonths;
  // While a new choice saves, the old date would be wrong; once saved, the new date shows.
  let hint: string | undefined;
  if (value > 0 && chosen === undefined && dueOn) {
    hint = t('chores.review.next', { date: format.day(dueOn, true) });
  } else if (value > 0 && !lastReviewedOn) {
    hint = t('chores.review.fromAccept');
  }

  return (
    <div className="review-settings">
      <SelectField
        label={t('chores.review.setting')}
        hint={hint}
        value={String(value)}
        onChange={(event) => {
          const months = Number(event.target.value);
          setChosen(months);
          save.mutate(months, { onSettled: () => setChosen(undefined) });
        }}
      >
        {reviewChoices(everyMonths).map((months) => (
          <option key={months} value={months}>
            {reviewIntervalLabel(months)}
          </option>
        ))}
      </SelectField>
      <FormError error={save.error} />
      {save.isSuccess && chosen === undefined ? (
        <Alert tone="success">{t('chores.review.saved')}</Alert>
      ) : null}
    </div>
  );
}
