import { localDateIn, type Memory, type memoryBody, type updateMemoryBody } from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import type { ImageBody } from '../../http/route';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { NotificationsService } from '../connection/notifications.service';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import { presentMemory } from './dates.presenter';
import * as repo from './dates.repository';
import { reencodePhoto, type PhotoType, type ProcessedPhoto } from './photo-processing';
import type { PhotoStore } from './photo-store';

type MemoryRecord = repo.MemoryRow & { date_title: string | null };

/**
 * The timeline of memories: a note and optionally a photo, of a date (seen by the people in it)
 * or of a day not planned here (seen by the whole space). A photo is re-encoded before it is
 * kept, and its file is served to those who may see the memory only.
 */
export class MemoriesService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly photos: PhotoStore,
  ) {}

  async list(membership: Membership): Promise<Memory[]> {
    const rows = await repo.listMemoriesFor(this.db, membership.spaceId, membership.userId);
    return rows.map((row) => presentMemory(row, membership.spaceId, membership.userId));
  }

  async get(membership: Membership, id: string): Promise<Memory> {
    return presentMemory(await this.find(membership, id), membership.spaceId, membership.userId);
  }

  async add(viewer: Viewer, input: z.output<typeof memoryBody>) {
    const { membership } = viewer;
    const date = input.dateId ? await this.dateToRemember(membership, input.dateId) : undefined;
    const day = input.day ?? date?.start_local.slice(0, 10) ?? localDateIn(viewer.timeZone);
    if (!date) checkNotAhead(day, viewer.timeZone);
    const photo =
      typeof input.photo === 'string' ? await reencodePhoto(decode(input.photo)) : undefined;
    const now = nowIso();
    const row: repo.MemoryRow = {
      id: newId(),
      space_id: membership.spaceId,
      date_id: date?.id ?? null,
      author_id: membership.userId,
      day,
      note: input.note,
      ...photoColumns(photo),
      created_at: now,
      updated_at: now,
    };
    await this.withPhoto(row, photo, () => repo.insertMemory(this.db, row));
    await this.announce(row, now);
    if (date) {
      const others = (await repo.participantsOf(this.db, [date.id]))
        .map((p) => p.user_id)
        .filter((id) => id !== membership.userId);
      await this.notifications.notify(membership.spaceId, others, 'date', date.id);
    }
    return this.get(membership, row.id);
  }

  async update(viewer: Viewer, id: string, input: z.output<typeof updateMemoryBody>) {
    const { membership } = viewer;
    const before = await this.ownMemory(membership, id);
    if (input.day !== undefined && before.date_id === null) {
      checkNotAhead(input.day, viewer.timeZone);
    }
    const photo =
      typeof input.photo === 'string' ? await reencodePhoto(decode(input.photo)) : undefined;
    const now = nowIso();
    const patch: Partial<repo.MemoryRow> = {
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.day !== undefined ? { day: input.day } : {}),
      ...(input.photo !== undefined ? photoColumns(photo) : {}),
      updated_at: now,
    };
    // Only over the photo read above: a second change racing this one, or the memory removed
    // meanwhile, leaves this one unwritten (and its new file removed) rather than orphaning a file.
    await this.withPhoto({ ...before, ...patch }, photo, async () => {
      if (!(await repo.updateMemory(this.db, id, patch, before.photo_id))) {
        await this.find(membership, id); // 404 when it was removed
        throw new AppError('changed_meanwhile');
      }
    });
    if (input.photo !== undefined) await this.removePhotoOf(before);
    await this.announce(before, now);
    return this.get(membership, id);
  }

  async remove(membership: Membership, id: string) {
    const memory = await this.ownMemory(membership, id);
    await repo.deleteMemory(this.db, id);
    await this.removePhotoOf(memory);
    await this.announce(memory, nowIso());
  }

  /** A photo's bytes, for someone who may see its memory; 404 for anyone else. */
  async photo(membership: Membership, photoId: string): Promise<ImageBody> {
    const row = await repo.findPhotoFor(this.db, membership.spaceId, photoId, membership.userId);
    if (!row?.photo_type) throw new AppError('not_found');
    const type = row.photo_type as PhotoType;
    const bytes = await this.photos.read(membership.spaceId, photoId, type);
    if (!bytes) throw new AppError('not_found');
    return { type, bytes };
  }

  private async dateToRemember(membership: Membership, dateId: string) {
    const date = await repo.findDateOf(this.db, membership.spaceId, dateId, membership.userId);
    if (!date) throw invalidField('dateId', 'There is no such date.');
    if (date.cancelled_at !== null) throw new AppError('date_cancelled');
    if (date.start_at > nowIso()) throw new AppError('date_not_begun');
    return date;
  }

  private async find(membership: Membership, id: string): Promise<MemoryRecord> {
    const row = await repo.findMemoryFor(this.db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    return row;
  }

  private async ownMemory(membership: Membership, id: string) {
    const row = await this.find(membership, id);
    if (row.author_id !== membership.userId) throw new AppError('forbidden');
    return row;
  }

  /** The file first, then the row that names it; the file goes again if the row cannot be written. */
  private async withPhoto(
    row: repo.MemoryRow,
    photo: ProcessedPhoto | undefined,
    write: () => Promise<void>,
  ) {
    if (photo) await this.photos.save(row.space_id, row.photo_id!, photo.type, photo.bytes);
    try {
      await write();
    } catch (error) {
      if (photo) await this.photos.remove(row.space_id, row.photo_id!, photo.type);
      throw error;
    }
  }

  private async removePhotoOf(row: repo.MemoryRow) {
    if (row.photo_id && row.photo_type) {
      await this.photos.remove(row.space_id, row.photo_id, row.photo_type as PhotoType);
    }
  }

  /** A date's memory is news to the people in it; a day's memory, to the whole space. */
  private async announce(row: repo.MemoryRow, at: string) {
    const event = eventOf('date', row.id, at);
    if (row.date_id === null) {
      await this.bus.publish({ kind: 'event', spaceId: row.space_id, event });
      return;
    }
    for (const p of await repo.participantsOf(this.db, [row.date_id])) {
      await this.bus.publish({ kind: 'event', spaceId: row.space_id, event, onlyTo: p.user_id });
    }
  }
}

function decode(base64: string): Buffer {
  return Buffer.from(base64, 'base64');
}

function photoColumns(photo: ProcessedPhoto | undefined) {
  return {
    photo_id: photo ? newId() : null,
    photo_type: photo?.type ?? null,
    photo_width: photo?.width ?? null,
    photo_height: photo?.height ?? null,
  };
}

function checkNotAhead(day: string, timeZone: string) {
  if (day > localDateIn(timeZone)) throw invalidField('day', 'A memory is of a day that has come.');
}
