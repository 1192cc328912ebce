import { canvasGraph, type CanvasGraph } from '../../shared/canvases/canvas-graph';
import type { HostApi } from '../../shared/host-api/contract';
import type { CanvasName, Workshop } from '../../shared/workshop';
import type { Presentation, PresentedVerdict } from '../../shared/host-api/presentation-contract';
import { isRoomVotingStage } from '../../shared/voting/voting-stages';
import { computeVerdict } from '../../shared/workshop/readiness-logic';
import type { AppState } from '../app/store/app-state';
import type { AppStore } from '../app/store/create-app-store';
import { whenIdle } from '../when-idle';
import { presentedActivity } from './presentation-sync-activity';
import { withSpreads } from './presentation-sync-spread';
import { stagePrompts } from './stages';

type PresentationInput = Omit<Presentation, 'updatedAtMs'>;

const graphs = new WeakMap<Workshop, Map<CanvasName, CanvasGraph>>();

/** The graph of a canvas, built once per version of the document. */
function presentedGraph(workshop: Workshop, canvas: CanvasName): CanvasGraph {
  let byCanvas = graphs.get(workshop);
  if (byCanvas === undefined) {
    byCanvas = new Map();
    graphs.set(workshop, byCanvas);
  }
  let graph = byCanvas.get(canvas);
  if (graph === undefined) {
    graph = canvasGraph(workshop, canvas);
    byCanvas.set(canvas, graph);
  }
  return graph;
}

/** The verdict as the room sees it; null until every question has its final answer. */
function presentedVerdict(workshop: Workshop): PresentedVerdict | null {
  const verdict = computeVerdict(workshop);
  if (verdict.kind === 'incomplete') return null;
  return {
    kind: verdict.kind,
    gaps: verdict.gaps.flatMap((questionId) => {
      const answer = workshop.readiness.finalAnswers[questionId].answer;
      return answer === 'partly' || answer === 'no' ? [{ questionId, answer }] : [];
    }),
  };
}

/** What the audience screen should show for the facilitator's current state (never notes). */
export function presentationFor(state: AppState): PresentationInput {
  const { workshop, currentStageId } = state;
  const index = workshop?.agenda.findIndex((stage) => stage.id === currentStageId) ?? -1;
  const stage = index >= 0 ? workshop?.agenda[index] : undefined;
  const timer = currentStageId === null ? undefined : state.timers[currentStageId];
  const canvasShown =
    workshop !== null && state.presentedCanvas !== null && state.presentedCanvas.stageId === currentStageId;
  const verdictShown =
    workshop !== null &&
    stage?.kind === 'readiness' &&
    currentStageId !== null &&
    state.verdictShownStageId === currentStageId;
  return {
    workshopTitle: workshop?.meta.title ?? '',
    stage:
      stage === undefined || workshop === null
        ? null
        : {
            title: stage.title,
            kind: stage.kind,
            prompt: stagePrompts[stage.kind],
            position: index + 1,
            count: workshop.agenda.length,
          },
    show: state.presentOptions,
    results:
      stage !== undefined && isRoomVotingStage(stage.kind)
        ? withSpreads(state.presentedResults, workshop)
        : [],
    canvas:
      canvasShown && state.presentedCanvas !== null
        ? presentedGraph(workshop, state.presentedCanvas.canvas)
        : null,
    canvasView: canvasShown ? state.canvasView : null,
    verdict: verdictShown ? presentedVerdict(workshop) : null,
    activity: presentedActivity(state),
    timer:
      stage === undefined
        ? null
        : (timer ?? {
            stageId: stage.id,
            durationMs: stage.timeboxMinutes * 60_000,
            runningSinceMs: null,
            elapsedBeforeMs: 0,
          }),
  };
}

/** Keeps the host's presentation (and so every audience screen) in step with this window. */
export function startPresentationSync(store: AppStore, host: HostApi): () => void {
  let lastSent = '';
  let lastCanvas: CanvasGraph | null = null;
  const send = () => {
    const next = presentationFor(store.getState());
    // A presented canvas can hold hundreds of cards: compare it by identity (it is rebuilt
    // only when the document changes) and the rest by value.
    const text = JSON.stringify({ ...next, canvas: null });
    if (text === lastSent && next.canvas === lastCanvas) return;
    lastSent = text;
    lastCanvas = next.canvas;
    void host.presentation.set(next).catch(() => {
      lastSent = ''; // try again on the next change
    });
  };
  // What this window shows at start-up goes out once the page is idle, after its first
  // screen: the audience screen is a window away, and a request costs that screen time.
  let stopped = false;
  whenIdle(() => {
    if (!stopped) send();
  });
  const unsubscribe = store.subscribe(send);
  return () => {
    stopped = true;
    unsubscribe();
  };
}
