import { useState, type FormEvent } from 'react';
import type { Checkin, CheckinVisibility } from '@tandem/shared';
import { existingIdOf } from '../../lib/api/api-error';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { RadioGroup } from '../../ui/radio-group';
import { TextArea } from '../../ui/text-area';
import { scaleOptions, toScaleValue } from './checkin-scales';
import {
  emptyCheckinValues,
  toCreateBody,
  toUpdateBody,
  valuesFromCheckin,
  type CheckinValues,
} from './checkin-values';
import { useCreateCheckin, useUpdateCheckin } from './use-checkins';

const moodOptions = scaleOptions('mood');
const energyOptions = scaleOptions('energy');
// Listed here rather than imported, so the bundle needs none of the zod contracts; the
// Record type makes a visibility added to the contract a compile error until it is listed.
const visibilityOrder: Record<CheckinVisibility, number> = { shared: 0, private: 1 };
const visibilities = Object.keys(visibilityOrder) as CheckinVisibility[];
const visibilityOptions = visibilities.map((visibility) => ({
  value: visibility,
  label: t(`checkins.visibility.${visibility}`),
  description: t(`checkins.visibility.${visibility}Hint`),
}));

interface CheckinFormProps {
  spaceId: string;
  day: string;
  /** Editing this check-in; without it the form creates one for `day`. */
  checkin?: Checkin | undefined;
  onSaved: (outcome: 'created' | 'updated') => void;
  /** The server already has my check-in for the day: edit that one instead. */
  onAlreadyCheckedIn?: () => void;
  onCancel?: () => void;
}

export function CheckinForm(props: CheckinFormProps) {
  const { spaceId, day, checkin, onSaved, onAlreadyCheckedIn, onCancel } = props;
  const [values, setValues] = useState<CheckinValues>(() =>
    checkin ? valuesFromCheckin(checkin) : emptyCheckinValues,
  );
  const create = useCreateCheckin(spaceId, {
    onSuccess: () => onSaved('created'),
    onError: (failure) => {
      if (existingIdOf(failure)) onAlreadyCheckedIn?.();
    },
  });
  const update = useUpdateCheckin(spaceId, { onSuccess: () => onSaved('updated') });
  const mutation = checkin ? update : create;
  const error = mutation.error;
  const set = (patch: Partial<CheckinValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checkin) {
      update.mutate({ id: checkin.id, body: toUpdateBody(values, checkin) });
      return;
    }
    const body = toCreateBody(values, day);
    if (body) create.mutate(body); // without a mood the required radios stop the submit first
  };

  const energy = toScaleValue(values.energy);
  return (
    <form className="form checkin-form" onSubmit={submit}>
      <FormError
        error={existingIdOf(error) ? null : error}
        fields={['mood', 'energy', 'need', 'appreciation', 'visibility']}
      />
      <RadioGroup
        legend={t('checkins.mood')}
        name="mood"
        layout="scale"
        required
        options={moodOptions}
        value={toScaleValue(values.mood)}
        onChange={(value) => set({ mood: Number(value) })}
        error={fieldError(error, 'mood')}
      />
      <RadioGroup
        legend={t('checkins.energy')}
        hint={t('common.optional')}
        name="energy"
        layout="scale"
        options={energyOptions}
        value={energy}
        onChange={(value) => set({ energy: Number(value) })}
        error={fieldError(error, 'energy')}
        after={
          energy ? (
            <Button
              variant="quiet"
              className="clear-button"
              onClick={() => set({ energy: undefined })}
            >
              {t('checkins.clearEnergy')}
            </Button>
          ) : null
        }
      />
      <TextArea
        label={t('checkins.need')}
        hint={t('common.optionalUpTo', { max: 280 })}
        name="need"
        maxLength={280}
        value={values.need}
        onChange={(event) => set({ need: event.target.value })}
        error={fieldError(error, 'need')}
      />
      <TextArea
        label={t('checkins.appreciation')}
        hint={t('checkins.appreciationHint', { max: 500 })}
        name="appreciation"
        maxLength={500}
        value={values.appreciation}
        onChange={(event) => set({ appreciation: event.target.value })}
        error={fieldError(error, 'appreciation')}
      />
      <RadioGroup<CheckinVisibility>
        legend={t('checkins.visibility')}
        name="visibility"
        layout="list"
        options={visibilityOptions}
        value={values.visibility}
        onChange={(visibility) => set({ visibility })}
        error={fieldError(error, 'visibility')}
      />
      <FormActions
        submitLabel={checkin ? t('checkins.saveChanges') : t('checkins.submit')}
        busy={mutation.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
