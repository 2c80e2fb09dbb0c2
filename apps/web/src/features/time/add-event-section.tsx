import { useRef, useState } from 'react';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { EventForm } from './event-form';
import type { TimeContext } from './time-context';

/** "Add an event": one tap, and the title field is ready to type in. */
export function AddEventSection({ context, day }: { context: TimeContext; day: string }) {
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<{ message: string; key: number }>();
  const addButton = useRef<HTMLButtonElement>(null);
  const backToButton = () => requestAnimationFrame(() => addButton.current?.focus());

  return (
    <div className="time-add">
      {adding ? (
        <section className="card" aria-labelledby="time-add-title">
          <h3 id="time-add-title">{t('time.add.title')}</h3>
          <EventForm
            context={context}
            day={day}
            label={t('time.add.title')}
            onSaved={(message) => {
              setAdding(false);
              setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
              backToButton();
            }}
            onCancel={() => {
              setAdding(false);
              backToButton();
            }}
          />
        </section>
      ) : (
        <Button
          ref={addButton}
          className="time-add__open"
          onClick={() => {
            setStatus(undefined);
            setAdding(true);
          }}
        >
          {t('time.add.open')}
        </Button>
      )}
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
    </div>
  );
}
