import { TextRun } from 'docx';
import { text } from '../../../../shared/text';
import type { WorkflowChange, WorkflowStep } from '../../../../shared/workshop';
import { WORKFLOW_CHANGE_STATUSES } from '../../../../shared/workshop';
import { type PlanContext, type PlanPart, planPart } from './context';
import { type Block, dataTable, paragraph, richCell, textOrNotSet, textRuns } from './elements';
import { hasText, joinWords, tally } from './format';
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
    ...pictureWithCaption(context.pictures.workflow, text('plan.workflow.caption'), PICTURE_BOXES.portrait),
  ];
  if (workflow.changes.length > 0) {
    blocks.push(
      dataTable<WorkflowChange>(
        [
          {
            heading: text('plan.workflow.column.change'),
            width: 2.8,
            cell: (change) =>
              richCell([
                hasText(change.description)
                  ? textRuns(change.description)
                  : [new TextRun(text('plan.workflow.notDescribed'))],
                ...stepLine(change, steps),
              ]),
          },
          {
            heading: text('plan.workflow.column.team'),
            width: 1.3,
            cell: (change) => change.affectedTeam.trim(),
          },
          {
            heading: text('plan.workflow.column.coDesigner'),
            width: 1.3,
            cell: (change) => textOrNotSet(context.people.stakeholder(change.coDesignerStakeholderId)?.name),
          },
          {
            heading: text('plan.workflow.column.concern'),
            width: 1.7,
            cell: (change) => change.concern.trim(),
          },
          {
            heading: text('plan.workflow.column.workaround'),
            width: 1.7,
            cell: (change) => change.likelyWorkaround.trim(),
          },
          {
            heading: text('plan.workflow.column.status'),
            width: 1,
            cell: (change) => WORKFLOW_CHANGE_STATUS_LABELS[change.status],
          },
        ],
        workflow.changes,
        TEXT_WIDTH.portrait,
      ),
    );
  }
  return planPart(text('plan.workflow.title'), blocks);
}

function summarySentence(changes: readonly WorkflowChange[]): string {
  const statuses = tally(WORKFLOW_CHANGE_STATUSES, changes, (change) => change.status).map(
    ({ value, count }) =>
      text('plan.workflow.statusCount', {
        count,
        status: WORKFLOW_CHANGE_STATUS_LABELS[value].toLowerCase(),
      }),
  );
  const withCoDesigner = changes.filter((change) => change.coDesignerStakeholderId !== null).length;
  return text('plan.workflow.summary', {
    count: changes.length,
    statuses: joinWords(statuses),
    coDesigned: text('plan.workflow.coDesigned', { count: withCoDesigner }),
  });
}

function stepLine(change: WorkflowChange, steps: ReadonlyMap<string, WorkflowStep>): TextRun[][] {
  const from = change.fromStepId === null ? undefined : steps.get(change.fromStepId)?.title.trim();
  const to = change.toStepId === null ? undefined : steps.get(change.toStepId)?.title.trim();
  const line =
    hasText(from) && hasText(to)
      ? text('plan.workflow.stepChanged', { from, to })
      : hasText(to)
        ? text('plan.workflow.stepNew', { to })
        : hasText(from)
          ? text('plan.workflow.stepRemoved', { from })
          : '';
  return line === '' ? [] : [[new TextRun({ text: line, italics: true, color: COLOURS.muted })]];
}
