import { PHOTO_MAX_BYTES } from '@tandem/shared';
import sharp from 'sharp';
import { AppError } from '../../http/app-error';

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

export interface ProcessedPhoto {
  bytes: Buffer;
  type: PhotoType;
  width: number;
  height: number;
}

/**
 * At most 50 megapixels — more than any phone takes — so a tiny file that claims to be an
 * enormous image (an image bomb) is refused before a pixel of it is decoded.
 */
export const PHOTO_MAX_PIXELS = 50_000_000;
/** Stored photos are made no larger than this on their long edge: plenty for a screen. */
const LONG_EDGE = 2560;

const formats: Record<PhotoType, { magic: (bytes: Buffer) => boolean; sharp: string }> = {
  'image/jpeg': { magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff, sharp: 'jpeg' },
  'image/png': {
    magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])),
    sharp: 'png',
  },
  'image/webp': {
    magic: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
    sharp: 'webp',
  },
};

/**
 * A photo as it is stored: re-encoded from its pixels, so nothing of the upload survives but
 * the picture — no EXIF, GPS position, XMP or comments — turned upright by its orientation tag
 * first, and scaled down to a screen's size. Only JPEG, PNG and WebP are accepted, told by
 * their first bytes rather than by any name or declared type.
 */
export async function reencodePhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  if (bytes.length > PHOTO_MAX_BYTES) throw new AppError('photo_too_large');
  const type = (Object.keys(formats) as PhotoType[]).find((t) => formats[t].magic(bytes));
  if (!type) throw new AppError('photo_unsupported');
  // The header alone tells the size; nothing is decoded yet.
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!header?.width || !header.height || header.format !== formats[type].sharp) {
    throw new AppError('photo_unsupported');
  }
  if (header.width * header.height > PHOTO_MAX_PIXELS) {
    throw new AppError('photo_too_many_pixels');
  }
  try {
    const image = sharp(bytes, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'truncated' })
      .rotate()
      .resize({ width: LONG_EDGE, height: LONG_EDGE, fit: 'inside', withoutEnlargement: true });
    const encoded =
      type === 'image/jpeg'
        ? image.jpeg({ quality: 85 })
        : type === 'image/png'
          ? image.png({ compressionLevel: 9 })
          : image.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { bytes: data, type, width: info.width, height: info.height };
  } catch {
    // Truncated or corrupt past its header.
    throw new AppError('photo_unsupported');
  }
}
