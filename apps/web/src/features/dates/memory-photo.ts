import { PHOTO_MAX_BYTES } from '@tandem/shared';

/** The photos the server reads; the file input offers only these. */
export const photoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_ACCEPT = photoTypes.join(',');

export type PhotoProblem = 'photo_unsupported' | 'photo_too_large';

/**
 * Why a chosen file will not do, told before anything is sent: not a JPEG, PNG or WebP, or over
 * 10 MB. The server checks again (and re-encodes the photo, dropping where it was taken).
 */
export function photoProblem(file: { type: string; size: number }): PhotoProblem | undefined {
  if (!(photoTypes as readonly string[]).includes(file.type)) return 'photo_unsupported';
  if (file.size > PHOTO_MAX_BYTES) return 'photo_too_large';
  return undefined;
}

/** The base64 bytes of a `data:` URL, without its `data:image/jpeg;base64,` prefix. */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? dataUrl : dataUrl.slice(comma + 1);
}

/** A file's bytes as base64, the way the JSON body carries a photo. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(base64OfDataUrl(reader.result))
        : reject(new Error('The photo could not be read.'));
    reader.onerror = () => reject(reader.error ?? new Error('The photo could not be read.'));
    reader.readAsDataURL(file);
  });
}
