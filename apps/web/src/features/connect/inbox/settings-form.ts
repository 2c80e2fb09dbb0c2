import { notificationTypes, type NotificationType } from '@tandem/shared';
import type { InboxSettings } from './inbox-api';

export { notificationTypes };

/** The settings as the form holds them: what to tell me about, and quiet hours or none. */
export interface SettingsForm {
  tellMe: NotificationType[];
  quiet: 'none' | 'daily';
  from: string;
  to: string;
}

/** Offered when someone first turns quiet hours on: the night. */
const NIGHT = { from: '22:00', to: '07:00' };

export function formFromSettings(settings: InboxSettings): SettingsForm {
  return {
    tellMe: notificationTypes.filter((type) => !settings.muted.includes(type)),
    quiet: settings.quietHours ? 'daily' : 'none',
    from: settings.quietHours?.from ?? NIGHT.from,
    to: settings.quietHours?.to ?? NIGHT.to,
  };
}

/** A time input's value as HH:MM; some browsers add seconds. Undefined when it is empty. */
function clock(value: string): string | undefined {
  return /^\d{2}:\d{2}/.exec(value)?.[0];
}

export type SettingsProblem = 'quietMissing' | 'quietSame';

/** The body to save, or why the quiet hours will not do (an end missing, or both the same). */
export function settingsFromForm(
  form: SettingsForm,
): { body: InboxSettings } | { problem: SettingsProblem } {
  const muted = notificationTypes.filter((type) => !form.tellMe.includes(type));
  if (form.quiet === 'none') return { body: { muted, quietHours: null } };
  const from = clock(form.from);
  const to = clock(form.to);
  if (!from || !to) return { problem: 'quietMissing' };
  // The server reads equal ends as no quiet hours at all: say so rather than save a surprise.
  if (from === to) return { problem: 'quietSame' };
  return { body: { muted, quietHours: { from, to } } };
}

/** A box ticked or cleared, the kinds kept in the catalogue's order. */
export function toggleType(
  tellMe: readonly NotificationType[],
  type: NotificationType,
  on: boolean,
): NotificationType[] {
  return notificationTypes.filter((each) => (each === type ? on : tellMe.includes(each)));
}
