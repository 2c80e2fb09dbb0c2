import type { WebSocket } from 'ws';
import type { BusMessage } from './event-bus';

interface Connection {
  userId: string;
  socket: WebSocket;
}

/**
 * This instance's live connections, grouped by space. It only delivers; who may connect is
 * decided by the route (members only) and what to send by the services (ids, never content).
 */
export class SpaceHub {
  private readonly bySpace = new Map<string, Set<Connection>>();

  connect(spaceId: string, userId: string, socket: WebSocket): void {
    const connections = this.bySpace.get(spaceId) ?? new Set<Connection>();
    const connection = { userId, socket };
    connections.add(connection);
    this.bySpace.set(spaceId, connections);
    socket.on('close', () => {
      connections.delete(connection);
      if (connections.size === 0) this.bySpace.delete(spaceId);
    });
  }

  deliver(message: BusMessage): void {
    const connections = this.bySpace.get(message.spaceId);
    if (!connections) return;
    for (const { userId, socket } of connections) {
      if (message.kind === 'disconnect') {
        if (userId === message.userId) socket.close(4403, 'left the space');
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
    for (const connections of this.bySpace.values()) {
      for (const { socket } of connections) socket.close(1001, 'server shutting down');
    }
  }
}
