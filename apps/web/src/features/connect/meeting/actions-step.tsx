import type { Meeting } from '@tandem/shared';
import { todayIn } from '../../../lib/dates';
import { t } from '../../../lib/i18n';
import { ActionCheck } from './action-check';
import { ActionForm } from './action-form';
import { actionsInOrder } from './action-words';
import type { MeetingViewer } from './meeting-viewer';

interface ActionsStepProps {
  spaceId: string;
  meeting: Meeting;
  viewer: MeetingViewer;
}

/**
 * Actions: first a look at what is still open from earlier meetings (ticked off when done),
 * then what this meeting agrees.
 */
export function ActionsStep({ spaceId, meeting, viewer }: ActionsStepProps) {
  const today = todayIn(viewer.timeZone);
  return (
    <div className="meeting-actions">
      <h4>{t('connect.meeting.actions.carried')}</h4>
      {meeting.carriedOver.length === 0 ? (
        <p className="muted">{t('connect.meeting.actions.carriedNone')}</p>
      ) : (
        <>
          <p className="muted">{t('connect.meeting.actions.carriedLead')}</p>
          <ul className="meeting-action-list">
            {actionsInOrder(meeting.carriedOver).map((action) => (
              <li key={action.id}>
                <ActionCheck spaceId={spaceId} action={action} viewer={viewer} today={today} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('connect.meeting.actions.agreed')}</h4>
      {meeting.actions.length === 0 ? (
        <p className="muted">{t('connect.meeting.actions.agreedNone')}</p>
      ) : (
        <ul className="meeting-action-list">
          {meeting.actions.map((action) => (
            <li key={action.id}>
              <ActionCheck spaceId={spaceId} action={action} viewer={viewer} today={today} />
            </li>
          ))}
        </ul>
      )}
      <ActionForm spaceId={spaceId} meetingId={meeting.id} viewer={viewer} />
    </div>
  );
}
