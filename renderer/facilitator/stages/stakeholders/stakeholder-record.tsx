import type { Draft } from 'immer';
import { useId, useState } from 'react';
import {
  RELATIONSHIP_LABELS,
  STAKEHOLDER_KIND_LABELS,
  STANCE_LABELS,
} from '../../../../shared/canvases/labels';
import {
  RELATIONSHIP_TYPES,
  STAKEHOLDER_KINDS,
  STANCES,
  type Participant,
  type ParticipantId,
  type Relationship,
  type RelationshipType,
  type Stakeholder,
  type Workshop,
} from '../../../../shared/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { CheckboxField, SelectField, TextAreaField, TextField, type Choice } from '../shared/fields';
import { findById, useEditListItem, useEditWorkshop, useListItem } from '../shared/use-workshop';
import { participantDisplayName } from '../shared/owners';
import {
  addParticipantFromStakeholder,
  editStakeholderDetails,
  linkStakeholder,
} from '../shared/people-edits';
import { connectStakeholders, removeRelationships, removeStakeholders } from './stakeholder-edits';
import { text } from '../../../../shared/text';

const selectStakeholders = (workshop: Workshop) => workshop.stakeholders;
const selectRelationships = (workshop: Workshop) => workshop.relationships;
const selectDraftStakeholders = (draft: Draft<Workshop>) => draft.stakeholders;
const selectDraftRelationships = (draft: Draft<Workshop>) => draft.relationships;
const NO_RELATIONSHIPS: readonly Relationship[] = [];
const NO_STAKEHOLDERS: readonly Stakeholder[] = [];
const NO_PARTICIPANTS: readonly Participant[] = [];

const SCORE_WORDS = [
  '',
  text('stage.stakeholders.veryLow'),
  'low',
  'medium',
  'high',
  text('stage.stakeholders.veryHigh'),
] as const;
type Score = '1' | '2' | '3' | '4' | '5';
const SCORE_CHOICES: readonly Choice<Score>[] = (['1', '2', '3', '4', '5'] as const).map((value) => ({
  value,
  label: `${value} — ${SCORE_WORDS[Number(value)]}`,
}));
const STANCE_CHOICES: readonly Choice<Stakeholder['stance']>[] = STANCES.map((value) => ({
  value,
  label: `${STANCE_LABELS[value].symbol} ${STANCE_LABELS[value].text}`,
}));
const KIND_CHOICES: readonly Choice<Stakeholder['kind']>[] = STAKEHOLDER_KINDS.map((value) => ({
  value,
  label: STAKEHOLDER_KIND_LABELS[value],
}));
const RELATIONSHIP_CHOICES: readonly Choice<RelationshipType>[] = RELATIONSHIP_TYPES.map((value) => ({
  value,
  label: RELATIONSHIP_LABELS[value],
}));

/** A name to show for a stakeholder, even before anyone typed one. */
export function displayName(stakeholder: Pick<Stakeholder, 'name' | 'role'> | undefined): string {
  if (stakeholder === undefined) return text('stage.stakeholders.someoneNoLonger');
  return stakeholder.name.trim() || stakeholder.role.trim() || text('stage.stakeholders.noNameYet');
}

