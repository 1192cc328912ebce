import { toPng } from 'html-to-image';
import { createRoot } from 'react-dom/client';
import { canvasGraph, type CanvasGraph } from '../../shared/canvases/canvas-graph';
import type { CanvasName, Workshop } from '../../shared/workshop';
import { roadmapAndRisksPictures } from '../plan-pictures/draw-plan-pictures';
import { ReadOnlyCanvas } from './read-only-canvas';

/**
 * Pictures of canvases for the Word plan and for saving: the canvas is drawn read-only in a
 * hidden, fixed-size frame in the light theme (whatever theme the facilitator uses, paper is
 * white), fitted to its content, and captured with html-to-image.
 */

/**
 * The CSS properties a picture copies from each drawn element. html-to-image otherwise
 * copies every computed property (about 360 in Chromium) onto every element of the clone,
 * which was most of the time Export waits for (about 1 s for a 60-card map); the canvases
 * use these. A property missing here draws with its initial value in the picture, so a new
 * kind of styling on the canvases needs its property added.
 */
const PICTURE_STYLE_PROPERTIES = [
  'display',
  'position',
  'left',
  'top',
  'right',
  'bottom',
  'inset',
  'z-index',
  'transform',
  'transform-origin',
  'translate',
  'box-sizing',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'outline-width',
  'outline-style',
  'outline-color',
  'outline-offset',
  'box-shadow',
  'background-color',
  'background-image',
  'background-size',
  'background-position',
  'background-repeat',
  'color',
  'opacity',
  'visibility',
  'overflow',
  'overflow-x',
  'overflow-y',
  'clip-path',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'align-items',
  'align-self',
  'align-content',
  'justify-content',
  'justify-items',
  'justify-self',
  'row-gap',
  'column-gap',
  'order',
  'grid-template-columns',
  'grid-template-rows',
  'grid-row-start',
  'grid-row-end',
  'grid-column-start',
  'grid-column-end',
  'place-items',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-transform',
  'text-decoration-line',
  'text-decoration-color',
  'text-overflow',
  'white-space',
  'word-break',
  'overflow-wrap',
  'vertical-align',
  'direction',
  '-webkit-line-clamp',
  '-webkit-box-orient',
  'list-style-type',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'marker-end',
  'marker-start',
  'd',
];

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
      includeStyleProperties: PICTURE_STYLE_PROPERTIES,
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

/** The pictures the Word plan shows: each canvas that has something on it, the roadmap and the risk heat map. */
export async function planPictures(
  workshop: Workshop,
): Promise<Partial<Record<keyof typeof PLAN_PICTURES | 'roadmap' | 'riskHeatMap', { pngBase64: string }>>> {
  const pictures: Partial<Record<keyof typeof PLAN_PICTURES, { pngBase64: string }>> = {};
  for (const [picture, canvas] of Object.entries(PLAN_PICTURES) as [
    keyof typeof PLAN_PICTURES,
    CanvasName,
  ][]) {
    const graph = canvasGraph(workshop, canvas);
    if (!graph.nodes.some((node) => node.type !== 'aiSystem')) continue;
    pictures[picture] = { pngBase64: await canvasPicture(graph) };
  }
  return { ...pictures, ...(await roadmapAndRisksPictures(workshop, PICTURE_PIXEL_RATIO)) };
}
