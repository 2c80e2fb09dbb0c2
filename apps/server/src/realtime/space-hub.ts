import type { WebSocket } from 'ws';
import type { AuthContext } from '../features/auth/auth-context';
import type { BusMessage } from './event-bus';

interface Connection {
  userId: string;
  sessionId: string;
  sessionExpiresAt: string;
  socket: WebSocket;
}

/** Close codes the web app understands: no longer a member, or no longer signed in. */
export const CLOSE_LEFT_SPACE = 4403;
export const CLOSE_SIGNED_OUT = 4401;

/**
 * This instance's live connections, grouped by space. It only delivers; who may connect is
 * decided by the route (members only) and what to send by the services (ids, never content).
 */
export class SpaceHub {
  private readonly bySpace = new Map<string, Set<Connection>>();

  connect(spaceId: string, auth: AuthContext, socket: WebSocket): void {
    const connections = this.bySpace.get(spaceId) ?? new Set<Connection>();
    const connection: Connection = {
      userId: auth.user.id,
      sessionId: auth.sessionId,
      sessionExpiresAt: auth.sessionExpiresAt,
      socket,
    };
    connections.add(connection);
    this.bySpace.set(spaceId, connections);
    socket.on('close', () => {
      connections.delete(connection);
      if (connections.size === 0) this.bySpace.delete(spaceId);
    });
  }

  deliver(message: BusMessage): void {
    if (message.kind === 'sessions-ended') {
      const ended = new Set(message.sessionIds);
      for (const connection of this.all()) {
        if (ended.has(connection.sessionId))
          connection.socket.close(CLOSE_SIGNED_OUT, 'signed out');
      }
      return;
    }
    const now = new Date().toISOString();
    for (const connection of this.bySpace.get(message.spaceId) ?? []) {
      const { userId, socket } = connection;
      if (connection.sessionExpiresAt <= now) socket.close(CLOSE_SIGNED_OUT, 'session expired');
      else if (message.kind === 'disconnect') {
        if (userId === message.userId) socket.close(CLOSE_LEFT_SPACE, 'left the space');
      } else if (!message.onlyTo || message.onlyTo === userId) {
        socket.send(JSON.stringify(message.event));
      }
    }
  }

  get connectionCount(): number {
    let count = 0;
    for (const connections of this.bySpace.values()) count += connections.size;
    return count;
  }

  closeAll(): void {
    for (const { socket } of this.all()) socket.close(1001, 'server shutting down');
  }

  private *all(): Iterable<Connection> {
    for (const connections of this.bySpace.values()) yield* connections;
  }
}
