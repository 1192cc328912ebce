import { useCallback } from 'react';
import { defaultStepPosition, LANE_TOP } from '../../../../shared/canvases/canvas-graph';
import { WORKFLOW_CHANGE_STATUS_LABELS } from '../../../../shared/canvases/labels';
import type { WorkflowLane } from '../../../../shared/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { CanvasToolbar } from '../../canvas/canvas-toolbar';
import { CanvasWorkspace } from '../shared/canvas-area';
import { useCanvasStage } from '../shared/canvas-stage';
import { StageTable, type StageTableColumn } from '../shared/stage-table';
import { StagePrompt } from '../shared/stage-prompt';
import { findById, useEditWorkshop } from '../shared/use-workshop';
import { displayName } from '../stakeholders/stakeholder-names';
import { tidyWorkflow } from './tidy-workflow';
import { addStep } from './workflow-edits';
import { WorkflowCanvas, type WorkflowSelection } from './workflow-canvas';
import { ChangeRecord, StepRecord, stepName } from './workflow-records';
import '../stages.css';
import { text } from '../../../../shared/text';
import { StageSection } from '../shared/stage-section';

const CHANGE_COLUMNS: readonly StageTableColumn[] = [
  { label: text('stage.workflow.change') },
  { label: text('stage.workflow.affectedTeam') },
  { label: text('stage.workflow.coDesigningManager') },
  { label: text('stage.workflow.status') },
];

const NOTHING_SELECTED: WorkflowSelection = { stepIds: [], changeIds: [] };
const onlyStep = (id: string): WorkflowSelection => ({ stepIds: [id], changeIds: [] });

/**
 * Workflow stage: how the work is done today, how it will be done with the AI, and for each
 * change, which team it affects, which manager helps design it, what worries them, how people
 * might work around it, and how far it has come.
 */
export function WorkflowStageEditor() {
  const editWorkshop = useEditWorkshop();
  const stage = useCanvasStage(NOTHING_SELECTED, onlyStep);
  const { store, selection, showAdded } = stage;

  const add = useCallback(
    (lane: WorkflowLane) => {
      const workshop = store.getState().workshop;
      if (workshop === null) return;
      const positions = workshop.layout.workflow.positions;
      // In step order, as the canvas draws them.
      const inLane = workshop.workflow.steps
        .filter((step) => step.lane === lane)
        .sort((left, right) => left.order - right.order);
      // After the lane's rightmost card.
      const rightmost = Math.max(
        -Infinity,
        ...inLane.map((step, index) => (positions[step.id] ?? defaultStepPosition(lane, index)).x),
      );
      const position =
        rightmost === -Infinity
          ? defaultStepPosition(lane, 0)
          : { x: rightmost + 260, y: LANE_TOP[lane] + 70 };
      let id = '';
      editWorkshop((draft) => {
        id = addStep(draft, lane, position);
      });
      if (id !== '') showAdded(id);
    },
    [editWorkshop, showAdded, store],
  );

  const selectedStep = selection.stepIds.length === 1 ? selection.stepIds[0] : undefined;
  const selectedChange =
    selection.stepIds.length === 0 && selection.changeIds.length === 1 ? selection.changeIds[0] : undefined;

  const panel =
    selectedStep !== undefined ? (
      <StepRecord key={selectedStep} id={selectedStep} onRemoved={stage.clearSelection} />
    ) : selectedChange !== undefined ? (
      <ChangeRecord key={selectedChange} id={selectedChange} onRemoved={stage.clearSelection} />
    ) : (
      <p className="hint">{text('stage.workflow.selectAStep')}</p>
    );

  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.workflow.walkThroughThe')}</StagePrompt>
      <CanvasToolbar canvas="workflow" onTidy={stage.tidyWith(tidyWorkflow)}>
        <button type="button" className="button" onClick={() => add('current')}>
          {text('stage.workflow.addAStep')}
        </button>
        <button type="button" className="button" onClick={() => add('future')}>
          {text('stage.workflow.addAStepWith')}
        </button>
      </CanvasToolbar>
      <CanvasWorkspace panelLabel={text('stage.workflow.selectedOnThe')} panel={panel}>
        <WorkflowCanvas {...stage.canvas} />
      </CanvasWorkspace>
      <ChangeList onSelect={(id) => stage.setSelection({ stepIds: [], changeIds: [id] })} />
    </div>
  );
}

/** Every change in a list under the canvas: readable at a glance and reachable from the keyboard. */
function ChangeList({ onSelect }: { readonly onSelect: (id: string) => void }) {
  const changes = useAppStore((state) => state.workshop?.workflow.changes);
  const steps = useAppStore((state) => state.workshop?.workflow.steps);
  const stakeholders = useAppStore((state) => state.workshop?.stakeholders);
  if (changes === undefined || steps === undefined || stakeholders === undefined) return null;
  return (
    <StageSection heading={text('stage.workflow.changes')}>
      {changes.length === 0 ? (
        <p className="hint">{text('stage.workflow.noChangesYet')}</p>
      ) : (
        <StageTable caption={text('stage.workflow.workflowChanges')} columns={CHANGE_COLUMNS}>
          <tbody>
            {changes.map((change) => {
              const name = `${stepName(findById(steps, change.fromStepId ?? ''))} → ${stepName(findById(steps, change.toStepId ?? ''))}`;
              const manager =
                change.coDesignerStakeholderId === null
                  ? text('stage.workflow.nobodyYet')
                  : displayName(findById(stakeholders, change.coDesignerStakeholderId));
              return (
                <tr key={change.id}>
                  <td>
                    <button type="button" className="link-button" onClick={() => onSelect(change.id)}>
                      {name}
                    </button>
                  </td>
                  <td>{change.affectedTeam.trim() || text('stage.workflow.notSet')}</td>
                  <td>{manager}</td>
                  <td>{WORKFLOW_CHANGE_STATUS_LABELS[change.status]}</td>
                </tr>
              );
            })}
          </tbody>
        </StageTable>
      )}
    </StageSection>
  );
}
