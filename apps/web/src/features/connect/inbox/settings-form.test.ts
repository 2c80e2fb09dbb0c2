import { describe, expect, it } from 'vitest';
import { formFromSettings, settingsFromForm, toggleType } from './settings-form';

describe('the settings form', () => {
  it('ticks every kind not muted, and offers the night when there are no quiet hours', () => {
    expect(formFromSettings({ muted: ['prompt'], quietHours: null })).toEqual({
      tellMe: [
        'appreciation',
        'session',
        'meeting',
        'decision',
        'conflict',
        'repair',
        'growth',
        'people',
        'date',
      ],
      quiet: 'none',
      from: '22:00',
      to: '07:00',
    });
    expect(formFromSettings({ muted: [], quietHours: { from: '23:00', to: '06:30' } })).toEqual({
      tellMe: [
        'appreciation',
        'session',
        'meeting',
        'prompt',
        'decision',
        'conflict',
        'repair',
        'growth',
        'people',
        'date',
      ],
      quiet: 'daily',
      from: '23:00',
      to: '06:30',
    });
  });

  it('round-trips to the body the server takes', () => {
    const settings = { muted: ['session' as const], quietHours: { from: '22:00', to: '07:00' } };
    expect(settingsFromForm(formFromSettings(settings))).toEqual({ body: settings });
    const none = { muted: [], quietHours: null };
    expect(settingsFromForm(formFromSettings(none))).toEqual({ body: none });
  });

  it('drops seconds some browsers add, and says what is wrong with the hours', () => {
    const form = formFromSettings({ muted: [], quietHours: null });
    expect(settingsFromForm({ ...form, quiet: 'daily', from: '21:30:00' })).toEqual({
      body: { muted: [], quietHours: { from: '21:30', to: '07:00' } },
    });
    expect(settingsFromForm({ ...form, quiet: 'daily', to: '' })).toEqual({
      problem: 'quietMissing',
    });
    expect(settingsFromForm({ ...form, quiet: 'daily', from: '07:00' })).toEqual({
      problem: 'quietSame',
    });
    // Hours left in a form switched to "No quiet hours" do not matter.
    expect(settingsFromForm({ ...form, quiet: 'none', to: '' })).toEqual({
      body: { muted: [], quietHours: null },
    });
  });

  it('keeps the kinds in the catalogue’s order as boxes are ticked', () => {
    expect(toggleType(['prompt'], 'appreciation', true)).toEqual(['appreciation', 'prompt']);
    expect(toggleType(['appreciation', 'prompt'], 'prompt', false)).toEqual(['appreciation']);
  });
});
