import { toPng } from 'html-to-image';
import { createRoot } from 'react-dom/client';
import { canvasGraph, type CanvasGraph } from '../../shared/canvases/canvas-graph';
import type { CanvasName, Workshop } from '../../shared/workshop';
import { ReadOnlyCanvas } from './read-only-canvas';

/**
 * Pictures of canvases for the Word plan and for saving: the canvas is drawn read-only in a
 * hidden, fixed-size frame in the light theme (whatever theme the facilitator uses, paper is
 * white), fitted to its content, and captured with html-to-image.
 */

/** The frame a picture is drawn in, in CSS pixels (the plan's pictures are 16:10). */
export const PICTURE_FRAME = { width: 1600, height: 1000 } as const;

/** 1600 CSS px × 1.25 = 2000 px: 300 dots per inch across a 6.5-inch wide page. */
export const PICTURE_PIXEL_RATIO = 1.25;

const READY_TIMEOUT_MS = 15_000;

/** Draws a canvas graph and returns it as a PNG data URL. */
export async function canvasPicture(graph: CanvasGraph): Promise<string> {
  const frame = document.createElement('div');
  frame.dataset.theme = 'light';
  frame.className = 'canvas-picture-frame';
  frame.setAttribute('aria-hidden', 'true');
  Object.assign(frame.style, {
    position: 'fixed',
    left: `-${PICTURE_FRAME.width * 4}px`,
    top: '0',
    width: `${PICTURE_FRAME.width}px`,
    height: `${PICTURE_FRAME.height}px`,
    pointerEvents: 'none',
  });
  document.body.append(frame);
  const root = createRoot(frame);
  try {
    await new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(
        () => reject(new Error(`The ${graph.title.toLowerCase()} picture took too long to draw.`)),
        READY_TIMEOUT_MS,
      );
      root.render(
        <ReadOnlyCanvas
          graph={graph}
          paper
          onReady={() => {
            clearTimeout(timeout);
            resolve();
          }}
        />,
      );
    });
    const surface = frame.querySelector<HTMLElement>('.canvas');
    if (surface === null) throw new Error('The canvas did not draw, so there is no picture to take.');
    return await toPng(surface, {
      width: PICTURE_FRAME.width,
      height: PICTURE_FRAME.height,
      pixelRatio: PICTURE_PIXEL_RATIO,
      backgroundColor: '#ffffff',
      skipFonts: true,
    });
  } finally {
    root.unmount();
    frame.remove();
  }
}

/** A picture of one canvas of a workshop, as a PNG data URL. */
export function workshopCanvasPicture(workshop: Workshop, canvas: CanvasName): Promise<string> {
  return canvasPicture(canvasGraph(workshop, canvas));
}

/** Which canvas each picture of the Word plan shows. */
const PLAN_PICTURES = { stakeholderMap: 'stakeholders', workflow: 'workflow', dataMap: 'dataMap' } as const;

/** The pictures the Word plan shows: each canvas that has something on it. */
export async function planPictures(
  workshop: Workshop,
): Promise<Partial<Record<keyof typeof PLAN_PICTURES, { pngBase64: string }>>> {
  const pictures: Partial<Record<keyof typeof PLAN_PICTURES, { pngBase64: string }>> = {};
  for (const [picture, canvas] of Object.entries(PLAN_PICTURES) as [
    keyof typeof PLAN_PICTURES,
    CanvasName,
  ][]) {
    const graph = canvasGraph(workshop, canvas);
    if (!graph.nodes.some((node) => node.type !== 'aiSystem')) continue;
    pictures[picture] = { pngBase64: await canvasPicture(graph) };
  }
  return pictures;
}
