import type { Meeting } from '@tandem/shared';
import { todayIn } from '../../../lib/dates';
import { t } from '../../../lib/i18n';
import { MeetingRecord } from './meeting-record';
import type { MeetingViewer } from './meeting-viewer';
import { meetingDay } from './meeting-words';

interface EarlierSectionProps {
  /** Ended meetings, newest first. */
  meetings: readonly Meeting[];
  viewer: MeetingViewer;
}

/** "Earlier meetings": each by its date, folded away, with its notes, topics and actions. */
export function EarlierSection({ meetings, viewer }: EarlierSectionProps) {
  const today = todayIn(viewer.timeZone);
  return (
    <section className="section" aria-labelledby="meeting-earlier-title">
      <h2 id="meeting-earlier-title">{t('connect.meeting.earlier.title')}</h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('connect.meeting.earlier.empty')}</p>
      ) : (
        <ul className="item-list">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="card meeting-earlier">
              <details>
                <summary>
                  {t('connect.meeting.earlier.meeting', {
                    date: meetingDay(meeting.startedAt, viewer.timeZone, today),
                  })}
                </summary>
                <MeetingRecord meeting={meeting} viewer={viewer} today={today} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
