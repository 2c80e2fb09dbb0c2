/**
 * Real-time events say *what* changed, never the content: clients refetch through the normal,
 * permission-checked API. This keeps private and sealed content out of event payloads by design.
 */
export const realtimeEntities = [
  'checkin',
  'member',
  'space',
  'invite',
  'responsibility',
  'expense',
  'session',
  'prompt',
  'appreciation',
  'notification',
  'meeting',
  'decision',
  'conflict',
  'calendar',
  'growth',
  'person',
  'date',
] as const;
export type RealtimeEntity = (typeof realtimeEntities)[number];

export interface RealtimeEvent {
  entity: RealtimeEntity;
  id: string;
  updatedAt: string;
}

export function isRealtimeEvent(value: unknown): value is RealtimeEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  return (
    realtimeEntities.includes(event.entity as RealtimeEntity) &&
    typeof event.id === 'string' &&
    typeof event.updatedAt === 'string' &&
    Object.keys(event).length === 3
  );
}
