import type { Meeting } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { othersNotes } from './meeting-notes';
import type { MeetingViewer } from './meeting-viewer';
import { memberName } from './meeting-words';
import { MeetingNote, type NoteControls } from './note-field';

/** Each writes their own; the others' show as soon as they are saved. */
const PERSONAL_NOTE_MAX = 1000;

interface PersonalStepProps {
  kind: 'appreciation' | 'need';
  meeting: Meeting;
  viewer: MeetingViewer;
  notes: NoteControls;
}

/** Appreciations, and what each needs this week: mine to write, the others' to read. */
export function PersonalStep({ kind, meeting, viewer, notes }: PersonalStepProps) {
  const otherIds = viewer.members
    .filter((member) => member.userId !== viewer.myId)
    .map((member) => member.userId);
  const theirs = othersNotes(
    kind === 'appreciation' ? meeting.appreciations : meeting.needs,
    viewer.myId,
    otherIds,
  );
  const onlyOther = otherIds.length === 1 ? otherIds[0] : undefined;
  const appreciationHint = onlyOther
    ? t('connect.meeting.appreciation.hint', { name: memberName(viewer.members, onlyOther) })
    : t('connect.meeting.appreciation.hintMany');

  return (
    <>
      {kind === 'appreciation' ? (
        <MeetingNote
          noteKey="appreciation"
          notes={notes}
          label={t('connect.meeting.appreciation.label')}
          hint={appreciationHint}
          maxLength={PERSONAL_NOTE_MAX}
          saveLabel={t('connect.meeting.appreciation.save')}
        />
      ) : (
        <MeetingNote
          noteKey="need"
          notes={notes}
          label={t('connect.meeting.need.label')}
          hint={t('connect.meeting.need.hint')}
          maxLength={PERSONAL_NOTE_MAX}
          saveLabel={t('connect.meeting.need.save')}
        />
      )}
      {/* Live: the partner's note is read out as it arrives. */}
      <dl className="details-list meeting-theirs" aria-live="polite">
        {theirs.map(({ userId, text }) => {
          const name = memberName(viewer.members, userId);
          return (
            <div key={userId} className="meeting-theirs__note">
              <dt>
                {kind === 'appreciation'
                  ? t('connect.meeting.appreciation.theirs', { name })
                  : t('connect.meeting.need.theirs', { name })}
              </dt>
              <dd className={text === null ? 'muted' : undefined}>
                {text ?? t('connect.meeting.notes.notYet', { name })}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
