import '../../app/zod-jitless';
import { useStore } from 'zustand';
import { SaveIndicator } from '../../app/components/save-indicator';
import { redo, undo } from '../../app/store/create-app-store';
import { useAppStore, useAppStoreApi } from '../../app/store/store-context';
import { AgendaRail } from './agenda-rail';
import { ExportControl } from './export-control';
import { PresentControl } from './present-control';
import { SidePanel } from './side-panel';
import { StagePane } from './stage-pane';
import { StageTimerPanel } from './stage-timer-panel';

function HistoryButtons() {
  const store = useAppStoreApi();
  const canUndo = useStore(store.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (state) => state.futureStates.length > 0);
  return (
    <div className="history-buttons">
      <button type="button" className="button button--quiet" disabled={!canUndo} onClick={() => undo(store)}>
        Undo
      </button>
      <button type="button" className="button button--quiet" disabled={!canRedo} onClick={() => redo(store)}>
        Redo
      </button>
    </div>
  );
}

function StageNavigation() {
  const goToPreviousStage = useAppStore((state) => state.goToPreviousStage);
  const goToNextStage = useAppStore((state) => state.goToNextStage);
  return (
    <div className="stage-navigation">
      <button type="button" className="button button--quiet" onClick={goToPreviousStage}>
        ← Previous stage
      </button>
      <button type="button" className="button" onClick={goToNextStage}>
        Next stage →
      </button>
    </div>
  );
}

/**
 * The facilitator's cockpit: agenda rail, the current stage with its timer, and the private
 * side panel. Everything is reachable from the keyboard; Ctrl/Cmd+K lists every command.
 */
export function CockpitScreen() {
  const title = useAppStore((state) => state.workshop?.meta.title ?? '');
  const migratedFrom = useAppStore((state) => state.openFile?.migratedFrom ?? null);
  const closeWorkshop = useAppStore((state) => state.closeWorkshop);
  const setPaletteOpen = useAppStore((state) => state.setPaletteOpen);
  return (
    <div className="cockpit">
      <div className="cockpit__bar">
        <button type="button" className="button button--quiet" onClick={() => void closeWorkshop()}>
          ← Library
        </button>
        <h1 className="cockpit__title">{title.trim() === '' ? 'Untitled workshop' : title}</h1>
        <SaveIndicator />
        <HistoryButtons />
        <button type="button" className="button button--quiet" onClick={() => setPaletteOpen(true)}>
          Commands
        </button>
        <PresentControl />
        <ExportControl />
      </div>
      {migratedFrom !== null ? (
        <p className="notice notice--info" role="status">
          This file was made by an older version of ReadyRoom. It has been upgraded and will be saved in the
          new format.
        </p>
      ) : null}
      <div className="cockpit__body">
        <AgendaRail />
        <main className="cockpit__main" id="main">
          <div className="cockpit__stage-bar">
            <StageTimerPanel />
            <StageNavigation />
          </div>
          <StagePane />
        </main>
        <SidePanel />
      </div>
    </div>
  );
}
