/**
 * What the `docx` benchmark exports, shared by the group and its child processes: the large
 * fixture, three canvas pictures and a fixed clock.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanPicture, PlanPictures } from '../../../electron/host/export/plan/pictures';
import type { Workshop } from '../../../shared/workshop';
import { generateLargeWorkshop } from '../../fixtures/large-workshop';
import { canvasPicture } from './canvas-picture';

/** The canvas pictures the plan shows, in a fixed order (also their file names). */
export const PICTURE_KEYS = [
  'stakeholderMap',
  'workflow',
  'dataMap',
] as const satisfies readonly (keyof PlanPictures)[];

/** Canvas pictures are exported at this size. */
export const PICTURE_SIZE = { width: 1600, height: 1000 } as const;

/** The moment printed on the cover; fixed so every run builds the same document. */
export const GENERATED_AT = new Date('2025-06-02T17:30:00.000Z');

/** The workshop every export uses. */
export function benchWorkshop(): Workshop {
  return generateLargeWorkshop(1);
}

/** Draws the three pictures (a few hundred KB of PNG each). */
export function drawPictures(): PlanPictures {
  return Object.fromEntries(
    PICTURE_KEYS.map((key, index) => [
      key,
      canvasPicture(index + 1, PICTURE_SIZE.width, PICTURE_SIZE.height),
    ]),
  );
}

/** The pictures' PNG bytes in `PICTURE_KEYS` order. */
export function pictureBytes(pictures: PlanPictures): Uint8Array[] {
  return PICTURE_KEYS.map((key) => {
    const picture = pictures[key];
    if (picture === undefined) throw new Error(`The ${key} picture is missing.`);
    return picture.png;
  });
}

/** Saves the pictures as `<key>.png` in `folder`, for child processes to read. */
export function savePictures(pictures: PlanPictures, folder: string): void {
  for (const [index, png] of pictureBytes(pictures).entries()) {
    writeFileSync(path.join(folder, `${PICTURE_KEYS[index]}.png`), png);
  }
}

/** Reads pictures saved by `savePictures`, as the export service gets them: bytes and size. */
export function loadPictures(folder: string): PlanPictures {
  return Object.fromEntries(
    PICTURE_KEYS.map((key): [string, PlanPicture] => [
      key,
      { png: new Uint8Array(readFileSync(path.join(folder, `${key}.png`))), ...PICTURE_SIZE },
    ]),
  );
}
