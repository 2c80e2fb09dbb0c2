import { useEffect, useRef } from 'react';
import type { Meeting } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { FormError } from '../../../ui/form-error';
import type { MeetingViewer } from './meeting-viewer';
import { underWayLine } from './meeting-words';
import { useStartMeeting } from './use-meeting';

interface StartSectionProps {
  spaceId: string;
  /** The meeting under way, if any. */
  current: Meeting | undefined;
  viewer: MeetingViewer;
  /** The meeting this screen had open has just ended, here or on the other screen. */
  ended: boolean;
  /** Goes up each time the meeting is left for now, to carry on from here. */
  focusRequest: number;
  onOpen: (meetingId: string) => void;
}

/** "This week's meeting": start it, or continue the one under way. */
export function StartSection(props: StartSectionProps) {
  const { spaceId, current, viewer, ended, focusRequest, onOpen } = props;
  const start = useStartMeeting(spaceId);
  const heading = useRef<HTMLHeadingElement>(null);

  // The walk that had the focus is gone: carry on from this heading.
  useEffect(() => {
    if (focusRequest > 0 || ended) heading.current?.focus();
  }, [focusRequest, ended]);

  return (
    <section
      className="section section--first card meeting-start"
      aria-labelledby="meeting-start-title"
    >
      <h2 id="meeting-start-title" ref={heading} tabIndex={-1}>
        {t('connect.meeting.start.title')}
      </h2>
      {ended && !current ? (
        <Alert tone="success" className="notice">
          {t('connect.meeting.start.ended')}
        </Alert>
      ) : null}
      {current ? (
        <>
          <p>{underWayLine(current, viewer.members, viewer.myId, viewer.timeZone)}</p>
          <div className="button-row">
            <Button onClick={() => onOpen(current.id)}>
              {t('connect.meeting.start.continue')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>{t('connect.meeting.start.lead')}</p>
          <FormError error={start.error} />
          <div className="button-row">
            <Button
              busy={start.isPending}
              onClick={() => {
                start.mutateAsync().then(
                  (meeting) => onOpen(meeting.id),
                  () => undefined, // shown by FormError
                );
              }}
            >
              {t('connect.meeting.start.submit')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
