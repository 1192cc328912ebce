import { type Node, type NodeProps, type NodeTypes, type XYPosition } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { gridPlacement, scoresAt } from '../../../../shared/canvases/influence-grid';
import type { StakeholderId, Workshop } from '../../../../shared/workshop';
import { useAppStore, useAppStoreApi } from '../../../app/store/store-context';
import { GridBackdrop, gridBackdropNode, type GridBackdropNode } from '../../../canvases/backdrops';
import { StakeholderChip } from '../../../canvases/cards';
import { CanvasSurface } from '../../canvas/canvas-surface';
import { useCanvasNodes, useNodeChanges } from '../../canvas/canvas-elements';
import { useSelectionIds } from '../shared/canvas-editing';
import { findById, useEditWorkshop, useListItem } from '../shared/use-workshop';
import type { MapSelection } from './stakeholder-map';
import { text } from '../../../../shared/text';

type ChipNode = Node<Record<string, never>, 'chip'>;
type GridNode = ChipNode | GridBackdropNode;
const NO_EDGES: never[] = [];

const selectStakeholders = (workshop: Workshop) => workshop.stakeholders;

const ChipNodeView = memo(function ChipNodeView({ id }: NodeProps<ChipNode>) {
  const stakeholder = useListItem(selectStakeholders, id);
  return stakeholder === undefined ? null : <StakeholderChip card={stakeholder} />;
});

const NODE_TYPES: NodeTypes = { chip: ChipNodeView, gridBackdrop: GridBackdrop };

/** "id|impact|influence" for each stakeholder: all the grid needs to place them. */
function scoreKeys(workshop: Workshop | null): string[] {
  return workshop === null
    ? []
    : workshop.stakeholders.map((person) => `${person.id}|${person.impact}|${person.influence}`);
}

function placedNodes(keys: readonly string[], selected: ReadonlySet<string>): GridNode[] {
  const people = keys.map((key) => {
    const [id = '', impact = '3', influence = '3'] = key.split('|');
    return { id: id as StakeholderId, impact: Number(impact), influence: Number(influence) };
  });
  const placement = gridPlacement(people);
  return [
    gridBackdropNode(),
    ...people.map((person) => ({
      id: person.id,
      type: 'chip' as const,
      position: placement.get(person.id) ?? { x: 0, y: 0 },
      data: {},
      selected: selected.has(person.id),
    })),
  ];
}

/**
 * The same stakeholders on the influence × impact grid, placed by their scores. Dropping a
 * chip in another cell changes that person's impact and influence (one undo step); the map,
 * the shortlist and the plan follow.
 */
export function InfluenceGridCanvas({
  onSelectionChange,
}: {
  readonly onSelectionChange: (selection: MapSelection) => void;
}) {
  const store = useAppStoreApi();
  const keys = useAppStore(useShallow((state) => scoreKeys(state.workshop)));
  const editWorkshop = useEditWorkshop();
  const [nodes, setNodes] = useCanvasNodes<GridNode>([keys], [], (selected) => placedNodes(keys, selected));

  const rescore = useCallback(
    (moved: ReadonlyMap<string, XYPosition>) => {
      const workshop = store.getState().workshop;
      if (workshop === null) return;
      const rescored = new Map<string, { impact: number; influence: number }>();
      for (const [id, position] of moved) {
        const person = findById(workshop.stakeholders, id);
        const scores = scoresAt(position);
        if (
          person !== undefined &&
          (person.impact !== scores.impact || person.influence !== scores.influence)
        ) {
          rescored.set(id, scores);
        }
      }
      if (rescored.size === 0) {
        // Dropped back in the same cell: put the chip back in its slot.
        setNodes((current) =>
          placedNodes(keys, new Set(current.filter((node) => node.selected).map((node) => node.id))),
        );
        return;
      }
      editWorkshop((draft) => {
        for (const person of draft.stakeholders) {
          const scores = rescored.get(person.id);
          if (scores === undefined) continue;
          person.impact = scores.impact;
          person.influence = scores.influence;
        }
      });
    },
    [setNodes, editWorkshop, keys, store],
  );
  const onNodesChange = useNodeChanges(setNodes, rescore);

  const handleSelection = useSelectionIds<GridNode, never>('chip', (stakeholderIds) =>
    onSelectionChange({ stakeholderIds, relationshipIds: [] }),
  );

  return (
    <CanvasSurface<GridNode, never>
      canvas="influenceGrid"
      label={text('stage.stakeholders.influenceAndImpact')}
      nodes={nodes}
      edges={NO_EDGES}
      nodeTypes={NODE_TYPES}
      onNodesChange={onNodesChange}
      snapToGrid={false}
      itemCount={1}
      onSelectionChange={handleSelection}
    />
  );
}
