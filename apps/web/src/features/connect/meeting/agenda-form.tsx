import { useState, type FormEvent } from 'react';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { FormError } from '../../../ui/form-error';
import { TextField } from '../../../ui/text-field';
import { focusField } from './focus-field';
import { useAddAgendaTopic } from './use-meeting';

const AGENDA_TOPIC_MAX = 200;

/** One topic for the next meeting; the field empties for the next one. */
export function AgendaForm({
  spaceId,
  onAdded,
}: {
  spaceId: string;
  onAdded: (text: string) => void;
}) {
  const add = useAddAgendaTopic(spaceId);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const topic = text.trim();
    if (topic === '') {
      setMissing(true);
      focusField(event.currentTarget, 'text');
      return;
    }
    add.mutateAsync(topic).then(
      () => {
        // Only what was sent: a next topic typed while this one was on its way stays.
        setText((current) => (current.trim() === topic ? '' : current));
        onAdded(topic);
      },
      () => undefined, // shown by FormError and next to the field
    );
  };

  return (
    <form
      className="form meeting-agenda-form"
      onSubmit={submit}
      aria-label={t('connect.meeting.agenda.add')}
      noValidate
    >
      <FormError error={add.error} fields={['text']} />
      <TextField
        label={t('connect.meeting.agenda.topic')}
        hint={t('connect.meeting.agenda.topicHint')}
        name="text"
        autoComplete="off"
        required
        maxLength={AGENDA_TOPIC_MAX}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setMissing(false);
        }}
        error={missing ? t('connect.meeting.agenda.topicMissing') : fieldError(add.error, 'text')}
      />
      <Button
        type="submit"
        variant="secondary"
        busy={add.isPending}
        className="meeting-agenda-form__submit"
      >
        {t('connect.meeting.agenda.add')}
      </Button>
    </form>
  );
}
