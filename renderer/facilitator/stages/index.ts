import { lazy, type ComponentType } from 'react';
import type { AgendaStageKind } from '../../../shared/workshop/agenda';

/**
 * The editor of each stage kind that has one. Each editor takes no props: it reads and
 * writes the open workshop through the store. Editors load on first use, so the cockpit
 * starts without them (the stage pane shows them inside `<Suspense>`); the canvases, and
 * React Flow with them, load with the stakeholder, workflow and data stages.
 */
export const stageEditors: Partial<Record<AgendaStageKind, ComponentType>> = {
  welcome: lazy(() =>
    import('./welcome/welcome-stage-editor').then((module) => ({ default: module.WelcomeStageEditor })),
  ),
  retrospective: lazy(() =>
    import('./retrospective/retrospective-stage-editor').then((module) => ({
      default: module.RetrospectiveStageEditor,
    })),
  ),
  ownership: lazy(() =>
    import('./ownership/ownership-stage-editor').then((module) => ({ default: module.OwnershipStageEditor })),
  ),
  data: lazy(() =>
    import('./data/data-stage-editor').then((module) => ({ default: module.DataStageEditor })),
  ),
  stakeholders: lazy(() =>
    import('./stakeholders/stakeholders-stage-editor').then((module) => ({
      default: module.StakeholdersStageEditor,
    })),
  ),
  workflow: lazy(() =>
    import('./workflow/workflow-stage-editor').then((module) => ({ default: module.WorkflowStageEditor })),
  ),
  metrics: lazy(() =>
    import('./metrics/metrics-stage-editor').then((module) => ({ default: module.MetricsStageEditor })),
  ),
  actions: lazy(() =>
    import('./actions/actions-stage-editor').then((module) => ({ default: module.ActionsStageEditor })),
  ),
  readiness: lazy(() =>
    import('./readiness/readiness-stage-editor').then((module) => ({ default: module.ReadinessStageEditor })),
  ),
  'action-review': lazy(() =>
    import('./follow-up-review/action-review-stage-editor').then((module) => ({
      default: module.ActionReviewStageEditor,
    })),
  ),
  're-test': lazy(() =>
    import('./follow-up-retest/re-test-stage-editor').then((module) => ({
      default: module.ReTestStageEditor,
    })),
  ),
  close: lazy(() =>
    import('./close/close-stage-editor').then((module) => ({ default: module.CloseStageEditor })),
  ),
};

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
