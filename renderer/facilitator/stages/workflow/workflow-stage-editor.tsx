import { useCallback, useId, useState } from 'react';
import { defaultStepPosition, LANE_TOP } from '../../../../shared/canvases/canvas-graph';
import { WORKFLOW_CHANGE_STATUS_LABELS } from '../../../../shared/canvases/labels';
import type { WorkflowLane } from '../../../../shared/workshop';
import { FOCUS_PLACES } from '../../../app/focus/focus-places';
import { useAppStore, useAppStoreApi } from '../../../app/store/store-context';
import type { SelectRequest } from '../../canvas/canvas-elements';
import { CanvasToolbar } from '../../canvas/canvas-toolbar';
import { CanvasArea } from '../shared/canvas-area';
import { StagePrompt } from '../shared/stage-prompt';
import { findById, useEditWorkshop } from '../shared/use-workshop';
import { displayName } from '../stakeholders/stakeholder-record';
import { tidyWorkflow } from './tidy-workflow';
import { addStep } from './workflow-edits';
import { WorkflowCanvas, type WorkflowSelection } from './workflow-canvas';
import { ChangeRecord, StepRecord, stepName } from './workflow-records';
import '../stages.css';

const NOTHING_SELECTED: WorkflowSelection = { stepIds: [], changeIds: [] };

/**
 * Workflow stage: how the work is done today, how it will be done with the AI, and for each
 * change, which team it affects, which manager helps design it, what worries them, how people
 * might work around it, and how far it has come.
 */
export function WorkflowStageEditor() {
  const store = useAppStoreApi();
  const editWorkshop = useEditWorkshop();
  const [selection, setSelection] = useState<WorkflowSelection>(NOTHING_SELECTED);
  const [focusRequest, setFocusRequest] = useState<SelectRequest | null>(null);
  const [fitRequest, setFitRequest] = useState(0);

  const show = useCallback((id: string) => {
    setFocusRequest({ ids: [id] });
    setSelection({ stepIds: [id], changeIds: [] });
  }, []);

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
      if (id === '') return;
      show(id);
      store.getState().requestFocus({ kind: 'created', place: FOCUS_PLACES.record(id) });
    },
    [editWorkshop, show, store],
  );

  const clearSelection = useCallback(() => {
    setFocusRequest(null);
    setSelection(NOTHING_SELECTED);
  }, []);

  const selectedStep = selection.stepIds.length === 1 ? selection.stepIds[0] : undefined;
  const selectedChange =
    selection.stepIds.length === 0 && selection.changeIds.length === 1 ? selection.changeIds[0] : undefined;

  return (
    <div className="stage-editor">
      <StagePrompt>
        Walk through the work as it is done today, step by step, then design it with the AI. Link each step of
        today to what replaces it, and for every change agree which team it touches, which affected manager
        helps design it, what worries them, and how people might work around it if it does not work for them.
      </StagePrompt>
      <CanvasToolbar
        canvas="workflow"
        onTidy={async () => {
          await tidyWorkflow(store);
          setFitRequest((count) => count + 1);
        }}
      >
        <button type="button" className="button" onClick={() => add('current')}>
          Add a step of today
        </button>
        <button type="button" className="button" onClick={() => add('future')}>
          Add a step with the AI
        </button>
      </CanvasToolbar>
      <div className="canvas-workspace">
        <CanvasArea>
          <WorkflowCanvas
            onSelectionChange={setSelection}
            focusRequest={focusRequest}
            fitRequest={fitRequest}
            onAdded={show}
          />
        </CanvasArea>
        <aside className="canvas-workspace__panel panel" aria-label="Selected on the canvas">
          {selectedStep !== undefined ? (
            <StepRecord key={selectedStep} id={selectedStep} onRemoved={clearSelection} />
          ) : selectedChange !== undefined ? (
            <ChangeRecord key={selectedChange} id={selectedChange} onRemoved={clearSelection} />
          ) : (
            <p className="hint">
              Select a step or a change to edit it. Drag from the bottom dot of a step of today to the top dot
              of a step with the AI to link them as a change. Double-click an empty spot in a lane to add a
              step there.
            </p>
          )}
        </aside>
      </div>
      <ChangeList onSelect={(id) => setSelection({ stepIds: [], changeIds: [id] })} />
    </div>
  );
}

/** Every change in a list under the canvas: readable at a glance and reachable from the keyboard. */
function ChangeList({ onSelect }: { readonly onSelect: (id: string) => void }) {
  const headingId = useId();
  const changes = useAppStore((state) => state.workshop?.workflow.changes);
  const steps = useAppStore((state) => state.workshop?.workflow.steps);
  const stakeholders = useAppStore((state) => state.workshop?.stakeholders);
  if (changes === undefined || steps === undefined || stakeholders === undefined) return null;
  return (
    <section className="panel stage-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Changes</h3>
      {changes.length === 0 ? (
        <p className="hint">No changes yet. Link a step of today to a step with the AI.</p>
      ) : (
        <div className="stage-table-scroll">
          <table className="stage-table">
            <caption className="visually-hidden">Workflow changes</caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Affected team</th>
                <th scope="col">Co-designing manager</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => {
                const name = `${stepName(findById(steps, change.fromStepId ?? ''))} → ${stepName(findById(steps, change.toStepId ?? ''))}`;
                const manager =
                  change.coDesignerStakeholderId === null
                    ? 'Nobody yet'
                    : displayName(findById(stakeholders, change.coDesignerStakeholderId));
                return (
                  <tr key={change.id}>
                    <td>
                      <button type="button" className="link-button" onClick={() => onSelect(change.id)}>
                        {name}
                      </button>
                    </td>
                    <td>{change.affectedTeam.trim() || 'Not set'}</td>
                    <td>{manager}</td>
                    <td>{WORKFLOW_CHANGE_STATUS_LABELS[change.status]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
