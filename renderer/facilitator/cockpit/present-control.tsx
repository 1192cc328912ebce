import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { PresentOptions } from '../../app/store/session-slice';
import { useAppStore } from '../../app/store/store-context';
import type { CanvasViewMove } from '../../../shared/canvases/canvas-view';
import { text, type MessageId } from '../../../shared/text';
import { QuietButton } from '../../app/components/quiet-button';

// The thumbnail draws the audience screen (and React Flow for a canvas): only once it shows.
const AudienceThumbnail = lazy(() =>
  import('./audience-thumbnail').then((module) => ({ default: module.AudienceThumbnail })),
);

const FRAMING: readonly { move: CanvasViewMove; label: string; symbol: string }[] = [
  { move: 'zoomIn', label: text('cockpit.present.zoomIn'), symbol: '+' },
  { move: 'zoomOut', label: text('cockpit.present.zoomOut'), symbol: '−' },
  { move: 'left', label: text('cockpit.present.panLeft'), symbol: '←' },
  { move: 'up', label: text('cockpit.present.panUp'), symbol: '↑' },
  { move: 'down', label: text('cockpit.present.panDown'), symbol: '↓' },
  { move: 'right', label: text('cockpit.present.panRight'), symbol: '→' },
];

/** Zoom and pan of the canvas shown to the room, and "fit all". */
function CanvasFraming() {
  const moveCanvasView = useAppStore((state) => state.moveCanvasView);
  const framed = useAppStore((state) => state.canvasView !== null);
  return (
    <div className="room-view__framing" role="group" aria-label={text('cockpit.present.framing')}>
      {FRAMING.map(({ move, label, symbol }) => (
        <QuietButton key={move} aria-label={label} title={label} onClick={() => moveCanvasView(move)}>
          <span aria-hidden="true">{symbol}</span>
        </QuietButton>
      ))}
      <QuietButton disabled={!framed} onClick={() => moveCanvasView('fitAll')}>
        {text('cockpit.present.fitAll')}
      </QuietButton>
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
      aria-label={text('cockpit.present.whatTheRoomSees')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Suspense fallback={<div className="room-view__loading">{text('cockpit.present.drawing')}</div>}>
        <AudienceThumbnail width={448} />
      </Suspense>
      {canvasShown ? <CanvasFraming /> : null}
      <div className="room-view__actions">
        {desktop ? (
          <QuietButton onClick={() => void swapAudienceDisplays()}>
            {text('cockpit.present.swapDisplays')}
          </QuietButton>
        ) : null}
        <QuietButton onClick={onClose}>{text('cockpit.present.close')}</QuietButton>
      </div>
    </section>
  );
}

/** What the audience screen can show besides the canvas, as checkboxes in this order. */
const SHOWN_PARTS = [
  ['stage', 'cockpit.present.showStage'],
  ['timer', 'cockpit.present.showTimer'],
] as const satisfies readonly (readonly [keyof PresentOptions, MessageId])[];

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
    <div className="present-control" role="group" aria-label={text('cockpit.present.audienceScreen')}>
      <button
        type="button"
        className="button"
        aria-pressed={open}
        onClick={() => void toggleAudienceScreen()}
      >
        {open ? text('cockpit.present.closeAudienceScreen') : text('cockpit.present.presentF5')}
      </button>
      {SHOWN_PARTS.map(([part, label]) => (
        <label key={part}>
          <input
            type="checkbox"
            checked={options[part]}
            onChange={(event) => setPresentOptions({ [part]: event.target.checked })}
          />
          {text(label)}
        </label>
      ))}
      <QuietButton
        className="present-control__room-view"
        ref={toggleButton}
        aria-expanded={roomViewOpen}
        aria-controls={roomViewOpen ? panelId : undefined}
        onClick={() => setRoomViewOpen(!roomViewOpen)}
      >
        {open ? (
          <Suspense fallback={null}>
            <AudienceThumbnail width={96} />
          </Suspense>
        ) : null}
        {text('cockpit.present.roomView')}
      </QuietButton>
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
