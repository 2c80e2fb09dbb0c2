import type { importIcsBody } from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { invalidField } from '../../http/app-error';
import { eventOf as realtimeEvent, type EventBus } from '../../realtime/event-bus';
import type { Viewer } from '../spaces/viewer';
import * as repo from './calendar.repository';
import { checkEvent } from './calendar.service';
import { IcsError, readIcs } from './ics-read';

/**
 * Plans from another calendar, so they count: an .ics file read whole, its events written in one
 * transaction or none. Importing the same file again updates what came from it rather than
 * doubling it (each entry's UID is kept). Entries Tandem cannot follow are listed, not guessed.
 */
export class CalendarImportService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
  ) {}

  async importIcs(viewer: Viewer, input: z.output<typeof importIcsBody>) {
    const { membership } = viewer;
    let read: ReturnType<typeof readIcs>;
    try {
      read = readIcs(input.ics, viewer.timeZone);
    } catch (error) {
      if (!(error instanceof IcsError)) throw error;
      throw invalidField(
        'ics',
        error.line ? `Line ${error.line}: ${error.message}` : error.message,
      );
    }
    const participantIds = [...new Set(input.participantIds ?? [membership.userId])];
    checkEvent(membership, { participantIds, allDay: false, kind: input.kind });
    const now = nowIso();
    const counts = await this.db.transaction().execute(async (trx) => {
      const earlier = await repo.findImported(
        trx,
        membership.spaceId,
        membership.userId,
        read.events.map((e) => e.uid),
      );
      let updated = 0;
      for (const event of read.events) {
        const before = earlier.find((e) => e.import_uid === event.uid);
        const row: repo.EventRow = {
          id: before?.id ?? newId(),
          space_id: membership.spaceId,
          title: event.title.slice(0, 120) || 'Untitled',
          description: event.description.slice(0, 2000),
          kind: input.kind,
          all_day: event.allDay ? 1 : 0,
          start_local: event.start,
          end_local: event.end,
          time_zone: event.timeZone,
          rrule: event.rrule,
          exdates: JSON.stringify(event.exdates),
          protected: 0,
          created_by: membership.userId,
          import_uid: event.uid,
          date_id: null,
          created_at: before?.created_at ?? now,
          updated_at: now,
        };
        if (before) {
          await repo.updateEvent(trx, row, participantIds);
          updated++;
        } else {
          await repo.insertEvent(trx, row, participantIds);
        }
      }
      return { imported: read.events.length - updated, updated };
    });
    await this.bus.publish({
      kind: 'event',
      spaceId: membership.spaceId,
      event: realtimeEvent('calendar', membership.spaceId, now),
    });
    return { ...counts, skipped: read.skipped };
  }
}
