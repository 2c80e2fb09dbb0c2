import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isRealtimeEvent } from '@tandem/shared';
import type { QueryKey } from '../api/query-keys';
import { reconnectDelay } from './backoff';
import { afterClose, queryKeysAfterReconnect, queryKeysForEvent } from './event-keys';
import { parseEventMessage, spaceEventsUrl } from './realtime-url';

/**
 * Keeps the space's cached queries fresh: listens to the space's WebSocket, invalidates what an
 * event touches, and reconnects with capped backoff while the space is open (and `enabled`).
 */
export function useSpaceEvents(spaceId: string, enabled = true): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!enabled) return;
    let socket: WebSocket | undefined;
    let timer: number | undefined;
    let attempt = 0;
    let disposed = false;

    const invalidate = (keys: QueryKey[]) => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };

    const connect = () => {
      window.clearTimeout(timer);
      timer = undefined;
      socket = new WebSocket(spaceEventsUrl(window.location, spaceId));
      socket.onopen = () => {
        // Anything read before the channel listened — on the first open too, since the page's
        // queries start before it — may have missed an event: read it again.
        invalidate(queryKeysAfterReconnect(spaceId));
        attempt = 0;
      };
      socket.onmessage = (message: MessageEvent) => {
        const event = parseEventMessage(message.data);
        if (isRealtimeEvent(event)) invalidate(queryKeysForEvent(spaceId, event));
      };
      socket.onclose = (closed: CloseEvent) => {
        socket = undefined;
        if (disposed) return;
        const outcome = afterClose(spaceId, closed.code);
        if (!outcome.reconnect) {
          disposed = true;
          invalidate(outcome.stale);
          return;
        }
        timer = window.setTimeout(connect, reconnectDelay(attempt));
        attempt += 1;
      };
    };

    // Coming back online or to the tab: try at once rather than waiting out the backoff.
    const retryNow = () => {
      if (!socket && !disposed && document.visibilityState === 'visible') {
        attempt = 0;
        connect();
      }
    };

    connect();
    window.addEventListener('online', retryNow);
    document.addEventListener('visibilitychange', retryNow);
    return () => {
      disposed = true;
      window.clearTimeout(timer);
      window.removeEventListener('online', retryNow);
      document.removeEventListener('visibilitychange', retryNow);
      socket?.close();
    };
  }, [enabled, queryClient, spaceId]);
}
