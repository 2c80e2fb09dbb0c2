import type { Ref } from 'react';
import { t } from '../../lib/i18n';
import { TextField } from '../../ui/text-field';
import { endsNextDay, type WhenDraft, type WhenField } from './date-draft';

interface WhenFieldsProps {
  when: WhenDraft;
  onChange: (when: WhenDraft) => void;
  /** Problems found before sending, and the server's about the start and end. */
  problems: Partial<Record<WhenField, string>>;
  startError?: string | undefined;
  endError?: string | undefined;
  dayRef?: Ref<HTMLInputElement>;
}

/** A day and the times from and to: the way a date's time is typed, planned or moved. */
export function WhenFields({
  when,
  onChange,
  problems,
  startError,
  endError,
  dayRef,
}: WhenFieldsProps) {
  const set = (next: Partial<WhenDraft>) => onChange({ ...when, ...next });
  return (
    <div className="dates-when">
      <TextField
        ref={dayRef}
        label={t('dates.form.day')}
        type="date"
        required
        value={when.day}
        onChange={(event) => set({ day: event.target.value })}
        error={problems.day ?? startError}
      />
      <TextField
        label={t('dates.form.from')}
        type="time"
        required
        value={when.from}
        onChange={(event) => set({ from: event.target.value })}
        error={problems.from}
      />
      <TextField
        label={t('dates.form.to')}
        hint={endsNextDay(when) ? t('dates.form.nextDay') : undefined}
        type="time"
        required
        value={when.to}
        onChange={(event) => set({ to: event.target.value })}
        error={problems.to ?? endError}
      />
    </div>
  );
}
