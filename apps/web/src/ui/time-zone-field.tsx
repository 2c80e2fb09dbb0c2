import { useMemo } from 'react';
import { t } from '../lib/i18n';
import { timeZoneChoices } from '../lib/time-zones';
import { SelectField } from './select-field';

interface TimeZoneFieldProps {
  value: string;
  onChange: (timeZone: string) => void;
  error?: string | undefined;
}

/** "Time zone": every IANA zone the browser knows, the current one always included. */
export function TimeZoneField({ value, onChange, error }: TimeZoneFieldProps) {
  const zones = useMemo(() => timeZoneChoices(value), [value]);
  return (
    <SelectField
      label={t('auth.timeZone')}
      hint={t('auth.timeZoneHint')}
      name="timeZone"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </SelectField>
  );
}
