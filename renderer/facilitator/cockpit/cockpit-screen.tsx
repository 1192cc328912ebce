import '../../app/zod-jitless';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { SaveIndicator } from '../../app/components/save-indicator';
import { redo, undo } from '../../app/store/create-app-store';
import { useAppStore, useAppStoreApi } from '../../app/store/store-context';
import { CanvasRoomContext, canvasRoomKey, isTypingTarget, type CanvasRoom } from '../canvas/canvas-room';
import { AgendaRail } from './agenda-rail';
import { CompactAgenda } from './compact-agenda';
import { ExportControl } from './export-control';
import { PresentControl } from './present-control';
import { RoomActivityButton } from '../room-activity/room-activity-button';
import { SidePanel } from './side-panel';
import { StagePane } from './stage-pane';
import { StageTimerPanel } from './stage-timer-panel';
import { text } from '../../../shared/text';
import { QuietButton } from '../../app/components/quiet-button';
import { preloadWhenIdle } from '../../app/load-when-idle';
import { stageEditorPreloads } from '../stages';

function HistoryButtons() {
  const store = useAppStoreApi();
  const canUndo = useStore(store.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (state) => state.futureStates.length > 0);
  return (
    <div className="history-buttons">
      <QuietButton disabled={!canUndo} onClick={() => undo(store)}>
        {text('cockpit.bar.undo')}
      </QuietButton>
      <QuietButton disabled={!canRedo} onClick={() => redo(store)}>
        {text('cockpit.bar.redo')}
      </QuietButton>
    </div>
  );
}

function StageNavigation() {
  const goToPreviousStage = useAppStore((state) => state.goToPreviousStage);
  const goToNextStage = useAppStore((state) => state.goToNextStage);
  return (
    <div className="stage-navigation">
      <QuietButton onClick={goToPreviousStage}>{text('cockpit.bar.previousStage')}</QuietButton>
      <button type="button" className="button" onClick={goToNextStage}>
        {text('cockpit.bar.nextStage')}
      </button>
    </div>
  );
}

/** Which column is open over the canvas, as a drawer. */
type Drawer = { readonly side: 'agenda'; readonly editing: boolean } | { readonly side: 'notes' } | null;

/**
 * A column opened over the canvas: it closes with its button or Escape, and gives the
 * canvas its room back.
 */
