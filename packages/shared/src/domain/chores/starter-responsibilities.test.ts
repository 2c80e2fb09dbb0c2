import { describe, expect, it } from 'vitest';
import { choreAreas, starterResponsibilities } from './starter-responsibilities';

describe('starterResponsibilities', () => {
  it('offers about forty distinct responsibilities, each with an area, a recurrence and minutes', () => {
    expect(starterResponsibilities.length).toBe(40);
    expect(new Set(starterResponsibilities.map((r) => r.key)).size).toBe(40);
    expect(new Set(starterResponsibilities.map((r) => r.name)).size).toBe(40);
    for (const r of starterResponsibilities) {
      expect(choreAreas).toContain(r.area);
      expect(r.rrule, r.key).toMatch(
        /^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;INTERVAL=\d+)?(;BYDAY=(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*)?$/,
      );
      const stages = [r.minutes.notice, r.minutes.plan, r.minutes.do];
      for (const minutes of stages) expect(Number.isInteger(minutes) && minutes >= 0).toBe(true);
      expect(
        stages.reduce((a, b) => a + b),
        r.key,
      ).toBeGreaterThan(0);
    }
  });

  it('counts the mental load: most have noticing or planning time, some are nothing but planning', () => {
    const invisible = starterResponsibilities.filter((r) => r.minutes.notice + r.minutes.plan > 0);
    expect(invisible.length).toBeGreaterThan(30);
    expect(starterResponsibilities.some((r) => r.minutes.do === 0)).toBe(true);
  });
});
