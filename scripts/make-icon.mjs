#!/usr/bin/env node
// Draws the app icon (a case file on a calm blue tile) from one list of shapes into
// assets/icon.png (512×512, anti-aliased) and assets/icon.svg, without any image tool:
//   node scripts/make-icon.mjs

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

const TOP = [0x23, 0x6a, 0x96];
const BOTTOM = [0x15, 0x41, 0x63];
/** Rounded rectangles, painted in order: tile, folder tab, folder, label strip, text lines. */
const SHAPES = [
  { x: 16, y: 16, w: 480, h: 480, r: 104, color: 'gradient' },
  { x: 108, y: 138, w: 132, h: 64, r: 20, color: [0xd9, 0xe6, 0xef] },
  { x: 108, y: 168, w: 296, h: 212, r: 24, color: [0xff, 0xff, 0xff] },
  { x: 148, y: 222, w: 216, h: 26, r: 13, color: [0xf2, 0xa5, 0x41] },
  { x: 148, y: 274, w: 176, h: 18, r: 9, color: [0x9d, 0xb7, 0xc9] },
  { x: 148, y: 310, w: 136, h: 18, r: 9, color: [0x9d, 0xb7, 0xc9] },
];

const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const gradientAt = (y) => TOP.map((t, i) => Math.round(t + ((BOTTOM[i] - t) * y) / SIZE));

/** True when (px, py) lies inside the rounded rectangle. */
function inside(s, px, py) {
  const cx = Math.min(Math.max(px, s.x + s.r), s.x + s.w - s.r);
  const cy = Math.min(Math.max(py, s.y + s.r), s.y + s.h - s.r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= s.r ** 2 && px >= s.x && px <= s.x + s.w && py >= s.y && py <= s.y + s.h;
}

function render() {
  const SUB = 4;
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const px = x + (sx + 0.5) / SUB;
          const py = y + (sy + 0.5) / SUB;
          let color = null;
          for (const s of SHAPES) if (inside(s, px, py)) color = s.color === 'gradient' ? gradientAt(py) : s.color;
          if (color) {
            acc[0] += color[0];
            acc[1] += color[1];
            acc[2] += color[2];
            acc[3] += 1;
          }
        }
      }
      const o = (y * SIZE + x) * 4;
      // Straight (not premultiplied) alpha: average colour of the covered samples.
      for (let i = 0; i < 3; i++) rgba[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
      rgba[o + 3] = Math.round((255 * acc[3]) / (SUB * SUB));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) rgba.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function svg() {
  const rects = SHAPES.map((s) => `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.color === 'gradient' ? 'url(#tile)' : hex(s.color)}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    '  <defs>',
    `    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="${SIZE}" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="${hex(TOP)}"/><stop offset="1" stop-color="${hex(BOTTOM)}"/></linearGradient>`,
    '  </defs>',
    ...rects,
    '</svg>',
    '',
  ].join('\n');
}

writeFileSync(join(OUT, 'icon.png'), png(render()));
writeFileSync(join(OUT, 'icon.svg'), svg());
console.warn(`wrote ${join(OUT, 'icon.png')} and icon.svg`);
