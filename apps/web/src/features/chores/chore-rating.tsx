import { useState } from 'react';
import { choreRatings, type ChoreRating as Rating, type Responsibility } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { useRateChore } from './use-chores';

const options = choreRatings.map((value) => ({ value, label: t(`chores.rating.${value}`) }));

/** My own feeling about a responsibility. Nobody else ever sees it; only the share is shown. */
export function ChoreRating({ spaceId, chore }: { spaceId: string; chore: Responsibility }) {
  const rate = useRateChore(spaceId, chore.id);
  // The choice shows at once and holds until the list is back from the server, which then says
  // what is saved (the old rating again, should it have refused).
  const [chosen, setChosen] = useState<Rating>();
  const choose = (rating: Rating) => {
    setChosen(rating);
    rate.mutate(rating, { onSettled: () => setChosen(undefined) });
  };
  return (
    <>
      <RadioGroup
        legend={t('chores.rating.legend', { name: chore.name })}
        name={`rating-${chore.id}`}
        options={options}
        value={chosen ?? chore.myRating ?? undefined}
        onChange={choose}
        layout="inline"
      />
      <FormError error={rate.error} />
    </>
  );
}
