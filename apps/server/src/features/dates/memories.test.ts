import { PHOTO_MAX_BYTES, type Memory, type PlannedDate } from '@tandem/shared';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { expect, it, vi } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import {
  createCouple,
  createSpace,
  invite,
  signUp,
  type TestClient,
} from '../../../test/test-client';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-memories-'));

/** Every photo file kept for a space. */
const filesOf = (spaceId: string) => {
  try {
    return readdirSync(path.join(dataDir, 'photos', spaceId));
  } catch {
    return [];
  }
};

/** A phone's JPEG, with the camera and where it was taken in its EXIF. */
const phoneJpeg = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#c85028' } })
    .withExif({
      IFD0: { Make: 'PhoneMaker' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 1234/100' },
    })
    .jpeg()
    .toBuffer();

describeOnEachDialect(
  'dates: memories and their photos',
  (harness) => {
    /** A date planned ahead, then moved (in the database) to an evening that has passed. */
    async function pastDate(
      planner: TestClient,
      spaceId: string,
      inviteeIds: string[],
      title: string,
    ) {
      const date = (
        await planner.post<PlannedDate>(`/api/v1/spaces/${spaceId}/dates/plans`, {
          title,
          inviteeIds,
          start: '2031-10-10T18:00',
          end: '2031-10-10T23:00',
          timeZone: 'Europe/Berlin',
        })
      ).body;
      await harness()
        .database.handle.db.updateTable('planned_dates')
        .set({
          start_local: '2026-10-10T18:00',
          end_local: '2026-10-10T23:00',
          start_at: '2026-10-10T16:00:00.000Z',
          end_at: '2026-10-10T21:00:00.000Z',
        })
        .where('id', '=', date.id)
        .execute();
      return date;
    }

    /** A couple with a date last month. */
    async function afterADate() {
      const pair = await createCouple(harness().app);
      const url = `/api/v1/spaces/${pair.space.id}/dates`;
      const date = await pastDate(pair.a, pair.space.id, [pair.b.me.id], 'Night at the lake');
      return { ...pair, url, date, memories: `${url}/memories` };
    }

    it('keeps a memory with its photo, stripped of where it was taken, for the two of them', async () => {
      const { a, b, stranger, space, date, memories } = await afterADate();
      const upload = await phoneJpeg();
      const added = await b.post<Memory>(memories, {
        dateId: date.id,
        note: 'The swim at midnight',
        photo: upload.toString('base64'),
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        dateId: date.id,
        dateTitle: 'Night at the lake',
        authorId: b.me.id,
        day: '2026-10-10',
        note: 'The swim at midnight',
        photo: { type: 'image/jpeg', width: 64, height: 48 },
      });
      expect(filesOf(space.id)).toHaveLength(1);

      const timeline = (await a.get<{ items: Memory[] }>(memories)).body.items;
      expect(timeline.map((m) => m.id)).toEqual([added.body.id]);
      const photoUrl = added.body.photo!.url;
      const served = await a.app.inject({
        method: 'GET',
        url: photoUrl,
        headers: { cookie: a.cookie! },
      });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/jpeg');
      expect(served.headers['cache-control']).toContain('private');
      const stored = await sharp(served.rawPayload).metadata();
      expect([stored.format, stored.width, stored.height, stored.exif]).toEqual([
        'jpeg',
        64,
        48,
        undefined,
      ]);
      expect(served.rawPayload.toString('latin1')).not.toContain('PhoneMaker');

      expect((await stranger.get(photoUrl)).status).toBe(404);
      expect((await stranger.get(`${memories}/${added.body.id}`)).status).toBe(404);
      const anonymous = await a.app.inject({ method: 'GET', url: photoUrl });
      expect(anonymous.statusCode).toBe(401);
      const inbox = (await a.get(`/api/v1/spaces/${space.id}/notifications`)).body.items;
      expect(inbox).toContainEqual(expect.objectContaining({ type: 'date', refId: date.id }));

      // Only its author changes it; a new photo replaces the old file, removing it clears it.
      expect((await a.patch(`${memories}/${added.body.id}`, { note: 'Mine' })).status).toBe(403);
      const png = await sharp({
        create: { width: 10, height: 20, channels: 4, background: '#0000' },
      })
        .png()
        .toBuffer();
      const changed = await b.patch<Memory>(`${memories}/${added.body.id}`, {
        photo: png.toString('base64'),
      });
      expect(changed.body.photo).toMatchObject({ type: 'image/png', width: 10, height: 20 });
      expect(changed.body.photo!.url).not.toBe(photoUrl);
      expect((await a.get(photoUrl)).status).toBe(404);
      expect(filesOf(space.id)).toHaveLength(1);
      const cleared = await b.patch<Memory>(`${memories}/${added.body.id}`, { photo: null });
      expect(cleared.body.photo).toBeNull();
      expect(filesOf(space.id)).toEqual([]);
      await b.patch(`${memories}/${added.body.id}`, { photo: png.toString('base64') });
      expect((await b.delete(`${memories}/${added.body.id}`)).status).toBe(204);
      expect(filesOf(space.id)).toEqual([]);
      expect((await a.get<{ items: Memory[] }>(memories)).body.items).toEqual([]);
    });

    it('takes a space’s photos with it when its last member leaves', async () => {
      const { a, b, space, date, memories } = await afterADate();
      const photo = (await phoneJpeg()).toString('base64');
      await a.post(memories, { dateId: date.id, note: 'Sunset', photo });
      expect(filesOf(space.id)).toHaveLength(1);
      await a.delete(`/api/v1/spaces/${space.id}/members/me`);
      expect(filesOf(space.id)).toHaveLength(1);
      await b.delete(`/api/v1/spaces/${space.id}/members/me`);
      expect(filesOf(space.id)).toEqual([]);
    });

    it('answers a photo whose file has gone missing with 404, not an error', async () => {
      const { a, space, date, memories } = await afterADate();
      const photo = (await phoneJpeg()).toString('base64');
      const added = await a.post<Memory>(memories, { dateId: date.id, note: 'Pier', photo });
      rmSync(path.join(dataDir, 'photos', space.id), { recursive: true });
      expect((await a.get(added.body.photo!.url)).status).toBe(404);
      expect((await a.get<Memory>(`${memories}/${added.body.id}`)).body.note).toBe('Pier');
    });

    it('refuses what is not a photo, too large, or an image bomb — and keeps nothing of it', async () => {
      const { a, space, date, memories } = await afterADate();
      const jpeg = await phoneJpeg();
      const oversize = Buffer.concat([jpeg, Buffer.alloc(PHOTO_MAX_BYTES + 1 - jpeg.length)]);
      const bomb = await sharp({
        create: { width: 10_000, height: 5_001, channels: 3, background: '#000' },
      })
        .png({ compressionLevel: 9 })
        .toBuffer();
      const cases: [Buffer | string, number, string][] = [
        [Buffer.from('just some text'), 422, 'photo_unsupported'],
        [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 422, 'photo_unsupported'],
        [oversize, 413, 'photo_too_large'],
        [bomb, 422, 'photo_too_many_pixels'],
        ['not base64!', 422, 'validation_failed'],
      ];
      for (const [photo, status, code] of cases) {
        const body = {
          dateId: date.id,
          note: 'x',
          photo: typeof photo === 'string' ? photo : photo.toString('base64'),
        };
        const response = await a.post(memories, body);
        expect([response.status, response.body.error.code]).toEqual([status, code]);
      }
      expect((await a.get(memories)).body.items).toEqual([]);
      expect(filesOf(space.id)).toEqual([]);
      // A body far over the limit is cut off before it is read.
      const huge = await a.post(memories, {
        dateId: date.id,
        note: 'x',
        photo: 'A'.repeat(20 * 1024 * 1024),
      });
      expect([huge.status, huge.body.error.code]).toEqual([413, 'payload_too_large']);
    });

    it('remembers a date once it has begun, and not one called off', async () => {
      const { a, b, date, memories, url } = await afterADate();
      const soon = (
        await a.post<PlannedDate>(`${url}/plans`, {
          title: 'Concert',
          inviteeIds: [b.me.id],
          start: '2031-01-01T20:00',
          end: '2031-01-01T23:00',
        })
      ).body;
      const early = await a.post(memories, { dateId: soon.id, note: 'Can’t wait' });
      expect([early.status, early.body.error.code]).toEqual([409, 'date_not_begun']);
      await a.post(`${url}/plans/${soon.id}/cancel`);
      const off = await a.post(memories, { dateId: soon.id, note: 'Never was' });
      expect([off.status, off.body.error.code]).toEqual([409, 'date_cancelled']);
      // Once over, a date is no longer answered, moved or called off; it is remembered.
      for (const late of [
        b.request('PUT', `${url}/plans/${date.id}/answer`, { answer: 'accepted' }),
        b.post(`${url}/plans/${date.id}/reschedule`, {
          start: '2031-02-01T10:00',
          end: '2031-02-01T12:00',
        }),
        a.post(`${url}/plans/${date.id}/cancel`),
      ]) {
        const response = await late;
        expect([response.status, response.body.error.code]).toEqual([409, 'date_over']);
      }
      expect((await a.post(memories, { dateId: date.id, note: 'It was lovely' })).status).toBe(201);
      const ahead = await a.post(memories, { note: 'Tomorrow', day: '2999-01-01' });
      expect(ahead.status).toBe(422);
    });

    it('in a household: a date’s memory is its people’s; a day’s memory is everyone’s', async () => {
      const a = await signUp(harness().app);
      const b = await signUp(harness().app);
      const c = await signUp(harness().app);
      const space = await createSpace(a, 'household');
      for (const client of [b, c]) {
        await client.post(`/api/v1/invites/${await invite(a, space.id)}/accept`);
      }
      const url = `/api/v1/spaces/${space.id}/dates`;
      const date = await pastDate(a, space.id, [b.me.id], 'Just us two');
      const publish = vi.spyOn(harness().services.bus, 'publish');
      const ours = await a.post<Memory>(`${url}/memories`, {
        dateId: date.id,
        note: 'SECRET-anniversary',
        photo: (await phoneJpeg()).toString('base64'),
      });
      const told = publish.mock.calls
        .map(([m]) => m)
        .filter((m) => m.kind === 'event' && m.event.entity === 'date');
      expect(told.map((m) => m.kind === 'event' && m.onlyTo).sort()).toEqual(
        [a.me.id, b.me.id].sort(),
      );
      publish.mockRestore();
      expect(JSON.stringify((await c.get(`${url}/memories`)).body)).not.toContain('SECRET');
      expect((await c.get(`${url}/memories/${ours.body.id}`)).status).toBe(404);
      expect((await c.get(ours.body.photo!.url)).status).toBe(404);
      const refused = await c.post(`${url}/memories`, { dateId: date.id, note: 'Me too' });
      expect(refused.status).toBe(422);

      const allOfUs = await c.post<Memory>(`${url}/memories`, {
        note: 'Moving day',
        day: '2026-08-15',
      });
      expect(allOfUs.body).toMatchObject({ dateId: null, dateTitle: null, day: '2026-08-15' });
      for (const client of [a, b]) {
        const items = (await client.get<{ items: Memory[] }>(`${url}/memories`)).body.items;
        expect(items.map((m) => m.note)).toEqual(['SECRET-anniversary', 'Moving day']);
      }
    });

    it('never answers a memory with a server error, and a refused one leaves nothing', async () => {
      const { a, space, date, memories } = await afterADate();
      const tiny = (
        await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
          .webp()
          .toBuffer()
      ).toString('base64');
      await fc.assert(
        fc.asyncProperty(
          fc.record(
            {
              dateId: fc.constantFrom(date.id, '00000000-0000-7000-8000-000000000000', 'x'),
              day: fc.constantFrom('2026-10-01', '2026-13-01', '3000-01-01', ''),
              note: fc.oneof(fc.string({ maxLength: 2100 }), fc.constant('A good day')),
              photo: fc.oneof(
                fc.constant(tiny),
                fc.base64String({ maxLength: 200 }),
                fc.string({ maxLength: 20 }),
              ),
            },
            { requiredKeys: [] },
          ),
          async (body) => {
            const before = (await a.get(memories)).body.items.length;
            const files = filesOf(space.id).length;
            const response = await a.post(memories, body);
            expect(response.status).not.toBe(500);
            const added = response.status === 201 ? 1 : 0;
            expect((await a.get(memories)).body.items.length).toBe(before + added);
            const photoAdded = added && 'photo' in body ? 1 : 0;
            expect(filesOf(space.id).length).toBe(files + photoAdded);
          },
        ),
        { numRuns: 60 },
      );
    });
  },
  { dataDir },
);
