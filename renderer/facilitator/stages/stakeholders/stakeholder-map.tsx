import type { Draft } from 'immer';
import { MarkerType, type Edge, type Node, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { byId, relationshipLineName } from '../../../../shared/canvases/accessible-names';
import { defaultMapPosition } from '../../../../shared/canvases/canvas-graph';
import { RELATIONSHIP_LABELS } from '../../../../shared/canvases/labels';
import type { Relationship, Workshop } from '../../../../shared/workshop';
import { useAppStore, useAppStoreApi } from '../../../app/store/store-context';
import { StakeholderCard } from '../../../canvases/cards';
import { CanvasSurface } from '../../canvas/canvas-surface';
import { EditOnDoubleClick } from '../../canvas/inline-text-editor';
import {
  NO_LINE_DATA,
  useCanvasEdges,
  useCanvasNodes,
  type SelectRequest,
} from '../../canvas/canvas-elements';
import { placeInLayout, useCanvasEditing, type CanvasEditRules } from '../shared/canvas-editing';
import type { EditableCanvasProps } from '../shared/canvas-stage';
import { useRecord } from '../shared/use-record';
import { NO_ITEMS, useEditWorkshop, useListIds } from '../shared/use-workshop';
import {
  addStakeholder,
  connectStakeholders,
  copyStakeholders,
  pasteStakeholders,
  removeRelationships,
  removeStakeholders,
  type CopiedStakeholders,
} from './stakeholder-edits';
import { text } from '../../../../shared/text';

type StakeholderNode = Node<Record<string, never>, 'stakeholder'>;
type RelationshipEdge = Edge<Record<string, never>>;

const selectStakeholders = (workshop: Draft<Workshop>) => workshop.stakeholders;

/** How the map writes the workshop: moves, new people, lines drawn, deletions. */
const MAP_RULES: CanvasEditRules = {
  place: placeInLayout('stakeholders'),
  add: addStakeholder,
  connect: (draft, source, target) => void connectStakeholders(draft, source, target, 'influences'),
  remove: removeStakeholders,
  removeLines: removeRelationships,
};

/** One stakeholder card, subscribed to that stakeholder only. */
const StakeholderNodeView = memo(function StakeholderNodeView({ id }: NodeProps<StakeholderNode>) {
  const { item: stakeholder, bind } = useRecord(selectStakeholders, id);
  if (stakeholder === undefined) return null;
  const name = bind('name');
  return (
    <EditOnDoubleClick
      label={text('stage.stakeholders.nameOfValue1', {
        value1: stakeholder.name.trim() || 'this stakeholder',
      })}
      value={name.value}
      onCommit={name.onValueChange}
    >
      {(editor) => <StakeholderCard card={stakeholder} connectable nameEditor={editor} />}
    </EditOnDoubleClick>
  );
});

const NODE_TYPES: NodeTypes = { stakeholder: StakeholderNodeView };

/** What is selected on the map, for the side panel. */
export interface MapSelection {
  readonly stakeholderIds: readonly string[];
  readonly relationshipIds: readonly string[];
}

function relationshipEdge(relationship: Relationship, selected: boolean, name: string): RelationshipEdge {
  return {
    id: relationship.id,
    source: relationship.from,
    target: relationship.to,
    label: relationship.label.trim() || RELATIONSHIP_LABELS[relationship.type],
    // Screen readers name the line by the people it connects ("Ana influences Ben").
    ariaLabel: name,
    className: `canvas-edge canvas-edge--${relationship.type}`,
    markerEnd: { type: MarkerType.ArrowClosed },
    selected,
    data: NO_LINE_DATA,
  };
}

/**
 * The editable stakeholder map. Cards and lines live in local React Flow state while they
 * are dragged or selected; the document changes only when a move ends, a line is drawn or
 * something is deleted — each one undo step. Cards re-render only when their own stakeholder
 * changes (React Flow's performance guide: memoised nodes, narrow selectors).
 */
export function StakeholderMap(props: EditableCanvasProps<MapSelection>) {
  const { onSelectionChange, focusRequest, fitRequest, onAdded } = props;
  const store = useAppStoreApi();
  const editWorkshop = useEditWorkshop();
  const ids = useListIds((workshop) => workshop.stakeholders);
  const positions = useAppStore((state) => state.workshop?.layout.stakeholders.positions);
  const relationships = useAppStore((state) => state.workshop?.relationships ?? NO_ITEMS);
  const stakeholders = useAppStore((state) => state.workshop?.stakeholders ?? NO_ITEMS);
  // The lines are named after the people they connect: rebuilt when either changes.
  const lineSources = useMemo(() => [relationships, stakeholders] as const, [relationships, stakeholders]);
  const clipboard = useRef<CopiedStakeholders | null>(null);

  // The copies just pasted, to select once their cards exist.
  const [pasted, setPasted] = useState<SelectRequest | null>(null);
  // Rebuilt when people are added or removed or a move is saved (or undone).
  const nodeState = useCanvasNodes<StakeholderNode>([ids, positions], [focusRequest, pasted], (selected) =>
    ids.map((id, index) => ({
      id,
      type: 'stakeholder' as const,
      position: positions?.[id] ?? defaultMapPosition(index),
      data: {},
      selected: selected.has(id),
    })),
  );
  const edgeState = useCanvasEdges(lineSources, (selected) => {
    const people = byId(stakeholders);
    return relationships.map((relationship) =>
      relationshipEdge(
        relationship,
        selected.has(relationship.id),
        relationshipLineName(relationship, people),
      ),
    );
  });

  const editing = useCanvasEditing(MAP_RULES, nodeState, edgeState, {
    onAdded,
    cardType: 'stakeholder',
    onSelect: (stakeholderIds, relationshipIds) => onSelectionChange({ stakeholderIds, relationshipIds }),
    fitRequest,
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      const key = event.key.toLowerCase();
      if (key === 'c' || key === 'x') {
        const workshop = store.getState().workshop;
        const selected = new Set(editing.nodes.filter((node) => node.selected).map((node) => node.id));
        if (workshop === null || selected.size === 0) return;
        event.preventDefault();
        clipboard.current = copyStakeholders(workshop, selected);
        if (key === 'x') editWorkshop((draft) => removeStakeholders(draft, selected));
      } else if (key === 'v' && clipboard.current !== null) {
        event.preventDefault();
        const copied = clipboard.current;
        let copies: string[] = [];
        editWorkshop((draft) => {
          copies = pasteStakeholders(draft, copied);
        });
        setPasted({ ids: copies });
      }
    },
    [editing.nodes, editWorkshop, store],
  );

  return (
    <CanvasSurface
      canvas="stakeholders"
      nodeTypes={NODE_TYPES}
      {...editing}
      onKeyDown={onKeyDown}
      itemCount={ids.length}
    />
  );
}