/** The full record of one stakeholder, edited in the side panel next to the canvas. */
export function StakeholderRecord({
  id,
  onRemoved,
}: {
  readonly id: string;
  readonly onRemoved: () => void;
}) {
  const stakeholder = useListItem(selectStakeholders, id);
  const edit = useEditListItem(selectDraftStakeholders, id);
  const editWorkshop = useEditWorkshop();
  const headingId = useId();
  if (stakeholder === undefined) return null;
  const name = displayName(stakeholder);
  return (
    <section className="canvas-record" aria-labelledby={headingId} data-record-id={stakeholder.id}>
      <h3 id={headingId}>{name}</h3>
      <SameParticipant stakeholder={stakeholder} />
      {/* Name, role and team change the participant too when they are the same person. */}
      <TextField
        label={text('stage.stakeholders.name')}
        className="first-field"
        value={stakeholder.name}
        onValueChange={(value) => editWorkshop((draft) => editStakeholderDetails(draft, id, { name: value }))}
      />
      <TextField
        label={text('stage.stakeholders.role')}
        value={stakeholder.role}
        onValueChange={(value) => editWorkshop((draft) => editStakeholderDetails(draft, id, { role: value }))}
      />
      <TextField
        label={text('stage.stakeholders.team')}
        value={stakeholder.team}
        onValueChange={(value) => editWorkshop((draft) => editStakeholderDetails(draft, id, { team: value }))}
      />
      <SelectField
        label={text('stage.stakeholders.whereTheySit')}
        value={stakeholder.kind}
        choices={KIND_CHOICES}
        onValueChange={(value) => edit((item) => void (item.kind = value))}
      />
      <SelectField
        label={text('stage.stakeholders.stanceOnScaling')}
        value={stakeholder.stance}
        choices={STANCE_CHOICES}
        onValueChange={(value) => edit((item) => void (item.stance = value))}
      />
      <div className="canvas-record__pair">
        <SelectField
          label={text('stage.stakeholders.impactOnTheir')}
          value={String(stakeholder.impact) as Score}
          choices={SCORE_CHOICES}
          onValueChange={(value) => edit((item) => void (item.impact = Number(value)))}
        />
        <SelectField
          label={text('stage.stakeholders.influence')}
          value={String(stakeholder.influence) as Score}
          choices={SCORE_CHOICES}
          onValueChange={(value) => edit((item) => void (item.influence = Number(value)))}
        />
      </div>
      <CheckboxField
        label={text('stage.stakeholders.coDesignerHelps')}
        checked={stakeholder.isCoDesigner}
        onCheckedChange={(checked) => edit((item) => void (item.isCoDesigner = checked))}
      />
      <TextAreaField
        label={text('stage.stakeholders.concerns')}
        rows={2}
        value={stakeholder.concerns}
        onValueChange={(value) => edit((item) => void (item.concerns = value))}
      />
      <TextAreaField
        label={text('stage.stakeholders.howTheyMight')}
        rows={2}
        value={stakeholder.likelyWorkarounds}
        onValueChange={(value) => edit((item) => void (item.likelyWorkarounds = value))}
      />
      <StakeholderRelationships id={id} name={name} />
      <div className="stage-toolbar">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            editWorkshop((draft) => removeStakeholders(draft, new Set([id])));
            onRemoved();
          }}
        >
          {text('stage.stakeholders.removeNameFromMap', { name })}
        </button>
      </div>
    </section>
  );
}

const NOT_IN_THE_ROOM = '';

/**
 * Links a stakeholder to the participant they are, so people are typed once: pick them from
 * the participants, or add this stakeholder to the participants.
 */
function SameParticipant({ stakeholder }: { readonly stakeholder: Stakeholder }) {
  const participants = useAppStore((state) => state.workshop?.participants ?? NO_PARTICIPANTS);
  const editWorkshop = useEditWorkshop();
  const name = displayName(stakeholder);
  const choices: readonly Choice<string>[] = [
    { value: NOT_IN_THE_ROOM, label: text('stage.stakeholders.notInThe') },
    ...participants.map((participant, position) => ({
      value: participant.id as string,
      label: [participantDisplayName(participant, position), participant.role.trim()]
        .filter((part) => part !== '')
        .join(', '),
    })),
  ];
  return (
    <div className="canvas-record__same-person">
      <SelectField
        label={text('stage.stakeholders.samePersonAs')}
        value={stakeholder.participantId ?? NOT_IN_THE_ROOM}
        choices={choices}
        hint={text('stage.stakeholders.pickThemFrom')}
        onValueChange={(value) =>
          editWorkshop((draft) =>
            linkStakeholder(
              draft,
              stakeholder.id,
              value === NOT_IN_THE_ROOM ? null : (value as ParticipantId),
            ),
          )
        }
      />
      {stakeholder.participantId === null && stakeholder.name.trim() !== '' ? (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => editWorkshop((draft) => void addParticipantFromStakeholder(draft, stakeholder.id))}
        >
          {text('stage.stakeholders.addNameToParticipants', { name })}
        </button>
      ) : null}
    </div>
  );
}

