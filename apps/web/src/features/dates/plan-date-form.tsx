import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { DateIdeaView } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { timeZoneChoices } from '../../lib/time-zones';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { describedBy, FieldError } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { errorUnder, shownPaths } from '../money/field-errors';
import { othersOf, type DatesContext } from './dates-context';
import { newPlanDraft, planBody, planProblems, type PlanDraft } from './date-draft';
import { usePlanDate } from './use-dates';
import { WhenFields } from './when-fields';

/** Where the server's field messages are shown; any other is listed above the form. */
const shownFields = ['title', 'start', 'end', 'timeZone', 'place', 'note', 'inviteeIds'];

interface PlanDateFormProps {
  context: DatesContext;
  /** The idea it comes from, which fills in its name and words. */
  idea: DateIdeaView | undefined;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A date to plan: what, when (in my zone unless it is somewhere else), where, and who to invite. */
export function PlanDateForm({ context, idea, onSaved, onCancel }: PlanDateFormProps) {
  const plan = usePlanDate(context.spaceId);
  const others = othersOf(context);
  const [draft, setDraft] = useState<PlanDraft>(() =>
    newPlanDraft(
      { today: context.today, timeZone: context.timeZone, otherIds: others.map((m) => m.userId) },
      idea,
    ),
  );
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  // Opened from a button or an idea far down the page: carry on (and scroll to) its first field.
  useEffect(() => titleInput.current?.focus(), []);
  const zones = useMemo(() => timeZoneChoices(draft.timeZone), [draft.timeZone]);
  const id = useId();
  const whoId = `${id}-who`;

  const problems = tried ? planProblems(draft) : {};
  const set = (next: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...next }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (Object.keys(planProblems(draft)).length > 0) {
      setTried(true);
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const body = planBody(draft, context.timeZone);
    plan.mutateAsync(body).then(
      () => onSaved(t('dates.plan.saved', { title: body.title })),
      () => undefined, // shown by FormError and next to the fields
    );
  };

  const whoError = problems.inviteeIds ?? errorUnder(plan.error, 'inviteeIds');

  return (
    <form
      ref={form}
      className="form dates-form"
      onSubmit={submit}
      aria-labelledby="dates-plan-title"
      noValidate
    >
      <FormError error={plan.error} fields={shownPaths(plan.error, shownFields)} />
      {draft.idea ? (
        <p className="dates-form__idea">
          {t('dates.plan.fromIdea', { title: draft.idea.title })}{' '}
          <Button variant="quiet" onClick={() => set({ idea: null })}>
            {t('dates.plan.leaveIdeaOut')}
          </Button>
        </p>
      ) : null}
      <TextField
        ref={titleInput}
        label={t('dates.form.title')}
        hint={t('dates.form.titleHint')}
        required
        maxLength={120}
        autoComplete="off"
        value={draft.title}
        onChange={(event) => set({ title: event.target.value })}
        error={problems.title ?? fieldError(plan.error, 'title')}
      />
      <WhenFields
        when={draft}
        onChange={({ day, from, to }) => set({ day, from, to })}
        problems={problems}
        startError={fieldError(plan.error, 'start')}
        endError={fieldError(plan.error, 'end')}
      />
      <SelectField
        label={t('dates.form.timeZone')}
        hint={t('dates.form.timeZoneHint')}
        value={draft.timeZone}
        onChange={(event) => set({ timeZone: event.target.value })}
        error={fieldError(plan.error, 'timeZone')}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('dates.form.place')}
        hint={t('common.optional')}
        maxLength={200}
        value={draft.place}
        onChange={(event) => set({ place: event.target.value })}
        error={fieldError(plan.error, 'place')}
      />
      <TextArea
        label={t('dates.form.note')}
        hint={t('common.optionalUpTo', { max: 1000 })}
        maxLength={1000}
        value={draft.note}
        onChange={(event) => set({ note: event.target.value })}
        error={fieldError(plan.error, 'note')}
      />
      <fieldset
        className="dates-form__who"
        aria-describedby={describedBy(whoId, undefined, whoError)}
        aria-invalid={whoError ? true : undefined}
      >
        <legend className="field__label">{t('dates.form.who')}</legend>
        {others.map((member) => (
          <Checkbox
            key={member.userId}
            label={member.displayName}
            checked={draft.inviteeIds.includes(member.userId)}
            onChange={(event) =>
              set({
                inviteeIds: others
                  .map((other) => other.userId)
                  .filter((userId) =>
                    userId === member.userId
                      ? event.target.checked
                      : draft.inviteeIds.includes(userId),
                  ),
              })
            }
          />
        ))}
        <FieldError id={whoId} error={whoError} />
      </fieldset>
      <FormActions submitLabel={t('dates.plan.save')} busy={plan.isPending} onCancel={onCancel} />
    </form>
  );
}
