import type { HostApi } from '../../../shared/host-api/contract';
import type { CanvasView, PresentedResults } from '../../../shared/host-api/presentation-contract';
import { nextStageId, previousStageId } from '../../../shared/cockpit/agenda-logic';
import {
  extendTimer,
  isRunning,
  newStageTimer,
  pauseTimer,
  startTimer,
  type StageTimer,
} from '../../../shared/cockpit/stage-timer';
import type { CanvasName, Workshop } from '../../../shared/workshop';
import { stagesAlongside } from '../../../shared/workshop/sessions';
import type { AppSliceCreator } from './app-state';
import { moveCanvasView, type CanvasViewMove } from '../../../shared/canvases/canvas-view';
import { downloadBase64, downloadWorkshopCopy, toggleAudienceWindow } from '../window-actions';
import { text } from '../../../shared/text';
import type { ShownToTheRoom } from '../../facilitator/shown-to-the-room';

/** Where an export stands. */
export type ExportStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'working'; readonly format: 'docx' | 'csv' | 'ics' | 'follow-up' }
  | {
      readonly state: 'saved';
      readonly format: 'docx' | 'csv' | 'ics' | 'follow-up';
      readonly path: string;
      /** Set when the file was written but something in it is missing (a canvas picture). */
      readonly warning?: string;
    }
  | {
      readonly state: 'downloaded';
      readonly format: 'docx' | 'csv' | 'ics' | 'follow-up';
      readonly fileName: string;
      readonly warning?: string;
    }
  | {
      readonly state: 'failed';
      readonly format: 'docx' | 'csv' | 'ics' | 'follow-up';
      readonly message: string;
    };

/** What the audience screen is asked to show besides the stage. */
export interface PresentOptions {
  readonly stage: boolean;
  readonly timer: boolean;
}

/** The canvas pictures the Word plan shows, as base64 PNG. */
export type PlanPictures = Partial<
  Record<'stakeholderMap' | 'workflow' | 'dataMap' | 'trend', { pngBase64: string }>
>;

/** Draws the canvas pictures of a workshop for the Word plan. */
export type DrawPlanPictures = (workshop: Workshop) => Promise<PlanPictures>;

/** The real pictures: each canvas drawn read-only in the light theme (loaded on first export). */
const drawPlanPictures: DrawPlanPictures = async (workshop) =>
  (await import('../../canvases/canvas-picture')).planPictures(workshop);

/**
 * Session state of the running workshop: which stage is on, the timers, whether the room's
 * screen is open. It is not part of the document and never undone.
 */
export interface SessionSlice {
  readonly currentStageId: string | null;
  readonly timers: Readonly<Record<string, StageTimer>>;
  readonly audienceOpen: boolean;
  readonly presentOptions: PresentOptions;
  readonly paletteOpen: boolean;
  /** The canvas shown read-only on the audience screen, while its stage is on. */
  readonly presentedCanvas: { readonly stageId: string; readonly canvas: CanvasName } | null;
  /** Shows a canvas of the current stage on the audience screen, or stops showing it (null). */
  presentCanvas(canvas: CanvasName | null): void;
  /** How the projected canvas is framed; null fits every card on the audience screen. */
  readonly canvasView: CanvasView | null;
  /** Zooms or pans the projected canvas, or fits it all again. */
  moveCanvasView(move: CanvasViewMove): void;
  /** The readiness stage whose verdict the room is shown, while that stage is on. */
  readonly verdictShownStageId: string | null;
  /** Shows the verdict of the current stage to the room, or hides it. */
  showVerdict(show: boolean): void;
  /** Trades the audience screen's display with the cockpit's (desktop, two displays). */
  swapAudienceDisplays(): Promise<void>;
  /** Where the last export stands, for the progress and "open the file" messages. */
  readonly exportStatus: ExportStatus;
  /** Exports the Word action plan or the actions CSV or their due dates as calendar reminders (save dialog on desktop, download in a browser). */
  exportWorkshop(format: 'docx' | 'csv' | 'ics' | 'follow-up'): Promise<void>;
  openExportedFile(path: string): Promise<void>;
  dismissExportStatus(): void;
  /** Revealed readiness results, as the audience screen shows them. */
  readonly presentedResults: PresentedResults;
  setPresentedResults(results: PresentedResults): void;