function ColumnDrawer({
  side,
  label,
  onClose,
  children,
}: {
  readonly side: 'agenda' | 'notes';
  readonly label: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  return (
    <div
      className={`cockpit__drawer cockpit__drawer--${side}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !isTypingTarget(event.target)) {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <QuietButton className="cockpit__drawer-close" onClick={onClose}>
        {label}
      </QuietButton>
      {children}
    </div>
  );
}

/**
 * The room a canvas gets: how many canvases are on screen (they say so themselves), focus
 * mode, and the F and Escape keys for it.
 */
function useCanvasRoomState(): { room: CanvasRoom; canvasOnScreen: boolean } {
  const [canvases, setCanvases] = useState(0);
  const [focused, setFocused] = useState(false);
  const canvasOnScreen = canvases > 0;
  const setCanvasOnScreen = useCallback(
    (onScreen: boolean) => setCanvases((count) => Math.max(0, count + (onScreen ? 1 : -1))),
    [],
  );
  const room = useMemo(
    () => ({ focused: focused && canvasOnScreen, setFocused, setCanvasOnScreen }),
    [focused, canvasOnScreen, setCanvasOnScreen],
  );
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = canvasRoomKey(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          typing: isTypingTarget(event.target),
        },
        { canvasOnScreen, focused: room.focused },
      );
      if (action === null) return;
      event.preventDefault();
      setFocused(action === 'focus');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canvasOnScreen, room.focused]);
  return { room, canvasOnScreen };
}

/**
 * The facilitator's cockpit: agenda rail, the current stage with its timer, and the private
 * side panel. Everything is reachable from the keyboard; Ctrl/Cmd+K lists every command.
 * While a canvas is on screen the side columns fold away (the agenda to a strip of stage
 * numbers, the notes to a button), each opening as a drawer over the canvas; focus mode (F)
 * gives the canvas the whole window.
 */
/**
 * While the cockpit is idle, loads the editors of the open workshop's stages, those from
 * the current stage on first, so going to a stage (a canvas above all) does not wait for
 * its code in front of the room.
 */
function usePreloadedStageEditors(): void {
  const store = useAppStoreApi();
  const workshopId = useAppStore((state) => state.workshop?.id);
  useEffect(() => {
    const { workshop, currentStageId } = store.getState();
    if (workshop === null) return undefined;
    const here = Math.max(
      0,
      workshop.agenda.findIndex((stage) => stage.id === currentStageId),
    );
    const agenda = [...workshop.agenda.slice(here), ...workshop.agenda.slice(0, here)];
    return preloadWhenIdle(stageEditorPreloads(agenda.map((stage) => stage.kind)));
  }, [store, workshopId]);
}

export function CockpitScreen() {
  const title = useAppStore((state) => state.workshop?.meta.title ?? '');
  const migratedFrom = useAppStore((state) => state.openFile?.migratedFrom ?? null);
  const closeWorkshop = useAppStore((state) => state.closeWorkshop);
  const setPaletteOpen = useAppStore((state) => state.setPaletteOpen);
  const currentStageId = useAppStore((state) => state.currentStageId);
  const { room, canvasOnScreen } = useCanvasRoomState();
  usePreloadedStageEditors();
  const [drawer, setDrawer] = useState<Drawer>(null);
  // A drawer belongs to the stage it was opened on.
  const [drawerStage, setDrawerStage] = useState(currentStageId);
  if (drawerStage !== currentStageId) {
    setDrawerStage(currentStageId);
    setDrawer(null);
  }
  const folded = canvasOnScreen;
  const closeDrawer = () => setDrawer(null);
  const className = ['cockpit', folded ? 'cockpit--canvas' : '', room.focused ? 'cockpit--focus' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <CanvasRoomContext.Provider value={room}>
      <div className={className}>
        <div className="cockpit__bar" role="region" aria-label={text('cockpit.bar.workshop')}>
          <QuietButton onClick={() => void closeWorkshop()}>{text('cockpit.bar.library')}</QuietButton>
          <h1 className="cockpit__title">{title.trim() === '' ? text('common.untitledWorkshop') : title}</h1>
          <SaveIndicator />
          <HistoryButtons />
          <QuietButton onClick={() => setPaletteOpen(true)}>{text('cockpit.bar.commands')}</QuietButton>
          <PresentControl />
          <ExportControl />
        </div>
        {migratedFrom !== null ? (
          <p className="notice notice--info" role="status">
            {text('cockpit.bar.upgradedFile')}
          </p>
        ) : null}
        <div className="cockpit__body">
          {!folded ? (
            <AgendaRail />
          ) : drawer?.side === 'agenda' ? (
            <>
              <div className="cockpit__folded" aria-hidden="true" />
              <ColumnDrawer side="agenda" label={text('cockpit.bar.hideTheAgenda')} onClose={closeDrawer}>
                <AgendaRail startEditing={drawer.editing} />
              </ColumnDrawer>
            </>
          ) : (
            <CompactAgenda onOpen={(editing) => setDrawer({ side: 'agenda', editing })} />
          )}
          <main className="cockpit__main" id="main">
            <div className="cockpit__stage-bar">
              <StageTimerPanel />
              <RoomActivityButton />
              <StageNavigation />
            </div>
            <StagePane />
          </main>
          {!folded ? (
            <SidePanel />
          ) : drawer?.side === 'notes' ? (
            <>
              <div className="cockpit__folded" aria-hidden="true" />
              <ColumnDrawer side="notes" label={text('cockpit.bar.hideNotes')} onClose={closeDrawer}>
                <SidePanel />
              </ColumnDrawer>
            </>
          ) : (
            <div className="cockpit__folded">
              <QuietButton
                className="cockpit__notes-button"

                aria-label={text('cockpit.bar.showNotes')}
                title={text('cockpit.bar.showNotes')}
                onClick={() => setDrawer({ side: 'notes' })}
              >
                <span aria-hidden="true">✍</span>
              </QuietButton>
            </div>
          )}
        </div>
      </div>
    </CanvasRoomContext.Provider>
  );
}
