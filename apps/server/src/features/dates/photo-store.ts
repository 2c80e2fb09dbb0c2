import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PhotoType } from './photo-processing';

const extensions: Record<PhotoType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/**
 * Memory photos on disk, under DATA_DIR/photos/<space>/<photo id>.<ext>. Names are ids the
 * server made, never anything from the upload, so no path can be steered elsewhere.
 */
export class PhotoStore {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'photos');
  }

  async save(spaceId: string, photoId: string, type: PhotoType, bytes: Buffer) {
    const file = this.fileOf(spaceId, photoId, type);
    await mkdir(path.dirname(file), { recursive: true });
    // Written before the row that names it is committed, so a file is never served half-written.
    await writeFile(file, bytes, { mode: 0o600 });
  }

  /** Every photo of a space, when the space is gone. */
  async removeSpace(spaceId: string) {
    await rm(path.join(this.root, spaceId), { recursive: true, force: true });
  }

  /** Its bytes, or null when the file is not there (a restore without `photos/`, say). */
  async read(spaceId: string, photoId: string, type: PhotoType): Promise<Buffer | null> {
    try {
      return await readFile(this.fileOf(spaceId, photoId, type));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(spaceId: string, photoId: string, type: PhotoType) {
    await rm(this.fileOf(spaceId, photoId, type), { force: true });
  }

  private fileOf(spaceId: string, photoId: string, type: PhotoType) {
    return path.join(this.root, spaceId, `${photoId}.${extensions[type]}`);
  }
}