  goToStage(stageId: string): void;
  goToNextStage(): void;
  goToPreviousStage(): void;
  toggleTimer(): void;
  /** Sets the minutes a stage really took, replacing what was recorded; null takes the correction back. */
  correctStageMinutes(stageId: string, minutes: number | null): void;
  extendCurrentTimer(minutes: number): void;
  setAudienceOpen(open: boolean): void;
  setPresentOptions(options: Partial<PresentOptions>): void;
  setPaletteOpen(open: boolean): void;
  /** Opens the audience screen (a desktop window, or a browser window), or closes it. */
  toggleAudienceScreen(): Promise<void>;
  /** Downloads a copy of the open workshop as a .readyroom file. */
  exportWorkshopCopy(): void;
  /** Restores the session after a reload (from the tab's storage). */
  restoreSession(session: { currentStageId: string | null; timers: Record<string, StageTimer> }): void;
  /** Shows the room again what it was shown before a reload (`facilitator/shown-to-the-room.ts`). */
  restoreShownToTheRoom(shown: ShownToTheRoom): void;
}

export function createSessionSlice(
  host: HostApi,
  clock: () => number = Date.now,
  drawPictures: DrawPlanPictures = drawPlanPictures,
): AppSliceCreator<SessionSlice> {
  return (set, get) => {
    function currentStage() {
      const { workshop, currentStageId } = get();
      return workshop?.agenda.find((stage) => stage.id === currentStageId) ?? null;
    }

    function timerFor(stageId: string): StageTimer | null {
      const existing = get().timers[stageId];
      if (existing !== undefined) return existing;
      const stage = get().workshop?.agenda.find((item) => item.id === stageId);
      return stage === undefined ? null : newStageTimer(stageId, stage.timeboxMinutes);
    }

    function setTimer(timer: StageTimer): void {
      set({ timers: { ...get().timers, [timer.stageId]: timer } });
    }

    return {
      currentStageId: null,
      timers: {},
      audienceOpen: false,
      presentOptions: { stage: true, timer: true },
      paletteOpen: false,
      presentedCanvas: null,
      presentCanvas: (canvas) => {
        const stageId = get().currentStageId;
        set({
          presentedCanvas: canvas === null || stageId === null ? null : { stageId, canvas },
          canvasView: null,
        });
      },
      canvasView: null,
      moveCanvasView: (move) => set({ canvasView: moveCanvasView(get().canvasView, move) }),
      verdictShownStageId: null,
      showVerdict: (show) => set({ verdictShownStageId: show ? get().currentStageId : null }),
      swapAudienceDisplays: async () => {
        if (await host.presentation.swapDisplays()) return;
        get().failAction(
          get().appInfo?.shell === 'browser'
            ? text('store.display.browserCannotMove')
            : text('store.display.onlyOne'),
        );
      },
      exportStatus: { state: 'idle' },
      exportWorkshop: async (format) => {
        const workshop = get().workshop;
        if (workshop === null || get().exportStatus.state === 'working') return;
        set({ exportStatus: { state: 'working', format } });
        try {
          // A picture that cannot be drawn must not cost the room its plan: write the plan
          // without it and say so.
          let pictures: PlanPictures = {};
          let warning: string | undefined;
          if (format === 'docx' || format === 'follow-up') {
            try {
              pictures =
                format === 'docx'
                  ? await drawPictures(workshop)
                  : await (await import('../../plan-pictures/trend-picture')).followUpPictures(workshop);
            } catch (error) {
              warning = text('store.export.noPictures', {
                reason: error instanceof Error ? error.message : text('store.export.picturesNotDrawn'),
              });
            }
          }
          const delivered = await host.export.deliver({ workshop, format, pictures });
          const withWarning = warning === undefined ? {} : { warning };
          if (delivered.kind === 'cancelled') {
            set({ exportStatus: { state: 'idle' } });
          } else if (delivered.kind === 'saved') {
            set({ exportStatus: { state: 'saved', format, path: delivered.path, ...withWarning } });
          } else {
            downloadBase64(delivered.base64, delivered.fileName, delivered.mimeType);
            set({
              exportStatus: { state: 'downloaded', format, fileName: delivered.fileName, ...withWarning },
            });
          }
        } catch (error) {
          set({
            exportStatus: {
              state: 'failed',
              format,
              message: error instanceof Error ? error.message : text('store.export.failed'),
            },
          });
        }
      },
      openExportedFile: async (path) => {
        await host.export.openFile({ path });
      },
      dismissExportStatus: () => set({ exportStatus: { state: 'idle' } }),
      presentedResults: [],
      setPresentedResults: (results) => set({ presentedResults: results }),

      goToStage: (stageId) => {
        const { currentStageId, workshop } = get();
        if (workshop === null || stageId === currentStageId) return;
        if (!workshop.agenda.some((stage) => stage.id === stageId)) return;
        const nowIso = new Date(clock()).toISOString();
        // Leaving a stage pauses its countdown.
        if (currentStageId !== null) {
          const leaving = get().timers[currentStageId];
          if (leaving !== undefined && isRunning(leaving)) setTimer(pauseTimer(leaving, clock()));
        }
        // The record of the day: entering a stage opens a visit, leaving it closes the visit
        // (any visit left open, for example before a reload, is closed too).
        get().editWorkshop((draft) => {
          for (const stage of draft.agenda) {
            const open = stage.visits.at(-1);
            if (open !== undefined && open.end === null) {
              open.end = nowIso;
              if (stage.status === 'active') stage.status = 'done';
            }
            if (stage.id === stageId) {
              stage.visits.push({ start: nowIso, end: null });
              if (stage.status !== 'skipped') stage.status = 'active';
            }
          }
        });
        set({ currentStageId: stageId });
      },
      goToNextStage: () => {
        const workshop = get().workshop;
        const agenda = workshop === null ? [] : stagesAlongside(workshop, get().currentStageId);
        const next = nextStageId(agenda, get().currentStageId);
        if (next !== null) get().goToStage(next);
      },
      goToPreviousStage: () => {
        const workshop = get().workshop;
        const agenda = workshop === null ? [] : stagesAlongside(workshop, get().currentStageId);
        const previous = previousStageId(agenda, get().currentStageId);
        if (previous !== null) get().goToStage(previous);
      },
      toggleTimer: () => {
        const stage = currentStage();
        if (stage === null) return;
        const timer = timerFor(stage.id);
        if (timer === null) return;
        if (isRunning(timer)) {
          setTimer(pauseTimer(timer, clock()));
          return;
        }
        // The countdown is an aid for the room; the record of the day comes from the visits.
        setTimer(startTimer(timer, clock()));
      },
      correctStageMinutes: (stageId, minutes) => {
        get().editWorkshop((draft) => {
          const stage = draft.agenda.find((item) => item.id === stageId);
          if (stage === undefined) return;
          // The agenda rail keeps the number within what a file allows.
          stage.correctedMinutes = minutes === null ? null : Math.max(0, Math.round(minutes));
        });
      },
      extendCurrentTimer: (minutes) => {
        const stage = currentStage();
        const timer = stage === null ? null : timerFor(stage.id);
        if (timer !== null) setTimer(extendTimer(timer, minutes));
      },
      setAudienceOpen: (open) => set({ audienceOpen: open }),
      setPresentOptions: (options) => set({ presentOptions: { ...get().presentOptions, ...options } }),
      setPaletteOpen: (open) => set({ paletteOpen: open }),
      toggleAudienceScreen: async () => {
        const result = await toggleAudienceWindow(host, get().audienceOpen);
        if (result.problem !== null) get().failAction(result.problem);
        set({ audienceOpen: result.open });
      },
      exportWorkshopCopy: () => {
        const { workshop, openFile } = get();
        if (workshop !== null)
          void downloadWorkshopCopy(workshop, openFile?.fileName ?? 'workshop.readyroom');
      },
      restoreSession: (session) => set({ currentStageId: session.currentStageId, timers: session.timers }),
      restoreShownToTheRoom: (shown) => set(shown),
    };
  };
}
