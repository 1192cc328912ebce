/**
 * The icon containers electron-builder needs, written from PNG images: Windows `.ico` and
 * macOS `.icns` (formats as documented by Microsoft, ICONDIR and BITMAPINFOHEADER, and by
 * Apple, the `icns` resource types). PNGs are read with pngjs.
 *
 * Why the two containers are still written here: electron-builder derives an app's `.ico` and
 * `.icns` from one PNG only through its downloaded `app-builder` binary (not installable
 * offline, and a packaging-time step the tests could not check), and a file association's
 * icon (the `.readyroom` document icon) must be given to it as `.ico`/`.icns` ready-made. Both
 * formats are a directory of lengths and offsets around the PNGs; no installed package writes them.
 */
import { PNG } from 'pngjs';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A decoded image: `width × height` pixels, 4 bytes each (red, green, blue, alpha), top row first. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Buffer;
}

/** Decodes a PNG (any flavour pngjs reads) into 8-bit RGBA; an RGB image comes out opaque. */
export function decodePng(png: Buffer): RgbaImage {
  let decoded: PNG;
  try {
    decoded = PNG.sync.read(png);
  } catch (error) {
    throw new Error(`Not a PNG image (${error instanceof Error ? error.message : String(error)}).`);
  }
  return { width: decoded.width, height: decoded.height, pixels: decoded.data };
}

/** Width and height of a PNG; throws when it is not one. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const { width, height } = decodePng(png);
  return { width, height };
}

/**
 * An ICO image entry as a 32-bit BMP (BITMAPINFOHEADER, bottom-up BGRA, then the 1-bit AND
 * mask), the form every Windows version and tool reads for small sizes.
 */
export function icoBitmap(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  const maskStride = Math.ceil(width / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0); // biSize
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8); // colour rows + mask rows
  header.writeUInt16LE(1, 12); // planes
  header.writeUInt16LE(32, 14); // bits per pixel
  header.writeUInt32LE(0, 16); // BI_RGB
  header.writeUInt32LE(width * height * 4 + maskStride * height, 20);
  const colour = Buffer.alloc(width * height * 4);
  const mask = Buffer.alloc(maskStride * height);
  for (let y = 0; y < height; y += 1) {
    const row = height - 1 - y; // BMP rows run bottom to top
    for (let x = 0; x < width; x += 1) {
      const from = (y * width + x) * 4;
      const to = (row * width + x) * 4;
      colour[to] = pixels[from + 2] as number;
      colour[to + 1] = pixels[from + 1] as number;
      colour[to + 2] = pixels[from] as number;
      colour[to + 3] = pixels[from + 3] as number;
      if (pixels[from + 3] === 0) {
        const byte = row * maskStride + (x >> 3);
        mask[byte] = (mask[byte] as number) | (0x80 >> (x & 7));
      }
    }
  }
  return Buffer.concat([header, colour, mask]);
}

/** Sizes up to this are stored as bitmaps in the ICO; larger ones as PNG (Windows Vista and later). */
export const ICO_LARGEST_BITMAP = 64;

/**
 * A Windows `.ico` holding one square image per PNG given (at most 256 px), in the order given.
 */
export function writeIco(pngs: readonly Buffer[]): Buffer {
  const images = pngs.map((png) => {
    const { width, height } = pngSize(png);
    if (width !== height || width < 1 || width > 256) {
      throw new Error(`ICO images must be square and at most 256 px, not ${width}×${height}.`);
    }
    return { size: width, data: width <= ICO_LARGEST_BITMAP ? icoBitmap(decodePng(png)) : png };
  });
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size === 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size === 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

/**
 * The PNG-bearing `icns` element types, each with its pixel size, in the order iconutil
 * writes them. Together they cover 16–512 pt at 1× and 2×.
 */
export const ICNS_TYPES: readonly { readonly type: string; readonly size: number }[] = [
  { type: 'ic12', size: 64 }, // 32 pt @2x
  { type: 'ic07', size: 128 }, // 128 pt
  { type: 'ic13', size: 256 }, // 128 pt @2x
  { type: 'ic08', size: 256 }, // 256 pt
  { type: 'ic14', size: 512 }, // 256 pt @2x
  { type: 'ic09', size: 512 }, // 512 pt
  { type: 'ic10', size: 1024 }, // 512 pt @2x
  { type: 'ic11', size: 32 }, // 16 pt @2x
];

/** The pixel sizes an `.icns` needs PNGs for. */
export const ICNS_SIZES = [...new Set(ICNS_TYPES.map((entry) => entry.size))].sort((a, b) => a - b);

/** A macOS `.icns` from one PNG per size in ICNS_SIZES (looked up by pixel size). */
export function writeIcns(pngsBySize: ReadonlyMap<number, Buffer>): Buffer {
  const elements = ICNS_TYPES.map(({ type, size }) => {
    const png = pngsBySize.get(size);
    if (png === undefined) throw new Error(`An .icns needs a ${size}×${size} PNG.`);
    const actual = pngSize(png);
    if (actual.width !== size || actual.height !== size) {
      throw new Error(`The ${type} element needs ${size}×${size}, not ${actual.width}×${actual.height}.`);
    }
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([header, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(8 + elements.reduce((total, element) => total + element.length, 0), 4);
  return Buffer.concat([header, ...elements]);
}

/** One image found in an ICO file, as a reader sees it. */
export interface IcoEntry {
  readonly width: number;
  readonly height: number;
  readonly bitsPerPixel: number;
  readonly format: 'png' | 'bmp';
  readonly data: Buffer;
}

/** Reads an `.ico` back (for tests and the up-to-date check); throws on anything malformed. */
export function readIco(file: Buffer): IcoEntry[] {
  if (file.length < 6 || file.readUInt16LE(0) !== 0 || file.readUInt16LE(2) !== 1) {
    throw new Error('Not an ICO file.');
  }
  const count = file.readUInt16LE(4);
  const entries: IcoEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const entry = 6 + 16 * index;
    if (entry + 16 > file.length) throw new Error('ICO directory is truncated.');
    const size = file.readUInt32LE(entry + 8);
    const offset = file.readUInt32LE(entry + 12);
    if (offset + size > file.length) throw new Error(`ICO image ${index} runs past the end of the file.`);
    const data = file.subarray(offset, offset + size);
    entries.push({
      width: file.readUInt8(entry) || 256,
      height: file.readUInt8(entry + 1) || 256,
      bitsPerPixel: file.readUInt16LE(entry + 6),
      format: data.subarray(0, 8).equals(PNG_SIGNATURE) ? 'png' : 'bmp',
      data,
    });
  }
  return entries;
}

/** Reads an `.icns` back into its elements; throws when lengths do not add up. */
export function readIcns(file: Buffer): { type: string; data: Buffer }[] {
  if (file.length < 8 || file.toString('latin1', 0, 4) !== 'icns' || file.readUInt32BE(4) !== file.length) {
    throw new Error('Not an icns file, or its length is wrong.');
  }
  const elements: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < file.length;) {
    if (offset + 8 > file.length) throw new Error('icns element header is truncated.');
    const length = file.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > file.length) throw new Error('icns element runs past the end.');
    elements.push({
      type: file.toString('latin1', offset, offset + 4),
      data: file.subarray(offset + 8, offset + length),
    });
    offset += length;
  }
  return elements;
}
