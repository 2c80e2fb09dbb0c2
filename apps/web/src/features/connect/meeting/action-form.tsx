import { useId, useState, type FormEvent } from 'react';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { FormError } from '../../../ui/form-error';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { actionBody, type ActionForm as Values, type ActionProblems } from './action-words';
import { focusField } from './focus-field';
import type { MeetingViewer } from './meeting-viewer';
import { useAddAction } from './use-meeting';

const ACTION_MAX = 200;
const empty: Values = { text: '', ownerId: '', dueOn: '' };

interface ActionFormProps {
  spaceId: string;
  meetingId: string;
  viewer: MeetingViewer;
}

/** "Agree an action": what, who, and by when if there is a day. */
export function ActionForm({ spaceId, meetingId, viewer }: ActionFormProps) {
  const add = useAddAction(spaceId, meetingId);
  const titleId = useId();
  const [values, setValues] = useState<Values>(empty);
  const [problems, setProblems] = useState<ActionProblems>({});
  // Keyed by a counter, so two actions in a row are both announced.
  const [added, setAdded] = useState<{ text: string; key: number }>();

  const change = (field: keyof Values, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems({});
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = actionBody(values);
    if ('problems' in result) {
      setProblems(result.problems);
      focusField(event.currentTarget, result.problems.text ? 'text' : 'ownerId');
      return;
    }
    add.mutateAsync(result.body).then(
      () => {
        // Only what was sent: a next action typed while this one was on its way stays.
        setValues((current) => (current.text.trim() === result.body.text ? empty : current));
        setAdded((current) => ({ text: result.body.text, key: (current?.key ?? 0) + 1 }));
      },
      () => undefined, // shown by FormError and next to the fields
    );
  };

  return (
    <form
      className="form meeting-action-form"
      onSubmit={submit}
      aria-labelledby={titleId}
      noValidate
    >
      <h4 id={titleId}>{t('connect.meeting.actions.form')}</h4>
      {added ? (
        <Alert key={added.key} tone="success">
          {t('connect.meeting.actions.added', { text: added.text })}
        </Alert>
      ) : null}
      <FormError error={add.error} fields={['text', 'ownerId', 'dueOn']} />
      <TextField
        label={t('connect.meeting.actions.what')}
        hint={t('connect.meeting.actions.whatHint')}
        name="text"
        autoComplete="off"
        required
        maxLength={ACTION_MAX}
        value={values.text}
        onChange={(event) => change('text', event.target.value)}
        error={problems.text ?? fieldError(add.error, 'text')}
      />
      <SelectField
        label={t('connect.meeting.actions.who')}
        name="ownerId"
        required
        value={values.ownerId}
        onChange={(event) => change('ownerId', event.target.value)}
        error={problems.ownerId ?? fieldError(add.error, 'ownerId')}
      >
        <option value="">{t('connect.meeting.actions.whoChoose')}</option>
        {viewer.members.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.userId === viewer.myId
              ? t('connect.meeting.yourName', { name: member.displayName })
              : member.displayName}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('connect.meeting.actions.by')}
        hint={t('common.optional')}
        name="dueOn"
        type="date"
        value={values.dueOn}
        onChange={(event) => change('dueOn', event.target.value)}
        error={fieldError(add.error, 'dueOn')}
      />
      <Button type="submit" busy={add.isPending} className="meeting-action-form__submit">
        {t('connect.meeting.actions.add')}
      </Button>
    </form>
  );
}
