/**
 * Draws the toolbar icons (public/icon/<size>.png): a magnifying lens over a highlighted line of
 * text. Shapes are described in a unit square and rendered with supersampling, so every size is
 * drawn for its own pixel grid rather than scaled from one bitmap. Writes PNG with node:zlib.
 *
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

type Rgba = readonly [number, number, number, number];

const SIZES = [16, 32, 48, 128] as const;
const OUT_DIR = resolve(fileURLToPath(import.meta.url), "..", "..", "public", "icon");

const RING: Rgba = [13, 71, 161, 255];
const GLASS: Rgba = [255, 251, 235, 255];
const MARK: Rgba = [255, 193, 7, 255];
const TEXT: Rgba = [120, 130, 150, 255];

const LENS = { x: 0.41, y: 0.41, outer: 0.36, inner: 0.265 };

/** Distance from (px, py) to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point of the unit square, or null where the icon is transparent. */
function colourAt(x: number, y: number, size: number): Rgba | null {
  const r = Math.hypot(x - LENS.x, y - LENS.y);
  if (segmentDistance(x, y, 0.66, 0.66, 0.9, 0.9) < 0.085) return RING;
  if (r <= LENS.inner) {
    // The highlighted line is the point of the icon; the grey lines around it only fit from 32 px.
    if (y > 0.36 && y < 0.47 && x > 0.2 && x < 0.62) return MARK;
    if (size >= 32 && ((y > 0.25 && y < 0.29) || (y > 0.54 && y < 0.58)) && x > 0.22 && x < 0.58) {
      return TEXT;
    }
    return GLASS;
  }
  if (r <= LENS.outer) return RING;
  return null;
}

/** Renders one size as RGBA rows, averaging a grid of samples per pixel. */
function render(size: number): Buffer {
  const samples = size <= 32 ? 8 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            size,
          );
          if (!c) continue;
          // Premultiplied sums, so edges blend towards transparency instead of towards black.
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const offset = (py * size + px) * 4;
      const n = samples * samples;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
      }
      pixels[offset + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no filtering). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const path = join(OUT_DIR, `${size}.png`);
  writeFileSync(path, encodePng(size, render(size)));
  console.log(`wrote ${path}`);
}
