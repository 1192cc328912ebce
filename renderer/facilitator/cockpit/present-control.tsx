import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../../app/store/store-context';
import type { CanvasViewMove } from '../../../shared/canvases/canvas-view';

// The thumbnail draws the audience screen (and React Flow for a canvas): only once it shows.
const AudienceThumbnail = lazy(() =>
  import('./audience-thumbnail').then((module) => ({ default: module.AudienceThumbnail })),
);

const FRAMING: readonly { move: CanvasViewMove; label: string; text: string }[] = [
  { move: 'zoomIn', label: 'Zoom in', text: '+' },
  { move: 'zoomOut', label: 'Zoom out', text: '−' },
  { move: 'left', label: 'Pan left', text: '←' },
  { move: 'up', label: 'Pan up', text: '↑' },
  { move: 'down', label: 'Pan down', text: '↓' },
  { move: 'right', label: 'Pan right', text: '→' },
];

/** Zoom and pan of the canvas shown to the room, and "fit all". */
function CanvasFraming() {
  const moveCanvasView = useAppStore((state) => state.moveCanvasView);
  const framed = useAppStore((state) => state.canvasView !== null);
  return (
    <div className="room-view__framing" role="group" aria-label="Frame the canvas on the audience screen">
      {FRAMING.map(({ move, label, text }) => (
        <button
          key={move}
          type="button"
          className="button button--quiet"
          aria-label={label}
          title={label}
          onClick={() => moveCanvasView(move)}
        >
          <span aria-hidden="true">{text}</span>
        </button>
      ))}
      <button
        type="button"
        className="button button--quiet"
        disabled={!framed}
        onClick={() => moveCanvasView('fitAll')}
      >
        Fit all
      </button>
    </div>
  );
}

/** The larger view of what the room sees, with the framing of a projected canvas. */
function RoomViewPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const canvasShown = useAppStore(
    (state) => state.presentedCanvas !== null && state.presentedCanvas.stageId === state.currentStageId,
  );
  const desktop = useAppStore((state) => state.appInfo?.shell === 'desktop');
  const swapAudienceDisplays = useAppStore((state) => state.swapAudienceDisplays);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, []);
  return (
    <section
      id={id}
      ref={panel}
      tabIndex={-1}
      className="room-view"
      aria-label="What the room sees"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Suspense fallback={<div className="room-view__loading">Drawing the audience screen…</div>}>
        <AudienceThumbnail width={448} />
      </Suspense>
      {canvasShown ? <CanvasFraming /> : null}
      <div className="room-view__actions">
        {desktop ? (
          <button type="button" className="button button--quiet" onClick={() => void swapAudienceDisplays()}>
            Swap displays
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}

/** Opens the audience screen, chooses what it shows, and shows a live thumbnail of it. */
export function PresentControl() {
  const toggleAudienceScreen = useAppStore((state) => state.toggleAudienceScreen);
  const open = useAppStore((state) => state.audienceOpen);
  const options = useAppStore((state) => state.presentOptions);
  const setPresentOptions = useAppStore((state) => state.setPresentOptions);
  const [roomViewOpen, setRoomViewOpen] = useState(false);
  const panelId = useId();
  const toggleButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="present-control" role="group" aria-label="Audience screen">
      <button
        type="button"
        className="button"
        aria-pressed={open}
        onClick={() => void toggleAudienceScreen()}
      >
        {open ? 'Close audience screen' : 'Present (F5)'}
      </button>
      <label>
        <input
          type="checkbox"
          checked={options.stage}
          onChange={(event) => setPresentOptions({ stage: event.target.checked })}
        />
        Show stage
      </label>
      <label>
        <input
          type="checkbox"
          checked={options.timer}
          onChange={(event) => setPresentOptions({ timer: event.target.checked })}
        />
        Show timer
      </label>
      <button
        ref={toggleButton}
        type="button"
        className="button button--quiet present-control__room-view"
        aria-expanded={roomViewOpen}
        aria-controls={roomViewOpen ? panelId : undefined}
        onClick={() => setRoomViewOpen(!roomViewOpen)}
      >
        {open ? (
          <Suspense fallback={null}>
            <AudienceThumbnail width={96} />
          </Suspense>
        ) : null}
        Room view
      </button>
      {roomViewOpen ? (
        <RoomViewPanel
          id={panelId}
          onClose={() => {
            setRoomViewOpen(false);
            toggleButton.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
