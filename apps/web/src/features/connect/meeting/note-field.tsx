import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { TextArea } from '../../../ui/text-area';
import type { NoteKey } from './meeting-notes';

interface NoteFieldProps {
  label: string;
  hint?: string;
  value: string;
  maxLength: number;
  onChange: (text: string) => void;
  onSave: () => void;
  /** What the button says: "Save your appreciation". */
  saveLabel: string;
  /** Points the button at what it saves, when several on a screen say the same. */
  saveDescribedBy?: string;
  saving: boolean;
  /** Saved just now, and not changed since. */
  saved: boolean;
}

/**
 * A note of the meeting with its own "Save": what is typed stays on this screen until saved
 * (or until "Next" or "Back", which save it too), then the others see it.
 */
export function NoteField(props: NoteFieldProps) {
  return (
    <div className="meeting-note">
      <TextArea
        label={props.label}
        hint={props.hint}
        rows={3}
        maxLength={props.maxLength}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <div className="button-row meeting-note__actions">
        <Button
          variant="secondary"
          busy={props.saving}
          aria-describedby={props.saveDescribedBy}
          onClick={props.onSave}
        >
          {props.saveLabel}
        </Button>
        {props.saved ? (
          <p className="meeting-note__saved" role="status">
            {t('connect.meeting.notes.saved')}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** What the walk offers each note: its text (typed or saved), and saving it. */
export interface NoteControls {
  value: (key: NoteKey) => string;
  change: (key: NoteKey, text: string) => void;
  save: (key: NoteKey) => void;
  saving: (key: NoteKey) => boolean;
  saved: (key: NoteKey) => boolean;
}

interface MeetingNoteProps {
  noteKey: NoteKey;
  notes: NoteControls;
  label: string;
  hint?: string;
  maxLength: number;
  saveLabel: string;
  saveDescribedBy?: string;
}

/** A note of the meeting, wired to the walk's drafts. */
export function MeetingNote({ noteKey, notes, ...field }: MeetingNoteProps) {
  return (
    <NoteField
      {...field}
      value={notes.value(noteKey)}
      onChange={(text) => notes.change(noteKey, text)}
      onSave={() => notes.save(noteKey)}
      saving={notes.saving(noteKey)}
      saved={notes.saved(noteKey)}
    />
  );
}
