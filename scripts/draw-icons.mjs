// Draws Clearsend's toolbar and store icons (public/icon/<size>.png) without any image library:
// a teal rounded square with a white speech bubble holding a check mark — "this message is clear".
// Run `node scripts/draw-icons.mjs` after changing the drawing; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [13, 122, 110];
const WHITE = [255, 255, 255];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square; each pixel is supersampled 4x4 so small sizes stay smooth.
const insideRoundedSquare = (x, y) => {
  const r = 0.2;
  const dx = Math.max(r - x, x - (1 - r), 0);
  const dy = Math.max(r - y, y - (1 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const insideBubble = (x, y) => {
  const ellipse = ((x - 0.5) / 0.34) ** 2 + ((y - 0.46) / 0.27) ** 2 <= 1;
  const tail = y > 0.62 && y < 0.84 && x > 0.28 && x < 0.42 && x - 0.28 < (0.84 - y) * 0.7;
  return ellipse || tail;
};
const distanceToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const onCheck = (x, y) =>
  Math.min(distanceToSegment(x, y, 0.36, 0.47, 0.46, 0.57), distanceToSegment(x, y, 0.46, 0.57, 0.65, 0.37)) <
  0.05;

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (insideBubble(x, y)) return onCheck(x, y) ? TEAL : WHITE;
  return TEAL;
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const samples = 4;
  const image = png(size, (px, py) => {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        a += 1;
      }
    }
    return a ? [r / a, g / a, b / a, (255 * a) / samples ** 2] : [0, 0, 0, 0];
  });
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), image);
}
