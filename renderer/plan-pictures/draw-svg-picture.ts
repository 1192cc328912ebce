/**
 * Turns a plan picture (a React component that draws plain SVG) into a PNG data URL: the
 * component is rendered once off screen, its SVG is read back as markup and drawn onto a
 * canvas at the plan's pixel ratio. Much quicker than the canvases' DOM capture, because
 * an SVG needs no styles copied.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** Draws `element` (which renders one `<svg>` with its width and height set) as a PNG data URL. */
export async function svgPicturePng(element: ReactElement, pixelRatio: number): Promise<string> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  Object.assign(holder.style, { position: 'fixed', left: '-20000px', top: '0', pointerEvents: 'none' });
  document.body.append(holder);
  const root = createRoot(holder);
  let markup: string;
  let width: number;
  let height: number;
  try {
    flushSync(() => root.render(element));
    const svg = holder.querySelector('svg');
    if (svg === null) throw new Error('The picture did not draw, so there is no picture to take.');
    width = Number(svg.getAttribute('width'));
    height = Number(svg.getAttribute('height'));
    markup = new XMLSerializer().serializeToString(svg);
  } finally {
    root.unmount();
    holder.remove();
  }
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw pictures.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}
