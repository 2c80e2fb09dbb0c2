import { useState, type FormEvent } from 'react';
import type { Decision } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { labelOf } from './decision-words';
import { useRecordChoice } from './use-decisions';

const WHY_MAX = 2000;
/** "None of these yet" among the options' ids, which are UUIDs. */
const NONE = 'none';

/**
 * What we chose (the recommendation is picked to start with, but any option or none will do),
 * why, and a day to ask "still the right call?".
 */
export function ChoiceForm({ spaceId, decision }: { spaceId: string; decision: Decision }) {
  const record = useRecordChoice(spaceId, decision.id);
  const recommended = decision.recommendation?.recommended ?? undefined;
  // With nothing recommended, "none of these yet" to start with: nothing is forced.
  const [chosen, setChosen] = useState<string>(recommended ?? NONE);
  const [why, setWhy] = useState('');
  const [reviewOn, setReviewOn] = useState('');

  const options = [
    ...decision.options.map((option) => ({
      value: option.id,
      label: labelOf(option),
      ...(option.id === recommended ? { description: t('decide.choose.recommended') } : {}),
    })),
    { value: NONE, label: t('decide.choose.none'), description: t('decide.choose.noneHint') },
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate({
      optionId: chosen === NONE ? null : chosen,
      why: why.trim(),
      reviewOn: reviewOn === '' ? null : reviewOn,
    });
  };

  return (
    <section className="card section" aria-labelledby="choice-form-title">
      <h2 id="choice-form-title">{t('decide.choose.title')}</h2>
      <p className="muted">{t('decide.choose.lead')}</p>
      <form className="form" onSubmit={submit} aria-labelledby="choice-form-title">
        <FormError error={record.error} fields={['optionId', 'why', 'reviewOn']} />
        <RadioGroup<string>
          legend={t('decide.choose.what')}
          name="optionId"
          layout="list"
          required
          options={options}
          value={chosen}
          onChange={setChosen}
          error={fieldError(record.error, 'optionId')}
        />
        <TextArea
          label={t('decide.choose.why')}
          hint={t('decide.choose.whyHint')}
          name="why"
          maxLength={WHY_MAX}
          value={why}
          onChange={(event) => setWhy(event.target.value)}
          error={fieldError(record.error, 'why')}
        />
        <TextField
          label={t('decide.choose.reviewOn')}
          hint={t('decide.choose.reviewHint')}
          name="reviewOn"
          type="date"
          value={reviewOn}
          onChange={(event) => setReviewOn(event.target.value)}
          error={fieldError(record.error, 'reviewOn')}
        />
        <FormActions submitLabel={t('decide.choose.submit')} busy={record.isPending} />
      </form>
    </section>
  );
}
