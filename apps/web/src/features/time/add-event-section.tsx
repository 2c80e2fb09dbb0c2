import { t } from '../../lib/i18n';
import { AddSection } from '../../ui/add-section';
import { EventForm } from './event-form';
import type { TimeContext } from './time-context';

/** "Add an event": one tap, and the title field is ready to type in. */
export function AddEventSection({ context, day }: { context: TimeContext; day: string }) {
  return (
    <AddSection
      className="time-add"
      level={3}
      openLabel={t('time.add.open')}
      title={t('time.add.title')}
      form={({ saved, cancel }) => (
        <EventForm
          context={context}
          day={day}
          label={t('time.add.title')}
          onSaved={saved}
          onCancel={cancel}
        />
      )}
    />
  );
}
