import type { ComponentType } from 'react';
import type { AgendaStageKind } from '../../../shared/workshop/agenda';
import { lazyPreloadable, type PreloadableComponent } from '../../app/load-when-idle';

/**
 * The editor of each stage kind that has one. Each editor takes no props: it reads and
 * writes the open workshop through the store. Editors load on first use, so the cockpit
 * starts without them (the stage pane shows them inside `<Suspense>`); the canvases, and
 * React Flow with them, load with the stakeholder, workflow and data stages. The cockpit
 * loads the agenda's other editors while it is idle ({@link stageEditorPreloads}).
 */
const editors: Partial<Record<AgendaStageKind, PreloadableComponent<object>>> = {
  welcome: lazyPreloadable(() =>
    import('./welcome/welcome-stage-editor').then((module) => module.WelcomeStageEditor),
  ),
  retrospective: lazyPreloadable(() =>
    import('./retrospective/retrospective-stage-editor').then((module) => module.RetrospectiveStageEditor),
  ),
  ownership: lazyPreloadable(() =>
    import('./ownership/ownership-stage-editor').then((module) => module.OwnershipStageEditor),
  ),
  data: lazyPreloadable(() => import('./data/data-stage-editor').then((module) => module.DataStageEditor)),
  stakeholders: lazyPreloadable(() =>
    import('./stakeholders/stakeholders-stage-editor').then((module) => module.StakeholdersStageEditor),
  ),
  workflow: lazyPreloadable(() =>
    import('./workflow/workflow-stage-editor').then((module) => module.WorkflowStageEditor),
  ),
  metrics: lazyPreloadable(() =>
    import('./metrics/metrics-stage-editor').then((module) => module.MetricsStageEditor),
  ),
  actions: lazyPreloadable(() =>
    import('./actions/actions-stage-editor').then((module) => module.ActionsStageEditor),
  ),
  readiness: lazyPreloadable(() =>
    import('./readiness/readiness-stage-editor').then((module) => module.ReadinessStageEditor),
  ),
  'action-review': lazyPreloadable(() =>
    import('./follow-up-review/action-review-stage-editor').then((module) => module.ActionReviewStageEditor),
  ),
  're-test': lazyPreloadable(() =>
    import('./follow-up-retest/re-test-stage-editor').then((module) => module.ReTestStageEditor),
  ),
  close: lazyPreloadable(() =>
    import('./close/close-stage-editor').then((module) => module.CloseStageEditor),
  ),
};

export const stageEditors: Partial<Record<AgendaStageKind, ComponentType>> = Object.fromEntries(
  Object.entries(editors).map(([kind, editor]) => [kind, editor.Component]),
);

/** How to load the editors of `kinds` (each once, in that order), for kinds that have one. */
export function stageEditorPreloads(kinds: readonly AgendaStageKind[]): (() => Promise<unknown>)[] {
  return [...new Set(kinds)].flatMap((kind) => {
    const editor = editors[kind];
    return editor === undefined ? [] : [editor.preload];
  });
}

/**
 * One sentence per stage kind for the room: the audience screen shows it under the stage
 * title, so it speaks to the participants, not to the facilitator.
 */
export const stagePrompts: Readonly<Record<AgendaStageKind, string>> = {
  welcome: 'Who is in the room, and what did our AI pilot set out to do, in one sentence?',
  retrospective:
    'What did the pilot really prove, and which of its comfortable conditions will disappear when it runs for the whole organisation?',
  ownership: 'Once the AI is live, who answers for the business result, and who looks after it day to day?',
  data: 'Which systems will feed the AI in production, who owns each one, and can the data flow with nobody fixing it by hand?',
  stakeholders:
    'Whose daily work will change, and which managers should help shape that change from the start?',
  workflow: 'How is the work done today, how will it be done with the AI, and who helps design each change?',
  metrics: 'How will we know the AI is working, and which number will show the business is better off?',
  readiness: 'Four questions, four honest answers: are we ready to scale?',
  actions: 'What will we do about each gap, who owns it, and by when?',
  close: 'What did we decide, what is still open, and what happens next?',
  'action-review': 'What happened to each action since we last met: done, moving, stuck or dropped?',
  're-test': 'The same four questions again: what has moved since last time?',
  custom: 'Over to the room: what do we need to say or decide here?',
};
