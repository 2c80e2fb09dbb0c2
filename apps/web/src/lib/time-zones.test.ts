import { describe, expect, it } from 'vitest';
import { timeZoneChoices } from './time-zones';

describe('timeZoneChoices', () => {
  it('always includes the selected zone and UTC, sorted and unique', () => {
    expect(
      timeZoneChoices('Etc/GMT+5', ['Europe/Berlin', 'Africa/Abidjan', 'Europe/Berlin']),
    ).toEqual(['Africa/Abidjan', 'Etc/GMT+5', 'Europe/Berlin', 'UTC']);
  });

  it('uses the zones the runtime knows by default', () => {
    expect(timeZoneChoices('UTC')).toContain('America/New_York');
  });
});
