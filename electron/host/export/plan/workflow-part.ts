import { TextRun } from 'docx';
import type { WorkflowChange, WorkflowStep } from '../../../../shared/workshop';
import { WORKFLOW_CHANGE_STATUSES } from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, dataTable, paragraph, richCell, textOrNotSet, textRuns } from './elements';
import { countOf, hasText, joinWords } from './format';
import { WORKFLOW_CHANGE_STATUS_LABELS } from './labels';
import { PICTURE_BOXES, pictureWithCaption } from './pictures';
import { COLOURS, TEXT_WIDTH } from './styles';

/**
 * Workflow changes: the picture of the current and future workflow, and each change with
 * the team it affects, the manager helping to design it, the concern and the workaround to
 * watch for.
 */
export function workflowPart(context: PlanContext): PlanPart | undefined {
  const { workflow } = context.workshop;
  const steps = new Map<string, WorkflowStep>(workflow.steps.map((step) => [step.id, step]));
  const blocks: Block[] = [
    ...(workflow.changes.length === 0 ? [] : [paragraph([new TextRun(summarySentence(workflow.changes))])]),
    ...pictureWithCaption(
      context.pictures.workflow,
      'Workflow: how the work is done today and how it will be done',
      PICTURE_BOXES.portrait,
    ),
  ];
  if (workflow.changes.length > 0) {
    blocks.push(
      dataTable<WorkflowChange>(
        [
          {
            heading: 'Change',
            width: 2.8,
            cell: (change) =>
              richCell([
                hasText(change.description) ? textRuns(change.description) : [new TextRun('(not described)')],
                ...stepLine(change, steps),
              ]),
          },
          { heading: 'Affected team', width: 1.3, cell: (change) => change.affectedTeam.trim() },
          {
            heading: 'Co-designer',
            width: 1.3,
            cell: (change) => textOrNotSet(context.people.stakeholder(change.coDesignerStakeholderId)?.name),
          },
          { heading: 'Concern', width: 1.7, cell: (change) => change.concern.trim() },
          { heading: 'Likely workaround', width: 1.7, cell: (change) => change.likelyWorkaround.trim() },
          { heading: 'Status', width: 1, cell: (change) => WORKFLOW_CHANGE_STATUS_LABELS[change.status] },
        ],
        workflow.changes,
        TEXT_WIDTH.portrait,
      ),
    );
  }
  return planPart('Workflow changes', blocks);
}

function summarySentence(changes: readonly WorkflowChange[]): string {
  const statuses = WORKFLOW_CHANGE_STATUSES.map((status) => ({
    status,
    count: changes.filter((change) => change.status === status).length,
  }))
    .filter((item) => item.count > 0)
    .map((item) => `${item.count} ${WORKFLOW_CHANGE_STATUS_LABELS[item.status].toLowerCase()}`);
  const withCoDesigner = changes.filter((change) => change.coDesignerStakeholderId !== null).length;
  return (
    `${countOf(changes.length, 'change')} to the way the work is done (${joinWords(statuses)}); ` +
    `${withCoDesigner} of them ${withCoDesigner === 1 ? 'has' : 'have'} a manager from the affected team helping to design ${withCoDesigner === 1 ? 'it' : 'them'}.`
  );
}

function stepLine(change: WorkflowChange, steps: ReadonlyMap<string, WorkflowStep>): TextRun[][] {
  const from = change.fromStepId === null ? undefined : steps.get(change.fromStepId)?.title.trim();
  const to = change.toStepId === null ? undefined : steps.get(change.toStepId)?.title.trim();
  const text =
    hasText(from) && hasText(to)
      ? `${from} \u2192 ${to}`
      : hasText(to)
        ? `New step: ${to}`
        : hasText(from)
          ? `Step removed: ${from}`
          : '';
  return text === '' ? [] : [[new TextRun({ text, italics: true, color: COLOURS.muted })]];
}
