/**
 * Canvas-like pictures for the `docx` benchmark: what html-to-image makes of a stakeholder
 * map or workflow — a soft gradient, a dotted grid, edges and node cards with anti-aliased
 * "text" — as a real PNG of a few hundred kilobytes. `test/export/png-encoder.ts` only
 * draws flat boxes, which compress to almost nothing and would flatter the export; this
 * draws pixel by pixel, and pngjs picks each row's filter by the smallest sum of
 * differences, close to what libpng (and so the browsers) do.
 *
 * Deterministic: the same seed always gives the same bytes.
 */
import { PNG } from 'pngjs';
import type { PlanPicture } from '../../../electron/host/export/plan/pictures';
import type { Rgb } from '../../export/png-encoder';
import { seededRandom } from '../../reliability/random';

/** An opaque RGBA raster (pngjs's layout) with alpha blending. */
class Raster {
  readonly png: PNG;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.png = new PNG({ width, height });
    this.png.data.fill(255);
  }

  blend(x: number, y: number, colour: Rgb, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const at = (y * this.width + x) * 4;
    const keep = 1 - Math.min(1, alpha);
    for (let channel = 0; channel < 3; channel += 1) {
      const old = this.png.data[at + channel] ?? 0;
      this.png.data[at + channel] = Math.round(old * keep + (colour[channel] ?? 0) * (1 - keep));
    }
  }

  /** A rounded rectangle with soft (anti-aliased) corners. */
  roundedRect(
    x: number,
    y: number,
    width: number,
    height: number,
    radius: number,
    colour: Rgb,
    alpha = 1,
  ): void {
    for (let row = Math.floor(y); row < Math.ceil(y + height); row += 1) {
      for (let column = Math.floor(x); column < Math.ceil(x + width); column += 1) {
        const dx = Math.max(x + radius - column - 0.5, 0, column + 0.5 - (x + width - radius));
        const dy = Math.max(y + radius - row - 0.5, 0, row + 0.5 - (y + height - radius));
        const coverage = Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(dx, dy)));
        this.blend(column, row, colour, coverage * alpha);
      }
    }
  }

  /** A line of `thickness` pixels, anti-aliased by distance to the segment. */
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, colour: Rgb): void {
    const length = Math.hypot(x1 - x0, y1 - y0) || 1;
    const half = thickness / 2;
    for (let row = Math.floor(Math.min(y0, y1) - half - 1); row <= Math.max(y0, y1) + half + 1; row += 1) {
      for (
        let column = Math.floor(Math.min(x0, x1) - half - 1);
        column <= Math.max(x0, x1) + half + 1;
        column += 1
      ) {
        const t = Math.max(
          0,
          Math.min(1, ((column - x0) * (x1 - x0) + (row - y0) * (y1 - y0)) / length ** 2),
        );
        const distance = Math.hypot(column - (x0 + t * (x1 - x0)), row - (y0 + t * (y1 - y0)));
        this.blend(column, row, colour, half + 0.5 - distance);
      }
    }
  }

  /** A cubic Bézier edge, as React Flow draws them. */
  curve(x0: number, y0: number, x1: number, y1: number, colour: Rgb): void {
    const middle = (x0 + x1) / 2;
    const points = Math.max(8, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 12));
    let previous: [number, number] = [x0, y0];
    for (let step = 1; step <= points; step += 1) {
      const t = step / points;
      const u = 1 - t;
      const x = u ** 3 * x0 + 3 * u * u * t * middle + 3 * u * t * t * middle + t ** 3 * x1;
      const y = u ** 3 * y0 + 3 * u * u * t * y0 + 3 * u * t * t * y1 + t ** 3 * y1;
      this.line(previous[0], previous[1], x, y, 1.6, colour);
      previous = [x, y];
    }
  }

  /**
   * A line of text as a renderer draws it: glyphs of strokes with grey anti-aliased edges.
   * Not legible, but it compresses like text does, which is what matters here.
   */
  text(x: number, y: number, characters: number, size: number, colour: Rgb, random: () => number): void {
    let cursor = x;
    for (let index = 0; index < characters; index += 1) {
      const advance = Math.round(size * (0.45 + random() * 0.25));
      if (random() < 0.16) {
        cursor += advance; // a space
        continue;
      }
      const strokes = 2 + Math.floor(random() * 3);
      for (let stroke = 0; stroke < strokes; stroke += 1) {
        const ax = cursor + random() * advance * 0.8;
        const ay = y + random() * size;
        const bx = cursor + random() * advance * 0.8;
        const by = y + random() * size;
        this.line(ax, ay, bx, by, size / 9, colour);
      }
      cursor += advance;
    }
  }
}

/**
 * Encodes the raster as an RGB PNG with zlib's default level and strategy (pngjs's own
 * defaults, 9 and RLE, would make pictures unlike a browser's).
 */
function encodePng(raster: Raster): Uint8Array {
  return new Uint8Array(
    PNG.sync.write(raster.png, { colorType: 2, filterType: -1, deflateLevel: 6, deflateStrategy: 0 }),
  );
}

const palette: readonly Rgb[] = [
  [46, 117, 182],
  [192, 80, 77],
  [112, 173, 71],
  [237, 125, 49],
  [112, 48, 160],
];

/**
 * A canvas picture of `width` × `height` pixels: background gradient, dotted grid, `nodes`
 * cards joined by curved edges, each card with a title and a line of smaller text.
 */
export function canvasPicture(seed: number, width = 1600, height = 1000, nodes = 36): PlanPicture {
  const random = seededRandom(seed);
  const raster = new Raster(width, height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      raster.png.data[at] = 244 + Math.round((6 * x) / width);
      raster.png.data[at + 1] = 247 - Math.round((5 * y) / height);
      raster.png.data[at + 2] = 251;
    }
  }
  for (let y = 10; y < height; y += 20) {
    for (let x = 10; x < width; x += 20) {
      raster.roundedRect(x - 1, y - 1, 2.4, 2.4, 1.2, [200, 205, 214]);
    }
  }
  const cardWidth = 190;
  const cardHeight = 70;
  const cards = Array.from({ length: nodes }, () => ({
    x: 20 + random() * (width - cardWidth - 40),
    y: 20 + random() * (height - cardHeight - 40),
    colour: palette[Math.floor(random() * palette.length)] ?? palette[0],
  }));
  for (let edge = 0; edge < Math.round(nodes * 1.5); edge += 1) {
    const from = cards[Math.floor(random() * cards.length)];
    const to = cards[Math.floor(random() * cards.length)];
    if (from === undefined || to === undefined || from === to) continue;
    raster.curve(from.x + cardWidth, from.y + cardHeight / 2, to.x, to.y + cardHeight / 2, [150, 160, 176]);
  }
  for (const card of cards) {
    const colour = card.colour ?? [46, 117, 182];
    raster.roundedRect(card.x + 2, card.y + 3, cardWidth, cardHeight, 8, [30, 40, 60], 0.12);
    raster.roundedRect(card.x, card.y, cardWidth, cardHeight, 8, colour);
    raster.roundedRect(card.x + 2, card.y + 2, cardWidth - 4, cardHeight - 4, 6, [255, 255, 255]);
    raster.roundedRect(card.x + 2, card.y + 2, 6, cardHeight - 4, 3, colour);
    raster.text(card.x + 16, card.y + 12, 16, 15, [33, 37, 41], random);
    raster.text(card.x + 16, card.y + 38, 22, 11, [108, 117, 125], random);
  }
  return { png: encodePng(raster), width, height };
}
