/**
 * Canvas-like test pictures for the export tests: real, valid PNGs (8-bit RGB, encoded by
 * pngjs) of any size, a background with flat boxes drawn on it.
 */
import { PNG } from 'pngjs';

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
  const png = new PNG({ width, height });
  const fill = (x: number, y: number, colour: Rgb) => {
    png.data.set(colour, (y * width + x) * 4);
    png.data[(y * width + x) * 4 + 3] = 255;
  };
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) fill(x, y, background);
  }
  for (const box of boxes) {
    for (let y = Math.max(0, box.y); y < Math.min(height, box.y + box.height); y += 1) {
      for (let x = Math.max(0, box.x); x < Math.min(width, box.x + box.width); x += 1) fill(x, y, box.colour);
    }
  }
  // pngjs holds RGBA; colorType 2 writes RGB, as the pictures have no transparency.
  return new Uint8Array(PNG.sync.write(png, { colorType: 2 }));
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
