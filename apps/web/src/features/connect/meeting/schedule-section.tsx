import { useRef, useState } from 'react';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import type { MeetingSettings } from './meeting-api';
import { ScheduleForm } from './schedule-form';
import { scheduleLine } from './schedule-words';

interface ScheduleSectionProps {
  spaceId: string;
  settings: MeetingSettings;
  timeZone: string;
}

/** "When you meet": the weekly time and when it next comes round; either of us may change it. */
export function ScheduleSection({ spaceId, settings, timeZone }: ScheduleSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  // Keyed by a counter, so saving twice in a row is announced twice.
  const [saved, setSaved] = useState(0);
  const line = scheduleLine(settings, timeZone);

  return (
    <section className="section" aria-labelledby="meeting-when-title">
      <h2 id="meeting-when-title" ref={heading} tabIndex={-1}>
        {t('connect.meeting.when.title')}
      </h2>
      {saved > 0 ? (
        <Alert key={saved} tone="success" className="notice">
          {t('connect.meeting.when.saved')}
        </Alert>
      ) : null}
      {line ? (
        <>
          <p className="meeting-when__line">{line}</p>
          <p className="muted meeting-when__reminder">{t('connect.meeting.when.reminder')}</p>
        </>
      ) : (
        <p className="muted">{t('connect.meeting.when.none')}</p>
      )}
      {editing || !line ? (
        <ScheduleForm
          spaceId={spaceId}
          settings={settings}
          timeZone={timeZone}
          onSaved={() => {
            setEditing(false);
            setSaved((count) => count + 1);
            heading.current?.focus();
          }}
          onCancel={
            line
              ? () => {
                  setEditing(false);
                  requestAnimationFrame(() => changeButton.current?.focus());
                }
              : undefined
          }
        />
      ) : (
        <div className="button-row">
          <Button
            ref={changeButton}
            variant="secondary"
            onClick={() => {
              setSaved(0);
              setEditing(true);
            }}
          >
            {t('connect.meeting.when.change')}
          </Button>
        </div>
      )}
    </section>
  );
}
