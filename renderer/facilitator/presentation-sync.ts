import type { HostApi } from '../../shared/host-api/contract';
import type { Presentation } from '../../shared/host-api/presentation-contract';
import type { AppState } from '../app/store/app-state';
import type { AppStore } from '../app/store/create-app-store';
import { stagePrompts } from './stages';

type PresentationInput = Omit<Presentation, 'updatedAtMs'>;

/** What the audience screen should show for the facilitator's current state (never notes). */
export function presentationFor(state: AppState): PresentationInput {
  const { workshop, currentStageId } = state;
  const index = workshop?.agenda.findIndex((stage) => stage.id === currentStageId) ?? -1;
  const stage = index >= 0 ? workshop?.agenda[index] : undefined;
  const timer = currentStageId === null ? undefined : state.timers[currentStageId];
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
    results: stage?.kind === 'readiness' ? [...state.presentedResults] : [],
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
  const send = () => {
    const next = presentationFor(store.getState());
    const text = JSON.stringify(next);
    if (text === lastSent) return;
    lastSent = text;
    void host.presentation.set(next).catch(() => {
      lastSent = ''; // try again on the next change
    });
  };
  send();
  return store.subscribe(send);
}