/** The lines from and to one stakeholder, with a keyboard way to draw a new one. */
function StakeholderRelationships({ id, name }: { readonly id: string; readonly name: string }) {
  const relationships = useAppStore((state) => state.workshop?.relationships ?? NO_RELATIONSHIPS);
  const stakeholders = useAppStore((state) => state.workshop?.stakeholders ?? NO_STAKEHOLDERS);
  const editWorkshop = useEditWorkshop();
  const [type, setType] = useState<RelationshipType>('reportsTo');
  const others = stakeholders.filter((stakeholder) => stakeholder.id !== id);
  const [target, setTarget] = useState('');
  const chosenTarget = others.some((other) => other.id === target) ? target : (others[0]?.id ?? '');
  const mine = relationships.filter((line) => line.from === id || line.to === id);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="canvas-record__lines">
      <h4 id={headingId}>{text('stage.stakeholders.connections')}</h4>
      {mine.length === 0 ? (
        <p className="hint">{text('stage.stakeholders.noConnectionsYet')}</p>
      ) : (
        <ul className="canvas-record__list">
          {mine.map((line) => {
            const sentence =
              line.from === id
                ? `${name} ${RELATIONSHIP_LABELS[line.type]} ${displayName(findById(stakeholders, line.to))}`
                : `${displayName(findById(stakeholders, line.from))} ${RELATIONSHIP_LABELS[line.type]} ${name}`;
            return (
              <li key={line.id}>
                <span>{sentence}</span>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => editWorkshop((draft) => removeRelationships(draft, new Set([line.id])))}
                >
                  {text('stage.stakeholders.remove')}
                  <span className="visually-hidden">: {sentence}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {others.length === 0 ? null : (
        <form
          className="canvas-record__connect"
          onSubmit={(event) => {
            event.preventDefault();
            editWorkshop((draft) => {
              connectStakeholders(draft, id, chosenTarget, type);
            });
          }}
        >
          <SelectField
            label={`${name}…`}
            value={type}
            choices={RELATIONSHIP_CHOICES}
            onValueChange={setType}
          />
          <SelectField
            label={text('stage.stakeholders.whom')}
            value={chosenTarget}
            choices={others.map((other) => ({ value: other.id as string, label: displayName(other) }))}
            onValueChange={setTarget}
          />
          <button type="submit" className="button">
            {text('stage.stakeholders.connect')}
          </button>
        </form>
      )}
    </section>
  );
}

/** One relationship, edited in the side panel when its line is selected. */
export function RelationshipRecord({
  id,
  onRemoved,
}: {
  readonly id: string;
  readonly onRemoved: () => void;
}) {
  const relationship = useListItem(selectRelationships, id);
  const from = useListItem(selectStakeholders, relationship?.from ?? '');
  const to = useListItem(selectStakeholders, relationship?.to ?? '');
  const editWorkshop = useEditWorkshop();
  const edit = useEditListItem(selectDraftRelationships, id);
  const headingId = useId();
  if (relationship === undefined) return null;
  return (
    <section className="canvas-record" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {displayName(from)} {RELATIONSHIP_LABELS[relationship.type]} {displayName(to)}
      </h3>
      <SelectField
        label={text('stage.stakeholders.connection')}
        value={relationship.type}
        choices={RELATIONSHIP_CHOICES}
        onValueChange={(value) => edit((line) => void (line.type = value))}
      />
      <TextField
        label={text('stage.stakeholders.labelOnThe')}
        value={relationship.label}
        placeholder={RELATIONSHIP_LABELS[relationship.type]}
        onValueChange={(value) => edit((line) => void (line.label = value))}
      />
      <div className="stage-toolbar">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            edit((line) => {
              const { from: oldFrom, to: oldTo } = line;
              line.from = oldTo;
              line.to = oldFrom;
            });
          }}
        >
          {text('stage.stakeholders.reverseDirection')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            editWorkshop((draft) => removeRelationships(draft, new Set([id])));
            onRemoved();
          }}
        >
          {text('stage.stakeholders.removeThisConnection')}
        </button>
      </div>
    </section>
  );
}
