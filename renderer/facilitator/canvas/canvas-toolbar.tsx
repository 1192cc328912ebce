import { useState, type ReactNode } from 'react';
import { CANVAS_LABELS } from '../../../shared/canvases/labels';
import './workspace.css';
import type { CanvasName } from '../../../shared/workshop';
import { useAppStore, useAppStoreApi } from '../../app/store/store-context';
import { useCanvasRoom } from './canvas-room';
import { text } from '../../../shared/text';
import { QuietButton } from '../../app/components/quiet-button';

/** Turns a workshop title into a file name that every system accepts. */
export function pictureFileName(workshopTitle: string, canvas: CanvasName): string {
  const printable = [...`${workshopTitle.trim() || text('canvas.workshop')} - ${CANVAS_LABELS[canvas]}`]
    .map((character) => (character.charCodeAt(0) < 32 ? ' ' : character))
    .join('');
  const base = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base}.png`;
}

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly text: string }
  | { readonly kind: 'done' | 'failed'; readonly text: string };

/**
 * The buttons over a canvas: the canvas's own actions (add a card), then tidy up the layout,
 * save a picture, show it on the audience screen, and focus on it (the whole window). Slow
 * work says what it is doing. A toolbar on screen tells the cockpit a canvas needs the room.
 */
export function CanvasToolbar({
  canvas,
  onTidy,
  children,
}: {
  readonly canvas: CanvasName;
  /** Arranges the canvas automatically; undefined where the canvas places cards itself. */
  readonly onTidy?: () => Promise<void>;
  readonly children?: ReactNode;
}) {
  const store = useAppStoreApi();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const presented = useAppStore(
    (state) =>
      state.presentedCanvas?.canvas === canvas && state.presentedCanvas.stageId === state.currentStageId,
  );
  const presentCanvas = useAppStore((state) => state.presentCanvas);
  const { focused, setFocused } = useCanvasRoom();
  const working = status.kind === 'working';

  async function run(message: string, task: () => Promise<string>) {
    setStatus({ kind: 'working', text: message });
    try {
      setStatus({ kind: 'done', text: await task() });
    } catch (error) {
      setStatus({
        kind: 'failed',
        text: error instanceof Error && error.message !== '' ? error.message : text('canvas.thatDidNot'),
      });
    }
  }

  /** Saves the canvas as a PNG picture (a download); answers what it did. */
  async function savePicture(): Promise<string> {
    const workshop = store.getState().workshop;
    if (workshop === null) throw new Error('Open a workshop first.');
    const { workshopCanvasPicture } = await import('../../canvases/canvas-picture');
    const dataUrl = await workshopCanvasPicture(workshop, canvas);
    const fileName = pictureFileName(workshop.meta.title, canvas);
    const link = document.createElement('a');
    link.href = dataUrl;
    link.download = fileName;
    link.click();
    return text('canvas.savedThePicture', { fileName });
  }

  /** A button for slow work: off while any work runs, which says what it is doing meanwhile. */
  function slowButton(label: string, doing: string, task: () => Promise<string>) {
    return (
      <QuietButton disabled={working} onClick={() => void run(doing, task)}>
        {label}
      </QuietButton>
    );
  }

  return (
    <div
      className="stage-toolbar canvas-toolbar"
      role="group"
      aria-label={text('canvas.value1Tools', { value1: CANVAS_LABELS[canvas] })}
    >
      {children}
      {onTidy === undefined
        ? null
        : slowButton(text('canvas.tidyUpThe'), text('canvas.arrangingTheCards'), async () => {
            await onTidy();
            return text('canvas.arrangedUndoPuts');
          })}
      {slowButton(text('canvas.saveAsPicture'), text('canvas.drawingThePicture'), savePicture)}
      <QuietButton aria-pressed={presented} onClick={() => presentCanvas(presented ? null : canvas)}>
        {presented ? text('canvas.stopShowingOn') : text('canvas.showOnThe')}
      </QuietButton>
      <QuietButton
        className="canvas-toolbar__focus"
        aria-pressed={focused}
        aria-keyshortcuts={focused ? 'Escape' : 'F'}
        onClick={() => setFocused(!focused)}
      >
        {focused ? text('canvas.leaveFocusEsc') : text('canvas.focusOnThe')}
      </QuietButton>
      <span
        role="status"
        className={
          status.kind === 'failed'
            ? 'canvas-toolbar__status canvas-toolbar__status--failed'
            : 'canvas-toolbar__status'
        }
      >
        {status.kind === 'idle' ? null : status.text}
      </span>
    </div>
  );
}
