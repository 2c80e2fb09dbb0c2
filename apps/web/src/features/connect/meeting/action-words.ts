import { locale, t } from '../../../lib/i18n';
import type { ActionItem, AddActionBody } from './meeting-api';

const dayFormats = {
  thisYear: new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }),
  otherYear: new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** A calendar day in few words: "Tue, Dec 15" this year, "Jan 5, 2028" in another. */
export function shortDayInWords(day: string, today: string): string {
  const format = day.slice(0, 4) === today.slice(0, 4) ? dayFormats.thisYear : dayFormats.otherYear;
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** Who does it and by when, under an action: "Sam · by Tue, Dec 15". */
export function actionMeta(action: ActionItem, ownerName: string, today: string): string {
  return action.dueOn === null
    ? ownerName
    : t('connect.meeting.actions.meta', {
        name: ownerName,
        date: shortDayInWords(action.dueOn, today),
      });
}

/**
 * Actions as a review reads them: the soonest due first, those without a date after them,
 * otherwise in the order they were agreed. Ticking one off does not move it, so the box just
 * ticked stays under the finger (and keeps the focus).
 */
export function actionsInOrder(actions: readonly ActionItem[]): ActionItem[] {
  const due = (action: ActionItem) => action.dueOn ?? '9999-12-31';
  return actions
    .map((action, index) => ({ action, index }))
    .sort((a, b) => due(a.action).localeCompare(due(b.action)) || a.index - b.index)
    .map(({ action }) => action);
}

/** The "Agree an action" form as typed. */
export interface ActionForm {
  text: string;
  ownerId: string;
  /** YYYY-MM-DD from a date input, or empty. */
  dueOn: string;
}

export type ActionProblems = Partial<Record<'text' | 'ownerId', string>>;

/** The form as the server takes it, or what is missing, by field. */
export function actionBody(
  form: ActionForm,
): { body: AddActionBody } | { problems: ActionProblems } {
  const problems: ActionProblems = {};
  const text = form.text.trim();
  if (text === '') problems.text = t('connect.meeting.actions.whatMissing');
  if (form.ownerId === '') problems.ownerId = t('connect.meeting.actions.whoMissing');
  if (Object.keys(problems).length > 0) return { problems };
  const body: AddActionBody = { text, ownerId: form.ownerId };
  if (form.dueOn !== '') body.dueOn = form.dueOn;
  return { body };
}
