import { errorMessage } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { ConfirmAction } from '../../ui/confirm-action';
import { useDeleteTopic } from './use-conflicts';

interface RemoveTopicProps {
  spaceId: string;
  topicId: string;
  onRemoved: () => void;
}

/** Removing a topic, for the one who raised it, behind a second step. */
export function RemoveTopic({ spaceId, topicId, onRemoved }: RemoveTopicProps) {
  const remove = useDeleteTopic(spaceId, topicId, onRemoved);
  return (
    <div className="resolve-remove">
      {remove.error ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
      <ConfirmAction
        label={t('resolve.topic.remove')}
        question={t('resolve.topic.removeQuestion')}
        confirmLabel={t('resolve.topic.removeYes')}
        cancelLabel={t('resolve.topic.removeNo')}
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
    </div>
  );
}
