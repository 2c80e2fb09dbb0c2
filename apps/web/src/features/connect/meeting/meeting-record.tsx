import type { Meeting } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { actionMeta } from './action-words';
import type { MeetingViewer } from './meeting-viewer';
import { nameOrYou } from './meeting-words';

interface MeetingRecordProps {
  meeting: Meeting;
  viewer: MeetingViewer;
  today: string;
}

function Nothing() {
  return <p className="muted">{t('connect.meeting.earlier.nothing')}</p>;
}

/** Personal notes (appreciations, needs), each under its writer's name. */
function ByPerson({ notes, viewer }: { notes: Meeting['needs']; viewer: MeetingViewer }) {
  const written = notes.filter((note) => note.text.trim() !== '');
  if (written.length === 0) return <Nothing />;
  return (
    <dl className="details-list">
      {written.map((note) => (
        <div key={note.userId}>
          <dt>{nameOrYou(viewer.members, viewer.myId, note.userId)}</dt>
          <dd>{note.text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One ended meeting as it was kept: in the order of its steps. */
export function MeetingRecord({ meeting, viewer, today }: MeetingRecordProps) {
  return (
    <div className="meeting-record">
      <h3>{t('connect.meeting.step.appreciations')}</h3>
      <ByPerson notes={meeting.appreciations} viewer={viewer} />
      <h3>{t('connect.meeting.step.went_well')}</h3>
      {meeting.wentWell.trim() === '' ? (
        <Nothing />
      ) : (
        <p className="meeting-record__text">{meeting.wentWell}</p>
      )}
      <h3>{t('connect.meeting.step.topics')}</h3>
      {meeting.topics.length === 0 ? (
        <Nothing />
      ) : (
        <dl className="details-list">
          {meeting.topics.map((topic) => (
            <div key={topic.id}>
              <dt>{topic.text}</dt>
              <dd>
                {topic.note.trim() === '' ? t('connect.meeting.earlier.nothing') : topic.note}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t('connect.meeting.step.actions')}</h3>
      {meeting.actions.length === 0 ? (
        <Nothing />
      ) : (
        <ul className="meeting-record__actions">
          {meeting.actions.map((action) => (
            <li key={action.id}>
              <span className={action.done ? 'badge' : 'badge badge--quiet'}>
                {action.done
                  ? t('connect.meeting.actions.done')
                  : t('connect.meeting.actions.open')}
              </span>{' '}
              {action.text}
              <span className="muted meeting-record__meta">
                {actionMeta(action, nameOrYou(viewer.members, viewer.myId, action.ownerId), today)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('connect.meeting.step.needs')}</h3>
      <ByPerson notes={meeting.needs} viewer={viewer} />
    </div>
  );
}
