import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import type { GoalDraft } from './goal-draft';
import type { GoalVisibility } from './growth-api';

interface GoalFormProps {
  initial: GoalDraft;
  /** A new goal can start with steps; an edit adds them on the goal itself. */
  withSteps: boolean;
  busy: boolean;
  error: unknown;
  /** Called only with a title. */
  onSave: (draft: GoalDraft) => void;
  onCancel: () => void;
}

const formFields = ['title', 'why', 'visibility', 'howToHelp', 'steps'];

/** A goal's words: what, why, who sees it and, when shared, how the others can help. */
export function GoalForm({ initial, withSteps, busy, error, onSave, onCancel }: GoalFormProps) {
  const [draft, setDraft] = useState(initial);
  const [titleMissing, setTitleMissing] = useState(false);
  const change = (next: Partial<GoalDraft>) => setDraft((current) => ({ ...current, ...next }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.title.trim() === '') {
      setTitleMissing(true);
      event.currentTarget.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
      return;
    }
    onSave(draft);
  };

  return (
    <form className="form growth-goal-form" onSubmit={submit} noValidate>
      <FormError error={error} fields={formFields} />
      <TextField
        label={t('growth.form.title')}
        hint={t('growth.form.titleHint')}
        name="title"
        required
        maxLength={120}
        value={draft.title}
        onChange={(event) => {
          change({ title: event.target.value });
          setTitleMissing(false);
        }}
        error={titleMissing ? t('growth.form.titleMissing') : fieldError(error, 'title')}
      />
      <TextArea
        label={t('growth.form.why')}
        name="why"
        maxLength={1000}
        value={draft.why}
        onChange={(event) => change({ why: event.target.value })}
        error={fieldError(error, 'why')}
      />
      <RadioGroup<GoalVisibility>
        legend={t('growth.form.visibility')}
        name="visibility"
        layout="list"
        options={[
          {
            value: 'private',
            label: t('growth.form.private'),
            description: t('growth.form.privateHint'),
          },
          {
            value: 'shared',
            label: t('growth.form.shared'),
            description: t('growth.form.sharedHint'),
          },
        ]}
        value={draft.visibility}
        onChange={(visibility) => change({ visibility })}
        error={fieldError(error, 'visibility')}
      />
      {draft.visibility === 'shared' ? (
        <TextArea
          label={t('growth.form.howToHelp')}
          hint={t('growth.form.howToHelpHint')}
          name="howToHelp"
          maxLength={500}
          value={draft.howToHelp}
          onChange={(event) => change({ howToHelp: event.target.value })}
          error={fieldError(error, 'howToHelp')}
        />
      ) : null}
      {withSteps ? (
        <TextArea
          label={t('growth.form.steps')}
          hint={t('growth.form.stepsHint')}
          name="steps"
          value={draft.steps}
          onChange={(event) => change({ steps: event.target.value })}
          error={fieldError(error, 'steps')}
        />
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {t('growth.form.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('growth.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
