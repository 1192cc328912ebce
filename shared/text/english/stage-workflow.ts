/** The workflow stage: its editor, records and canvas. */
import type { Message } from '../translator';

export const STAGE_WORKFLOW = {
  'stage.workflow.titleOfValue1': 'Title of {value1}',
  'stage.workflow.aStepNo': 'a step no longer on the canvas',
  'stage.workflow.untitledStep': 'Untitled step',
  'stage.workflow.step': 'Step',
  'stage.workflow.team': 'Team',
  'stage.workflow.owner': 'Owner',
  'stage.workflow.lane': 'Lane',
  'stage.workflow.withTheAi': 'With the AI, this step becomes…',
  'stage.workflow.linkAsA': 'Link as a change',
  'stage.workflow.removeThisStep': 'Remove this step',
  'stage.workflow.nobodyYet': 'Nobody yet',
  'stage.workflow.coDesigner': ' (co-designer)',
  'stage.workflow.whatChanges': 'What changes',
  'stage.workflow.affectedTeam': 'Affected team',
  'stage.workflow.managerWhoCo': 'Manager who co-designs it',
  'stage.workflow.addTheAffected': 'Add the affected managers on the stakeholder map first.',
  'stage.workflow.theirConcern': 'Their concern',
  'stage.workflow.howPeopleMight': 'How people might work around it',
  'stage.workflow.status': 'Status',
  'stage.workflow.removeThisChange': 'Remove this change',
  'stage.workflow.walkThroughThe':
    'Walk through the work as it is done today, step by step, then design it with the AI. Link each step of today to what replaces it, and for every change agree which team it touches, which affected manager helps design it, what worries them, and how people might work around it if it does not work for them.',
  'stage.workflow.addAStep': 'Add a step of today',
  'stage.workflow.addAStepWith': 'Add a step with the AI',
  'stage.workflow.selectedOnThe': 'Selected on the canvas',
  'stage.workflow.selectAStep':
    'Select a step or a change to edit it. Drag from the bottom dot of a step of today to the top dot of a step with the AI to link them as a change. Double-click an empty spot in a lane to add a step there.',
  'stage.workflow.changes': 'Changes',
  'stage.workflow.noChangesYet': 'No changes yet. Link a step of today to a step with the AI.',
  'stage.workflow.workflowChanges': 'Workflow changes',
  'stage.workflow.change': 'Change',
  'stage.workflow.coDesigningManager': 'Co-designing manager',
  'stage.workflow.notSet': 'Not set',
} as const satisfies Readonly<Record<string, Message>>;
