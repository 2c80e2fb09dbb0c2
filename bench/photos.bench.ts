/**
 * Photos benchmark: keeping a 12-megapixel phone photo (4032 × 3024 JPEG with EXIF) as a memory
 * — type check, header read, decode, turn upright, scale to 2560 px, encode without metadata —
 * against the least any server must do with it, decoding its pixels once; and refusing an image
 * bomb (a PNG claiming 10 billion pixels) against reading its header. Timed in the same run.
 * Prints figures; asserts nothing about them. See bench/README.md.
 */
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { reencodePhoto } from '../apps/server/src/features/dates/photo-processing';

const RUNS = Math.floor(Number(process.env.BENCH_PHOTO_RUNS ?? 10));

/** A photo-like picture: smooth gradients with grain, so it compresses like a real one. */
async function phonePhoto(): Promise<Buffer> {
  const [width, height] = [4032, 3024];
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width;
    const y = Math.floor(i / 3 / width);
    seed = (seed * 1664525 + 1013904223) >>> 0;
    const grain = (seed >>> 24) % 24;
    pixels[i] = (x / 16 + grain) & 255;
    pixels[i + 1] = (y / 12 + grain) & 255;
    pixels[i + 2] = ((x + y) / 28 + grain) & 255;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExifMerge({ IFD0: { Make: 'PhoneMaker' } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function time(label: string, runs: number, run: () => Promise<unknown>): Promise<number> {
  await run(); // warm up
  const started = performance.now();
  for (let i = 0; i < runs; i++) await run();
  const perRun = (performance.now() - started) / runs;
  console.log(`[bench] ${label}: ${perRun.toFixed(1)} ms per run (${runs} runs)`);
  return perRun;
}

const photo = await phonePhoto();
console.log(`[bench] photo: 4032 × 3024 JPEG, ${(photo.length / 1024 / 1024).toFixed(1)} MB`);
const kept = await time('reencodePhoto', RUNS, () => reencodePhoto(photo));
const decoded = await time('decode only', RUNS, () =>
  sharp(photo).raw().toBuffer({ resolveWithObject: true }),
);
const bomb = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#000' } })
  .png()
  .toBuffer();
// Its header rewritten to claim 100,000 × 100,000 pixels, with the header's checksum to match.
bomb.writeUInt32BE(100_000, 16);
bomb.writeUInt32BE(100_000, 20);
bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
const refusal = await reencodePhoto(bomb).then(
  () => 'accepted',
  (error: { code?: string }) => error.code ?? 'thrown',
);
console.log(`[bench] the bomb is refused as: ${refusal}`);
const refused = await time('refusing the bomb', RUNS * 10, () =>
  reencodePhoto(bomb).catch(() => null),
);
const header = await time('reading its header', RUNS * 10, () =>
  sharp(bomb, { limitInputPixels: false })
    .metadata()
    .catch(() => null),
);
const out = await reencodePhoto(photo);
console.log(
  [
    '',
    '| what | Tandem ms | baseline ms | ratio |',
    '|---|--:|--:|--:|',
    `| keep a 12 MP photo (→ ${out.width} × ${out.height}, ${(out.bytes.length / 1024).toFixed(0)} KB) | ${kept.toFixed(0)} | ${decoded.toFixed(0)} (decode only) | ${(kept / decoded).toFixed(1)}× |`,
    `| refuse an image bomb | ${refused.toFixed(2)} | ${header.toFixed(2)} (read header) | ${(refused / header).toFixed(1)}× |`,
    '',
  ].join('\n'),
);
