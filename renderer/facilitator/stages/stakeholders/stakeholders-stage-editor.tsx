import { useCallback, useState } from 'react';
import { CanvasToolbar } from '../../canvas/canvas-toolbar';
import { freeSpotNear } from '../../canvas/free-spot';
import { ViewSwitch, type View } from '../../canvas/view-switch';
import { CanvasWorkspace } from '../shared/canvas-area';
import { useCanvasStage } from '../shared/canvas-stage';
import { StagePrompt } from '../shared/stage-prompt';
import { useEditWorkshop } from '../shared/use-workshop';
import { InfluenceGridCanvas } from './influence-grid-canvas';
import { ManagerShortlistPanel } from './manager-shortlist-panel';
import { addStakeholder } from './stakeholder-edits';
import { tidyStakeholderMap } from './tidy-stakeholder-map';
import { StakeholderMap, type MapSelection } from './stakeholder-map';
import { RelationshipRecord, StakeholderRecord } from './stakeholder-record';
import '../stages.css';
import { text } from '../../../../shared/text';

type StakeholderView = 'map' | 'grid' | 'managers';

const VIEWS: readonly View<StakeholderView>[] = [
  { id: 'map', label: text('stage.stakeholders.map') },
  { id: 'grid', label: text('stage.stakeholders.influenceAndImpact2') },
  { id: 'managers', label: text('stage.stakeholders.mostAffectedManagers') },
];

/** A stakeholder card and the gap around it, in canvas units. */
const CARD_ROOM = { width: 240, height: 128 } as const;

const NOTHING_SELECTED: MapSelection = { stakeholderIds: [], relationshipIds: [] };
const onlyStakeholder = (id: string): MapSelection => ({ stakeholderIds: [id], relationshipIds: [] });

/**
 * Stakeholders stage: who is affected and how they are connected (the map), how much they
 * can help or block (the grid), and which middle managers co-design the change (the
 * shortlist). All three views edit the same stakeholder records.
 */
export function StakeholdersStageEditor() {
  const editWorkshop = useEditWorkshop();
  const [view, setView] = useState<StakeholderView>('map');
  const stage = useCanvasStage(NOTHING_SELECTED, onlyStakeholder);
  const { store, selection, showAdded } = stage;

  const addInView = useCallback(() => {
    const workshop = store.getState().workshop;
    if (workshop === null) return;
    const { viewport, positions } = workshop.layout.stakeholders;
    // Near the top left of what the map shows, on the first free spot, so it appears in view.
    const position = freeSpotNear(
      {
        x: Math.round((-viewport.x + 40) / viewport.zoom),
        y: Math.round((-viewport.y + 40) / viewport.zoom),
      },
      Object.values(positions),
      CARD_ROOM,
    );
    let id = '';
    editWorkshop((draft) => {
      id = addStakeholder(draft, position);
    });
    // Straight to the new card's name, so a second Enter types instead of adding another.
    if (id !== '') showAdded(id);
  }, [editWorkshop, showAdded, store]);

  const selectedStakeholder = selection.stakeholderIds.length === 1 ? selection.stakeholderIds[0] : undefined;
  const selectedRelationship =
    selection.stakeholderIds.length === 0 && selection.relationshipIds.length === 1
      ? selection.relationshipIds[0]
      : undefined;

  const panel =
    selectedStakeholder !== undefined ? (
      <StakeholderRecord
        key={selectedStakeholder}
        id={selectedStakeholder}
        onRemoved={stage.clearSelection}
      />
    ) : selectedRelationship !== undefined ? (
      <RelationshipRecord
        key={selectedRelationship}
        id={selectedRelationship}
        onRemoved={stage.clearSelection}
      />
    ) : selection.stakeholderIds.length > 1 ? (
      <p className="hint">
        {text('stage.stakeholders.countSelected', { count: selection.stakeholderIds.length })}
      </p>
    ) : (
      <p className="hint">{text('stage.stakeholders.selectACard')}</p>
    );

  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.stakeholders.whoWillFeel')}</StagePrompt>
      <ViewSwitch
        label={text('stage.stakeholders.stakeholderViews')}
        views={VIEWS}
        value={view}
        onChange={setView}
      />
      {view === 'managers' ? (
        <ManagerShortlistPanel
          onShow={(id) => {
            setView('map');
            stage.show(id);
          }}
        />
      ) : (
        <>
          <CanvasToolbar
            canvas={view === 'map' ? 'stakeholders' : 'influenceGrid'}
            onTidy={view === 'map' ? stage.tidyWith(tidyStakeholderMap) : undefined}
          >
            <button type="button" className="button" onClick={addInView}>
              {text('stage.stakeholders.addStakeholder')}
            </button>
          </CanvasToolbar>
          <CanvasWorkspace panelLabel={text('stage.stakeholders.selectedOnThe')} panel={panel}>
            {view === 'map' ? (
              <StakeholderMap {...stage.canvas} />
            ) : (
              <InfluenceGridCanvas onSelectionChange={stage.setSelection} />
            )}
          </CanvasWorkspace>
        </>
      )}
    </div>
  );
}
