import { t } from '../../../lib/i18n';
import { MeetingNote, type NoteControls } from './note-field';

const WENT_WELL_MAX = 2000;

/** What went well this week: one text, written together. */
export function WentWellStep({ notes }: { notes: NoteControls }) {
  return (
    <MeetingNote
      noteKey="wentWell"
      notes={notes}
      label={t('connect.meeting.wentWell.label')}
      hint={t('connect.meeting.wentWell.hint')}
      maxLength={WENT_WELL_MAX}
      saveLabel={t('connect.meeting.wentWell.save')}
    />
  );
}
