import type { AgendaView, Completion } from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

/** How far "This week" looks ahead, today included. */
export const AGENDA_DAYS = 7;

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/chores`;
const occurrence = (spaceId: string, choreId: string, dueOn: string) =>
  `${base(spaceId)}/${segment(choreId)}/occurrences/${segment(dueOn)}`;

export const fetchAgenda = (spaceId: string, days = AGENDA_DAYS) =>
  api.get<AgendaView>(`${base(spaceId)}/agenda?days=${days}`);

/** Something done to one occurrence of a responsibility from the agenda. */
export type AgendaAction =
  | {
      kind: 'done';
      actualMinutes?: number;
      note?: string;
      /** Who did it, when not me. */
      doneBy?: string;
    }
  | { kind: 'skip' }
  | { kind: 'undo'; completionId: string }
  | { kind: 'snooze'; until: string }
  | { kind: 'unsnooze' }
  | { kind: 'ask'; to: string }
  | { kind: 'answer'; accept: boolean }
  | { kind: 'withdraw' };

/** Sends one agenda action for the occurrence of `choreId` due on `dueOn`. */
export function runAgendaAction(
  spaceId: string,
  choreId: string,
  dueOn: string,
  action: AgendaAction,
): Promise<Completion | undefined> {
  const completions = `${base(spaceId)}/${segment(choreId)}/completions`;
  const one = occurrence(spaceId, choreId, dueOn);
  switch (action.kind) {
    case 'done':
      // The action's own `kind` is the same word the server uses for this one.
      return api.post<Completion>(completions, { ...action, dueOn });
    case 'skip':
      return api.post<Completion>(completions, { kind: 'skipped', dueOn });
    case 'undo':
      return api.delete(`${completions}/${segment(action.completionId)}`);
    case 'snooze':
      return api.put<undefined>(`${one}/snooze`, { until: action.until });
    case 'unsnooze':
      return api.delete(`${one}/snooze`);
    case 'ask':
      return api.put<undefined>(`${one}/handoff`, { to: action.to });
    case 'answer':
      return api.post<undefined>(`${one}/handoff/answer`, { accept: action.accept });
    case 'withdraw':
      return api.delete(`${one}/handoff`);
  }
}
