/**
 * A tiny PNG encoder for tests: enough to make real, valid pictures (8-bit RGB, no
 * interlacing) without an image library, so the export tests can embed canvas-like
 * pictures of any size.
 */
import { deflateSync } from 'node:zlib';

/** A colour as red, green and blue from 0 to 255. */
export type Rgb = readonly [number, number, number];

/** A filled rectangle in pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly colour: Rgb;
}

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) {
    value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  }
  return value >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes a picture of `width` × `height` pixels: a background with boxes drawn on it in
 * order, like a diagram of a canvas.
 */
export function encodePng(
  width: number,
  height: number,
  background: Rgb,
  boxes: readonly Box[] = [],
): Uint8Array {
  const rowLength = 1 + width * 3;
  const raw = Buffer.alloc(rowLength * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * rowLength;
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      raw.set(background, row + 1 + x * 3);
    }
  }
  for (const box of boxes) {
    for (let y = Math.max(0, box.y); y < Math.min(height, box.y + box.height); y += 1) {
      for (let x = Math.max(0, box.x); x < Math.min(width, box.x + box.width); x += 1) {
        raw.set(box.colour, y * rowLength + 1 + x * 3);
      }
    }
  }
  return pngFromScanlines(width, height, raw);
}

/**
 * Wraps 8-bit RGB scanlines (each row led by its filter-type byte) in a PNG file: signature,
 * header, compressed data and end chunk.
 */
export function pngFromScanlines(width: number, height: number, scanlines: Uint8Array): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(scanlines)),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

/** A canvas-like test picture: a light background with a grid of node boxes joined by bars. */
export function diagramPng(width: number, height: number, accent: Rgb = [46, 117, 182]): Uint8Array {
  const boxes: Box[] = [];
  const columns = 4;
  const rows = 3;
  const boxWidth = Math.floor(width / (columns * 2));
  const boxHeight = Math.floor(height / (rows * 3));
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const x = Math.floor(((column + 0.5) * width) / columns - boxWidth / 2);
      const y = Math.floor(((row + 0.5) * height) / rows - boxHeight / 2);
      if (column < columns - 1) {
        boxes.push({
          x: x + boxWidth,
          y: y + Math.floor(boxHeight / 2) - 2,
          width: Math.floor(width / columns) - boxWidth,
          height: 4,
          colour: [160, 170, 185],
        });
      }
      boxes.push({ x, y, width: boxWidth, height: boxHeight, colour: accent });
      boxes.push({
        x: x + 6,
        y: y + 6,
        width: boxWidth - 12,
        height: boxHeight - 12,
        colour: [234, 241, 248],
      });
    }
  }
  return encodePng(width, height, [250, 251, 252], boxes);
}
