import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodePng,
  ICNS_TYPES,
  PNG_SIGNATURE,
  pngSize,
  readIcns,
  readIco,
  writeIco,
  type RgbaImage,
} from './icons-containers';
import {
  documentIconSvg,
  generateIcons,
  ICO_SIZES,
  LINUX_SIZES,
  MASTER_SIZE,
  staleIconsReason,
  type IconManifest,
} from './icons-generate';

const assets = fileURLToPath(new URL('../assets', import.meta.url));
const sourceSvg = path.join(assets, 'icon.svg');

function pixel(image: RgbaImage, x: number, y: number): [number, number, number, number] {
  const at = (y * image.width + x) * 4;
  return [...image.pixels.subarray(at, at + 4)] as [number, number, number, number];
}

/** Colours of icon.svg: the tile, the door and floor, the tick. */
const TILE = [0x14, 0x53, 0x2d, 255];
const DOOR = [0xf0, 0xfd, 0xf4, 255];
const TICK = [0x86, 0xef, 0xac, 255];

describe('icon generation from assets/icon.svg (rendered by Chromium into a temporary folder)', () => {
  let output: string;
  let manifest: IconManifest;
  const read = (name: string) => readFileSync(path.join(output, name));

  beforeAll(async () => {
    output = mkdtempSync(path.join(os.tmpdir(), 'readyroom-icons-'));
    manifest = await generateIcons(sourceSvg, output);
  }, 60_000);
  afterAll(() => rmSync(output, { recursive: true, force: true }));

  it('writes the 1024 px master PNG with the artwork where the SVG puts it', () => {
    const png = read('icon.png');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(png)).toEqual({ width: MASTER_SIZE, height: MASTER_SIZE });
    const image = decodePng(png);
    const scale = MASTER_SIZE / 512; // the SVG's viewBox is 512 wide
    expect(pixel(image, 0, 0)[3]).toBe(0); // outside the rounded tile: transparent
    expect(pixel(image, 60 * scale, 256 * scale)).toEqual(TILE);
    expect(pixel(image, 256 * scale, 392 * scale)).toEqual(DOOR); // the floor line
    expect(pixel(image, 364 * scale, 232 * scale)).toEqual(TICK); // middle of the tick's first stroke
  });

  it('writes a Windows .ico with every size from 16 to 256: bitmaps up to 64, PNG above', () => {
    const entries = readIco(read('icon.ico'));
    expect(entries.map((entry) => entry.width)).toEqual([...ICO_SIZES]);
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width);
      expect(entry.bitsPerPixel).toBe(32);
      if (entry.width <= 64) {
        expect(entry.format).toBe('bmp');
        const size = entry.width;
        const maskBytes = Math.ceil(size / 32) * 4 * size;
        expect(entry.data.readUInt32LE(0)).toBe(40); // BITMAPINFOHEADER
        expect(entry.data.readInt32LE(4)).toBe(size);
        expect(entry.data.readInt32LE(8)).toBe(size * 2); // colour + mask
        expect(entry.data.readUInt16LE(14)).toBe(32);
        expect(entry.data.length).toBe(40 + size * size * 4 + maskBytes);
      } else {
        expect(entry.format).toBe('png');
        expect(pngSize(entry.data)).toEqual({ width: entry.width, height: entry.width });
      }
    }
  });

  it('stores in each .ico bitmap the same pixels as the PNG of that size, bottom row first', () => {
    const entry = readIco(read('icon.ico')).find((candidate) => candidate.width === 48);
    const reference = decodePng(read('icons/48x48.png'));
    expect(entry).toBeDefined();
    const bitmap = (entry as { data: Buffer }).data;
    for (const [x, y] of [
      [0, 0],
      [24, 24],
      [10, 40],
      [47, 47],
    ] as const) {
      const at = 40 + ((47 - y) * 48 + x) * 4;
      const [red, green, blue, alpha] = pixel(reference, x, y);
      expect([bitmap[at + 2], bitmap[at + 1], bitmap[at], bitmap[at + 3]]).toEqual([red, green, blue, alpha]);
      const maskByte = bitmap[40 + 48 * 48 * 4 + (47 - y) * 8 + (x >> 3)] as number;
      expect(Boolean(maskByte & (0x80 >> (x & 7)))).toBe(alpha === 0);
    }
  });

  it('writes a macOS .icns whose elements are PNGs of the sizes their types promise', () => {
    const file = read('icon.icns');
    const elements = readIcns(file);
    expect(elements.map((element) => element.type)).toEqual(ICNS_TYPES.map((entry) => entry.type));
    for (const element of elements) {
      const size = ICNS_TYPES.find((entry) => entry.type === element.type)?.size;
      expect(element.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(pngSize(element.data)).toEqual({ width: size, height: size });
    }
    expect(file.readUInt32BE(4)).toBe(file.length);
  });

  it('writes the Linux icon set', () => {
    for (const size of LINUX_SIZES) {
      expect(pngSize(read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('writes a distinct .readyroom document icon for Windows and macOS', () => {
    const ico = readIco(read('readyroom-document.ico'));
    expect(ico.map((entry) => entry.width)).toEqual([...ICO_SIZES]);
    const icns = readIcns(read('readyroom-document.icns'));
    const large = icns.find((element) => element.type === 'ic09');
    expect(large).toBeDefined();
    const page = decodePng((large as { data: Buffer }).data);
    expect(pixel(page, 200, 100)).toEqual([255, 255, 255, 255]); // the white page
    expect(pixel(page, 150, 300)).toEqual(TILE); // the app icon on it
    expect(pixel(page, 4, 256)[3]).toBe(0); // beside the page
    expect(read('readyroom-document.ico').equals(read('icon.ico'))).toBe(false);
  });

  it('records what it generated, and notices when a file or the source changes', () => {
    expect(Object.keys(manifest.files)).toHaveLength(5 + LINUX_SIZES.length);
    expect(staleIconsReason(sourceSvg, output)).toBeNull();
    const png = path.join(output, 'icons', '16x16.png');
    const original = readFileSync(png);
    writeFileSync(png, Buffer.concat([original, Buffer.from([0])]));
    expect(staleIconsReason(sourceSvg, output)).toBe('icons/16x16.png differs from what was generated');
    writeFileSync(png, original);
    const editedSvg = path.join(output, 'icon.svg');
    writeFileSync(editedSvg, readFileSync(sourceSvg, 'utf8').replace('#14532d', '#1e3a8a'));
    expect(staleIconsReason(editedSvg, output)).toBe('icon.svg changed');
  });
});

describe('the committed icons in assets/', () => {
  it('were generated from the current icon.svg and not edited since (run `npm run icons` if not)', () => {
    expect(staleIconsReason(sourceSvg, assets)).toBeNull();
  });

  it('are well-formed containers electron-builder accepts (ICO up to 256 px)', () => {
    const ico = readIco(readFileSync(path.join(assets, 'icon.ico')));
    expect(Math.max(...ico.map((entry) => entry.width))).toBe(256);
    expect(readIcns(readFileSync(path.join(assets, 'icon.icns'))).length).toBe(ICNS_TYPES.length);
    expect(pngSize(readFileSync(path.join(assets, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });
});

describe('the ICO writer', () => {
  it('writes a bitmap entry from a PNG, bottom row first, with the transparent pixels masked', () => {
    const size = 16;
    const pixels = Buffer.from(
      Array.from({ length: size * size * 4 }, (_, index) => (index * 97 + 31) % 256),
    );
    for (let index = 3; index < pixels.length; index += 4 * 5) pixels[index] = 0; // some transparent
    const png = new PNG({ width: size, height: size });
    pixels.copy(png.data);
    const [entry] = readIco(writeIco([PNG.sync.write(png)]));
    expect(entry?.format).toBe('bmp');
    const bitmap = (entry as { data: Buffer }).data;
    for (let y = 0; y < size; y += 1) {
      for (let x = 0; x < size; x += 1) {
        const from = (y * size + x) * 4;
        const at = 40 + ((size - 1 - y) * size + x) * 4;
        expect([bitmap[at + 2], bitmap[at + 1], bitmap[at], bitmap[at + 3]]).toEqual([
          ...pixels.subarray(from, from + 4),
        ]);
        const masked = Boolean(
          (bitmap[40 + size * size * 4 + (size - 1 - y) * 4 + (x >> 3)] as number) & (0x80 >> (x & 7)),
        );
        expect(masked).toBe(pixels[from + 3] === 0);
      }
    }
  });
});

describe("electron-builder's view of the committed icons", () => {
  const root = path.dirname(assets);
  const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
    directories: { buildResources: string };
    fileAssociations: { icon: string }[];
    win: { icon: string };
    mac: { icon: string };
    linux: { icon: string };
  };
  /** electron-builder's own resolver and checks (the ICO must reach 256 px, a set needs PNGs). */
  const { convertIcon } = createRequire(import.meta.url)('app-builder-lib/out/util/iconConverter.js') as {
    convertIcon(options: {
      sources: string[];
      fallbackSources: string[];
      roots: string[];
      format: 'ico' | 'icns' | 'set';
      outDir: string;
    }): Promise<{ icons: { file: string; size: number }[]; isFallback: boolean }>;
  };
  const resolve = (source: string, format: 'ico' | 'icns' | 'set') =>
    convertIcon({
      sources: [source],
      fallbackSources: [],
      roots: [path.join(root, config.directories.buildResources), root],
      format,
      outDir: path.join(os.tmpdir(), 'readyroom-icon-unused'),
    });

  it('finds the Windows, macOS and Linux icons the config names, without converting them', async () => {
    expect(config.directories.buildResources).toBe('assets');
    const windows = await resolve(config.win.icon, 'ico');
    expect(windows).toEqual({
      icons: [{ file: path.join(assets, 'icon.ico'), size: 256 }],
      isFallback: false,
    });
    const mac = await resolve(config.mac.icon, 'icns');
    expect(mac.icons.map((icon) => icon.file)).toEqual([path.join(assets, 'icon.icns')]);
    const linux = await resolve(config.linux.icon, 'set');
    expect(linux.isFallback).toBe(false);
    expect(linux.icons.map((icon) => icon.size)).toEqual([...LINUX_SIZES]);
  });

  it('has the .readyroom file icon where the file association looks for it', () => {
    const [association] = config.fileAssociations;
    for (const extension of ['ico', 'icns']) {
      expect(existsSync(path.join(assets, `${association?.icon}.${extension}`)), extension).toBe(true);
    }
  });
});

describe('icon containers refuse what they cannot represent', () => {
  /** A real (blank) PNG of this size. */
  const blankPng = (width: number, height: number) => PNG.sync.write(new PNG({ width, height }));

  it('rejects non-PNG input, non-square images and sizes above 256 in an ICO', () => {
    expect(() => pngSize(Buffer.from('GIF89a not a png at all, really not'))).toThrow('Not a PNG');
    expect(() => writeIco([blankPng(32, 16)])).toThrow('square');
    expect(() => writeIco([blankPng(512, 512)])).toThrow('at most 256');
  });

  it('rejects broken ICO and icns files when reading them back', () => {
    expect(() => readIco(Buffer.from([0, 0, 2, 0, 0, 0]))).toThrow('Not an ICO');
    const truncated = Buffer.from([
      0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0, 0xff, 0xff, 0, 0, 22, 0, 0, 0,
    ]);
    expect(() => readIco(truncated)).toThrow('past the end');
    const icns = Buffer.alloc(16);
    icns.write('icns', 0, 'latin1');
    icns.writeUInt32BE(16, 4);
    icns.write('ic07', 8, 'latin1');
    icns.writeUInt32BE(4000, 12);
    expect(() => readIcns(icns)).toThrow('past the end');
  });

  it('requires a square viewBox for the document icon', () => {
    expect(() => documentIconSvg('<svg viewBox="0 0 512 256"></svg>')).toThrow('square viewBox');
  });
});
