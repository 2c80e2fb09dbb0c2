import { PHOTO_MAX_BYTES } from '@tandem/shared';
import fc from 'fast-check';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/app-error';
import { reencodePhoto } from './photo-processing';

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof AppError ? error.code : `thrown: ${String(error)}`),
  );

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } });

/** A JPEG as a phone makes it: where it was taken, by what camera, lying on its side. */
const phoneJpeg = () =>
  solid(40, 20)
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'PhoneMaker', Model: 'Pocket 9' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 31/1 1234/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '13/1 24/1 5678/100',
      },
    })
    .jpeg()
    .toBuffer();

/** A PNG whose header claims `width` × `height` pixels, with next to no data behind it. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('reencodePhoto', () => {
  it('keeps the picture and nothing else: no camera, no place, turned upright', async () => {
    const upload = await phoneJpeg();
    const before = await sharp(upload).metadata();
    expect(before.exif).toBeDefined();
    expect(before.exif!.toString('latin1')).toContain('PhoneMaker');
    // The GPS directory's pointer, tag 0x8825, little-endian.
    expect(before.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(before.orientation).toBe(6);

    const stored = await reencodePhoto(upload);
    const after = await sharp(stored.bytes).metadata();
    expect(stored.type).toBe('image/jpeg');
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(stored.bytes.toString('latin1')).not.toContain('PhoneMaker');
    // Orientation 6 is "rotate 90° clockwise to view": 40 × 20 is seen as 20 × 40.
    expect([stored.width, stored.height]).toEqual([20, 40]);
    expect([after.width, after.height]).toEqual([20, 40]);
  });

  it('keeps PNG as PNG and WebP as WebP, and scales a huge photo to a screen’s size', async () => {
    const png = await reencodePhoto(await solid(30, 10).png().toBuffer());
    expect([png.type, png.width, png.height]).toEqual(['image/png', 30, 10]);
    expect((await sharp(png.bytes).metadata()).format).toBe('png');

    const big = await reencodePhoto(await solid(5000, 2500).webp().toBuffer());
    expect([big.type, big.width, big.height]).toEqual(['image/webp', 2560, 1280]);
    expect((await sharp(big.bytes).metadata()).format).toBe('webp');
  });

  it('refuses what is not a JPEG, PNG or WebP photo, told by its bytes', async () => {
    const jpeg = await solid(8, 8).jpeg().toBuffer();
    const refused = {
      text: Buffer.from('hello, this is not a photo'),
      empty: Buffer.alloc(0),
      pdf: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
      gif: await solid(8, 8).gif().toBuffer(),
      tiff: await solid(8, 8).tiff().toBuffer(),
      svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>'),
      'PNG bytes behind a JPEG start': Buffer.concat([
        Buffer.from([0xff, 0xd8, 0xff]),
        await solid(8, 8).png().toBuffer(),
      ]),
      'a JPEG cut short': jpeg.subarray(0, Math.floor(jpeg.length / 2)),
    };
    for (const [name, bytes] of Object.entries(refused)) {
      expect([name, await codeOf(reencodePhoto(bytes))]).toEqual([name, 'photo_unsupported']);
    }
  });

  it('refuses more than 10 MB before looking inside', async () => {
    const jpeg = await solid(8, 8).jpeg().toBuffer();
    const padded = Buffer.concat([jpeg, Buffer.alloc(PHOTO_MAX_BYTES + 1 - jpeg.length)]);
    expect(await codeOf(reencodePhoto(padded))).toBe('photo_too_large');
  });

  it('refuses an image bomb — a small file claiming billions of pixels — without decoding it', async () => {
    const bomb = pngClaiming(100_000, 100_000);
    expect(bomb.length).toBeLessThan(100);
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(100_000);
    expect(await codeOf(reencodePhoto(bomb))).toBe('photo_too_many_pixels');
    // Just over the limit, and just under it (then refused only for its missing pixel data).
    expect(await codeOf(reencodePhoto(pngClaiming(10_001, 5_000)))).toBe('photo_too_many_pixels');
    expect(await codeOf(reencodePhoto(pngClaiming(10_000, 5_000)))).toBe('photo_unsupported');
  });

  it('answers any bytes with a photo or one of its three clear refusals', async () => {
    const starts = [
      Buffer.from([0xff, 0xd8, 0xff]),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]),
      Buffer.from('RIFF\0\0\0\0WEBP', 'latin1'),
      Buffer.alloc(0),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...starts),
        fc.uint8Array({ maxLength: 600 }),
        async (start, rest) => {
          const code = await codeOf(reencodePhoto(Buffer.concat([start, rest])));
          expect(['accepted', 'photo_unsupported', 'photo_too_many_pixels']).toContain(code);
        },
      ),
      { numRuns: 300 },
    );
  });
});
