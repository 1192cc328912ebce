import type { Draft } from 'immer';
import { withoutKeys } from '../../canvas/without-keys';
import { ownerWithoutStakeholder, replaceOwnersEverywhere } from '../shared/owners';
import {
  newId,
  SHORT_TEXT_LIMIT,
  StakeholderSchema,
  type Position,
  type RelationshipId,
  type RelationshipType,
  type Stakeholder,
  type StakeholderId,
  type Workshop,
} from '../../../../shared/workshop';

/**
 * What the stakeholder canvases do to the document, as immer recipes. Each runs inside one
 * `editWorkshop`, so each is one undo step, and the map, the grid, the shortlist and the
 * Word plan all read the same records.
 */

/** A new stakeholder with nothing filled in but where they stand on the map. */
export function addStakeholder(
  draft: Draft<Workshop>,
  position: Position,
  id = newId<StakeholderId>(),
): StakeholderId {
  // Every field but the id takes the schema's default: a default is written once, there.
  draft.stakeholders.push(StakeholderSchema.parse({ id }));
  draft.layout.stakeholders.positions[id] = { x: position.x, y: position.y };
  return id;
}

/**
 * Removes stakeholders with everything that points at them: their relationships, their
 * places on the map, and their name on any workflow change they co-design.
 */
export function removeStakeholders(draft: Draft<Workshop>, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  // Whatever they owned keeps their name as typed text, so no owner silently disappears.
  for (const stakeholder of draft.stakeholders) {
    if (!ids.has(stakeholder.id)) continue;
    replaceOwnersEverywhere(draft, (owner) => ownerWithoutStakeholder(owner, stakeholder));
  }
  draft.stakeholders = draft.stakeholders.filter((stakeholder) => !ids.has(stakeholder.id));
  draft.relationships = draft.relationships.filter(
    (relationship) => !ids.has(relationship.from) && !ids.has(relationship.to),
  );
  draft.layout.stakeholders.positions = withoutKeys(draft.layout.stakeholders.positions, ids);
  for (const change of draft.workflow.changes) {
    if (change.coDesignerStakeholderId !== null && ids.has(change.coDesignerStakeholderId)) {
      change.coDesignerStakeholderId = null;
    }
  }
}

/** Removes relationships by id. */
export function removeRelationships(draft: Draft<Workshop>, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  draft.relationships = draft.relationships.filter((relationship) => !ids.has(relationship.id));
}

/**
 * Connects two stakeholders. Refuses a line from someone to themselves and a second line of
 * the same type between the same two people; answers the new relationship's id, or null.
 */
export function connectStakeholders(
  draft: Draft<Workshop>,
  from: string,
  to: string,
  type: RelationshipType,
  id = newId<RelationshipId>(),
): RelationshipId | null {
  if (from === to) return null;
  const known = new Set(draft.stakeholders.map((stakeholder) => stakeholder.id as string));
  if (!known.has(from) || !known.has(to)) return null;
  if (draft.relationships.some((line) => line.from === from && line.to === to && line.type === type))
    return null;
  draft.relationships.push({ id, from: from as StakeholderId, to: to as StakeholderId, type, label: '' });
  return id;
}

/** What "copy" keeps: the stakeholders, where they stood, and the lines among them. */
export interface CopiedStakeholders {
  readonly stakeholders: readonly Stakeholder[];
  readonly positions: Readonly<Record<string, Position>>;
  readonly relationships: readonly {
    from: StakeholderId;
    to: StakeholderId;
    type: RelationshipType;
    label: string;
  }[];
}

/** Copies the chosen stakeholders and the relationships between them. */
export function copyStakeholders(workshop: Workshop, ids: ReadonlySet<string>): CopiedStakeholders {
  const positions: Record<string, Position> = {};
  for (const id of ids) {
    const position = workshop.layout.stakeholders.positions[id];
    if (position !== undefined) positions[id] = position;
  }
  return {
    stakeholders: workshop.stakeholders.filter((stakeholder) => ids.has(stakeholder.id)),
    positions,
    relationships: workshop.relationships
      .filter((line) => ids.has(line.from) && ids.has(line.to))
      .map(({ from, to, type, label }) => ({ from, to, type, label })),
  };
}

/** How far pasted cards land from the originals, so both stay visible. */
export const PASTE_OFFSET = 48;

/**
 * Pastes copied stakeholders as new people (new ids, the same details, "(copy)" after the
 * name), offset from where the originals stood, with the lines among them. Answers the new ids.
 */
export function pasteStakeholders(draft: Draft<Workshop>, copied: CopiedStakeholders): StakeholderId[] {
  const newIds = new Map<string, StakeholderId>();
  copied.stakeholders.forEach((stakeholder, index) => {
    const id = newId<StakeholderId>();
    newIds.set(stakeholder.id, id);
    const at = copied.positions[stakeholder.id] ?? { x: index * 40, y: index * 40 };
    draft.stakeholders.push({
      ...stakeholder,
      id,
      // Shortened if need be, so the copy's name stays within what a workshop file allows.
      name:
        stakeholder.name.trim() === ''
          ? ''
          : `${stakeholder.name.slice(0, SHORT_TEXT_LIMIT - ' (copy)'.length)} (copy)`,
      isCoDesigner: false,
      // A copy is a new card, not the participant the original is.
      participantId: null,
    });
    draft.layout.stakeholders.positions[id] = { x: at.x + PASTE_OFFSET, y: at.y + PASTE_OFFSET };
  });
  for (const line of copied.relationships) {
    const from = newIds.get(line.from);
    const to = newIds.get(line.to);
    if (from !== undefined && to !== undefined) {
      draft.relationships.push({ id: newId<RelationshipId>(), from, to, type: line.type, label: line.label });
    }
  }
  return [...newIds.values()];
}
