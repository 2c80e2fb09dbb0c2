import {
  localDateIn,
  type SupportContact,
  type supportContactBody,
  type SupportNote,
  type supportNoteBody,
  type SupportView,
  type updateSupportContactBody,
  type updateSupportNoteBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import * as repo from './support.repository';

type Visibility = 'private' | 'shared';
const NOTES_LIMIT = 200;

/**
 * Professional support: a counsellor's or therapist's details and notes from sessions. Each is
 * its author's: private ones are not found by anyone else (404) and their events reach the
 * author only; shared ones are read by the space and changed by their author alone.
 */
export class SupportService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
  ) {}

  async view(membership: Membership): Promise<SupportView> {
    const { spaceId, userId } = membership;
    const [contacts, notes] = await Promise.all([
      repo.listVisibleContacts(this.db, spaceId, userId),
      repo.listVisibleNotes(this.db, spaceId, userId, NOTES_LIMIT),
    ]);
    const seen = new Set(contacts.map((c) => c.id));
    return {
      contacts: contacts.map((row) => presentContact(userId, row)),
      // A shared note may name a private contact of its author's: the others see no link.
      notes: notes.map((row) => presentNote(userId, row, seen)),
    };
  }

  async createContact(membership: Membership, input: z.output<typeof supportContactBody>) {
    const now = nowIso();
    const row: repo.SupportContactRow = {
      id: newId(),
      space_id: membership.spaceId,
      owner_id: membership.userId,
      name: input.name,
      role: input.role ?? '',
      phone: input.phone ?? '',
      email: input.email ?? '',
      website: input.website ?? '',
      note: input.note ?? '',
      visibility: input.visibility,
      created_at: now,
      updated_at: now,
    };
    await repo.insertContact(this.db, row);
    await this.announce(row.id, row.space_id, row.owner_id, row.visibility, now);
    return presentContact(membership.userId, row);
  }

  async updateContact(
    membership: Membership,
    id: string,
    input: z.output<typeof updateSupportContactBody>,
  ): Promise<SupportContact> {
    const before = await this.ownContact(membership, id);
    const now = nowIso();
    const after: repo.SupportContactRow = { ...before, ...definedOf(input), updated_at: now };
    await repo.updateContact(this.db, id, { ...definedOf(input), updated_at: now });
    await this.announceChange(before, after.visibility, before.owner_id, now);
    return presentContact(membership.userId, after);
  }

  async removeContact(membership: Membership, id: string) {
    const row = await this.ownContact(membership, id);
    await repo.deleteContact(this.db, id);
    await this.announce(id, row.space_id, row.owner_id, row.visibility, nowIso());
  }

  async createNote(viewer: Viewer, input: z.output<typeof supportNoteBody>) {
    const { membership } = viewer;
    await this.checkSupportId(membership, input.supportId);
    const now = nowIso();
    const row: repo.SupportNoteRow = {
      id: newId(),
      space_id: membership.spaceId,
      author_id: membership.userId,
      support_id: input.supportId ?? null,
      date: input.date ?? localDateIn(viewer.timeZone),
      text: input.text,
      visibility: input.visibility,
      created_at: now,
      updated_at: now,
    };
    await repo.insertNote(this.db, row);
    await this.announce(row.id, row.space_id, row.author_id, row.visibility, now);
    return presentNote(membership.userId, row, new Set(row.support_id ? [row.support_id] : []));
  }

  async updateNote(
    membership: Membership,
    id: string,
    input: z.output<typeof updateSupportNoteBody>,
  ): Promise<SupportNote> {
    const before = await this.ownNote(membership, id);
    await this.checkSupportId(membership, input.supportId);
    const now = nowIso();
    const changes: Partial<repo.SupportNoteRow> = {
      ...(input.date !== undefined ? { date: input.date } : {}),
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
      ...(input.supportId !== undefined ? { support_id: input.supportId } : {}),
      updated_at: now,
    };
    const after = { ...before, ...changes };
    await repo.updateNote(this.db, id, changes);
    await this.announceChange(before, after.visibility, before.author_id, now);
    return presentNote(
      membership.userId,
      after,
      new Set(after.support_id ? [after.support_id] : []),
    );
  }

  async removeNote(membership: Membership, id: string) {
    const row = await this.ownNote(membership, id);
    await repo.deleteNote(this.db, id);
    await this.announce(id, row.space_id, row.author_id, row.visibility, nowIso());
  }

  private async ownContact(membership: Membership, id: string) {
    const row = await repo.findVisibleContact(this.db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    if (row.owner_id !== membership.userId) throw new AppError('forbidden');
    return row;
  }

  private async ownNote(membership: Membership, id: string) {
    const row = await repo.findVisibleNote(this.db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    if (row.author_id !== membership.userId) throw new AppError('forbidden');
    return row;
  }

  /** A note may say whom the session was with: a support contact I can see. */
  private async checkSupportId(membership: Membership, supportId: string | null | undefined) {
    if (supportId === null || supportId === undefined) return;
    const found = await repo.findVisibleContact(
      this.db,
      membership.spaceId,
      supportId,
      membership.userId,
    );
    if (!found) throw invalidField('supportId', 'Choose one of your support contacts.');
  }

  /** Shared before or after: everyone's screens change (one made private drops off theirs). */
  private announceChange(
    before: { id: string; space_id: string; visibility: string },
    after: string,
    authorId: string,
    at: string,
  ) {
    const seenByAll = before.visibility === 'shared' || after === 'shared';
    return this.announce(
      before.id,
      before.space_id,
      authorId,
      seenByAll ? 'shared' : 'private',
      at,
    );
  }

  /** A private item's events reach its author only. */
  private announce(id: string, spaceId: string, authorId: string, visibility: string, at: string) {
    return this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('person', id, at),
      ...(visibility === 'shared' ? {} : { onlyTo: authorId }),
    });
  }
}

/** The fields given, without those left out (an update changes only what it names). */
function definedOf<T extends object>(
  input: T,
): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>;
  }>;
}

function presentContact(viewerId: string, row: repo.SupportContactRow): SupportContact {
  return {
    id: row.id,
    ownerId: row.owner_id,
    name: row.name,
    role: row.role,
    phone: row.phone,
    email: row.email,
    website: row.website,
    note: row.note,
    visibility: row.visibility as Visibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    capabilities: { canEdit: row.owner_id === viewerId },
  };
}

function presentNote(viewerId: string, row: repo.SupportNoteRow, seen: Set<string>): SupportNote {
  return {
    id: row.id,
    authorId: row.author_id,
    supportId: row.support_id !== null && seen.has(row.support_id) ? row.support_id : null,
    date: row.date,
    text: row.text,
    visibility: row.visibility as Visibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    capabilities: { canEdit: row.author_id === viewerId },
  };
}
