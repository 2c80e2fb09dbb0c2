import type { RealtimeEvent } from '@tandem/shared';

/**
 * What travels between server instances. `onlyTo` narrows an event to one member (their own
 * private items); `disconnect` ends a member's live connections when they leave a space, and
 * `sessions-ended` those of signed-out sessions, in every space.
 */
export type BusMessage =
  | { kind: 'event'; spaceId: string; event: RealtimeEvent; onlyTo?: string }
  | { kind: 'disconnect'; spaceId: string; userId: string }
  | { kind: 'sessions-ended'; sessionIds: string[] };

export interface EventBus {
  /** Call after the transaction commits, never inside it. Never rejects: events are best effort. */
  publish(message: BusMessage): Promise<void>;
  close(): Promise<void>;
}

/** Single-process delivery (SQLite): straight to this instance's hub. */
export function createLocalBus(deliver: (message: BusMessage) => void): EventBus {
  return {
    publish: (message) => {
      deliver(message);
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}

export function eventOf(
  entity: RealtimeEvent['entity'],
  id: string,
  updatedAt: string,
): RealtimeEvent {
  return { entity, id, updatedAt };
}
