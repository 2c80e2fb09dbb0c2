import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/text-field';
import { decisionQuestionFor } from './follow-through-draft';
import { useFollowThrough } from './use-conflicts';

interface DecisionFollowThroughFormProps {
  spaceId: string;
  topicId: string;
  item: { id: string; text: string };
  onCancel: () => void;
}

/** "Make it a decision": the question to decide together, options and scores to follow there. */
export function DecisionFollowThroughForm({
  spaceId,
  topicId,
  item,
  onCancel,
}: DecisionFollowThroughFormProps) {
  const follow = useFollowThrough(spaceId, topicId, item.id);
  const [question, setQuestion] = useState(() => decisionQuestionFor(item.text));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    follow.mutate({ kind: 'decision', question });
  };

  return (
    <form className="form resolve-follow__form" onSubmit={submit}>
      <FormError error={follow.error} fields={['question']} />
      <TextField
        label={t('resolve.follow.decision.question')}
        hint={t('resolve.follow.decision.hint')}
        autoFocus
        required
        autoComplete="off"
        maxLength={200}
        value={question}
        onChange={(event) => setQuestion(event.target.value)}
        error={fieldError(follow.error, 'question')}
      />
      <FormActions
        submitLabel={t('resolve.follow.decision.submit')}
        busy={follow.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
