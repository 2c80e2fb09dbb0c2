import pg from 'pg';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/schema';
import type { BusMessage, EventBus } from './event-bus';

const CHANNEL = 'tandem_events';

/**
 * Fans events out to every server instance on the same PostgreSQL database with
 * LISTEN/NOTIFY. Each instance, the sender included, delivers what it hears to its own hub.
 */
export async function createPostgresBus(
  db: Kysely<Database>,
  url: string,
  deliver: (message: BusMessage) => void,
  onError: (error: unknown) => void,
): Promise<EventBus> {
  let closed = false;
  let listener: pg.Client | undefined;

  const listen = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (note) => {
      if (note.channel !== CHANNEL || !note.payload) return;
      try {
        deliver(JSON.parse(note.payload) as BusMessage);
      } catch (error) {
        // Anyone with database access can NOTIFY this channel; a bad payload must not crash us.
        onError(error);
      }
    });
    client.on('error', (error) => {
      onError(error);
      void client.end().catch(() => undefined);
      if (!closed) setTimeout(() => void listen().catch(onError), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };
  await listen();

  return {
    async publish(message) {
      // The write has committed: a lost event only delays a partner's screen until their next
      // refetch, so it is logged, never turned into an error for the writer.
      await sql`select pg_notify(${CHANNEL}, ${JSON.stringify(message)})`
        .execute(db)
        .catch(onError);
    },
    async close() {
      closed = true;
      await listener?.end();
    },
  };
}
