import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import type { Block } from './elements';
import { STYLE, TEXT_WIDTH } from './styles';

/** A picture of a canvas, as a PNG file and its size in pixels. */
export interface PlanPicture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The pictures the plan can show, of the canvases, the roadmap and the risks; each is optional. */
export interface PlanPictures {
  readonly stakeholderMap?: PlanPicture;
  readonly workflow?: PlanPicture;
  readonly dataMap?: PlanPicture;
  readonly roadmap?: PlanPicture;
  readonly riskHeatMap?: PlanPicture;
}

/** The largest box a picture may fill, in pixels at 96 to the inch (what docx measures pictures in). */
export interface PictureBox {
  readonly maxWidth: number;
  readonly maxHeight: number;
}

/** A pixel at 96 to the inch is 15 twips. */
const TWIPS_PER_PIXEL = 15;

/** The room a picture may take on a page of each orientation, leaving space for a heading and caption. */
export const PICTURE_BOXES = {
  portrait: { maxWidth: Math.floor(TEXT_WIDTH.portrait / TWIPS_PER_PIXEL), maxHeight: 400 },
  landscape: { maxWidth: Math.floor(TEXT_WIDTH.landscape / TWIPS_PER_PIXEL), maxHeight: 430 },
} as const satisfies Record<string, PictureBox>;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/**
 * The size of a PNG file, read from its header, or undefined when the bytes are not a PNG.
 * Lets callers that only have the file (the command line) describe the picture.
 */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) {
    return undefined;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The IHDR chunk always comes first: length (4), type (4), then width and height.
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/**
 * A picture scaled to fit the box (never enlarged), centred, with a caption under it. Its
 * alternative text is the caption, and `description` when given (what the picture shows,
 * in words, for readers who cannot see it). Nothing when there is no usable picture.
 */
export function pictureWithCaption(
  picture: PlanPicture | undefined,
  caption: string,
  box: PictureBox,
  description: string = caption,
): Block[] {
  if (picture === undefined || picture.png.length === 0 || !(picture.width > 0) || !(picture.height > 0)) {
    return [];
  }
  const scale = Math.min(1, box.maxWidth / picture.width, box.maxHeight / picture.height);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: picture.png,
          transformation: {
            width: Math.max(1, Math.round(picture.width * scale)),
            height: Math.max(1, Math.round(picture.height * scale)),
          },
          altText: { name: caption, title: caption, description },
        }),
      ],
    }),
    new Paragraph({
      style: STYLE.caption,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(caption)],
    }),
  ];
}
