import { Handle, Position } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import {
  READINESS_LABELS,
  STAKEHOLDER_KIND_LABELS,
  STANCE_LABELS,
  WORKFLOW_LANE_LABELS,
} from '../../shared/canvases/labels';
import type { CanvasGraphNode } from '../../shared/canvases/canvas-graph';
import { text } from '../../shared/text';

/**
 * What a node looks like on every canvas — the facilitator's editable canvases, the audience
 * screen's read-only view and the Word plan's pictures all draw these, so the room sees the
 * same thing everywhere. Cards only draw: they know nothing of the store.
 */

type Card<Type extends CanvasGraphNode['type']> = Omit<
  Extract<CanvasGraphNode, { type: Type }>,
  'x' | 'y' | 'type'
>;

/** Connection points; hidden and inert on read-only canvases. */
function Handles({ connectable }: { connectable: boolean }) {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={connectable} />
      <Handle type="source" position={Position.Bottom} isConnectable={connectable} />
    </>
  );
}

/** Text, or a quiet placeholder when it is empty. */
function Text({ value, fallback }: { value: string; fallback: string }) {
  const trimmed = value.trim();
  return trimmed === '' ? <span className="canvas-card__empty">{fallback}</span> : <>{trimmed}</>;
}

/** Stance as symbol, word and colour: never colour alone. */
export function StanceBadge({ stance }: { stance: Card<'stakeholder'>['stance'] }) {
  return <Badge kind="stance" value={stance} label={STANCE_LABELS[stance]} />;
}

/** Readiness as symbol, word and colour. */
export function ReadinessBadge({ readiness }: { readiness: Card<'dataSource'>['readiness'] }) {
  return <Badge kind="readiness" value={readiness} label={READINESS_LABELS[readiness]} />;
}

function Badge(props: {
  kind: 'stance' | 'readiness';
  value: string;
  label: { readonly symbol: string; readonly text: string };
}) {
  return (
    <span className={`${props.kind}-badge ${props.kind}-badge--${props.value}`}>
      <span aria-hidden="true">{props.label.symbol}</span> {props.label.text}
    </span>
  );
}

/** A stakeholder on the map: who, where, how they feel, how much it touches them. */
export const StakeholderCard = memo(function StakeholderCard({
  card,
  connectable,
  nameEditor,
  showScores = true,
}: {
  card: Card<'stakeholder'>;
  connectable: boolean;
  /** Shown instead of the name while it is edited on the card. */
  nameEditor?: ReactNode;
  /** False on the audience screen: its large type leaves room for fewer words (the grid shows the scores). */
  showScores?: boolean;
}) {
  return (
    <div className={`canvas-card canvas-card--stakeholder canvas-card--${card.stance}`}>
      <Handles connectable={connectable} />
      <div className="canvas-card__title">
        {nameEditor ?? <Text value={card.name} fallback={text('canvas.noNameYet')} />}
        {card.isCoDesigner ? (
          <span className="canvas-card__tag" title={text('canvas.coDesigner')}>
            {text('canvas.coDesigner')}
          </span>
        ) : null}
      </div>
      <div className="canvas-card__line">
        <Text value={card.role} fallback={STAKEHOLDER_KIND_LABELS[card.kind]} />
        {card.team.trim() === '' ? null : <> · {card.team.trim()}</>}
      </div>
      <div className="canvas-card__line canvas-card__meta">
        <StanceBadge stance={card.stance} />
        {showScores ? (
          <span>{text('canvas.impactInfluence', { impact: card.impact, influence: card.influence })}</span>
        ) : null}
      </div>
    </div>
  );
});

/** A stakeholder on the influence × impact grid: a small chip, the grid cell says the rest. */
export const StakeholderChip = memo(function StakeholderChip({ card }: { card: Card<'stakeholder'> }) {
  const stance = STANCE_LABELS[card.stance];
  return (
    <div className={`canvas-chip canvas-card--${card.stance}`} title={`${card.name} — ${stance.text}`}>
      <span aria-hidden="true" className="canvas-chip__symbol">
        {stance.symbol}
      </span>
      <span className="canvas-chip__name">
        <Text value={card.name} fallback={text('canvas.noNameYet')} />
      </span>
      <span className="visually-hidden">, {stance.text}</span>
    </div>
  );
});

/** A step of the current or future workflow. */
export const StepCard = memo(function StepCard({
  card,
  connectable,
  titleEditor,
}: {
  card: Card<'step'>;
  connectable: boolean;
  /** Shown instead of the title while it is edited on the card. */
  titleEditor?: ReactNode;
}) {
  return (
    <div className={`canvas-card canvas-card--step canvas-card--${card.lane}`}>
      {card.lane === 'future' ? (
        <Handle type="target" position={Position.Top} isConnectable={connectable} />
      ) : (
        <Handle type="source" position={Position.Bottom} isConnectable={connectable} />
      )}
      <div className="canvas-card__title">
        {titleEditor ?? <Text value={card.title} fallback={text('canvas.untitledStep')} />}
      </div>
      <div className="canvas-card__line">
        <Text value={card.team} fallback={text('canvas.noTeamYet')} />
      </div>
      <div className="canvas-card__line canvas-card__meta">
        {text('canvas.owner')} <Text value={card.owner} fallback={text('canvas.nobodyYet')} />
      </div>
      <span className="visually-hidden">({WORKFLOW_LANE_LABELS[card.lane]})</span>
    </div>
  );
});

/** A data source feeding the AI, with its readiness. */
export const DataSourceCard = memo(function DataSourceCard({
  card,
  connectable,
}: {
  card: Card<'dataSource'>;
  connectable: boolean;
}) {
  return (
    <div className={`canvas-card canvas-card--source canvas-card--readiness-${card.readiness}`}>
      <Handle type="source" position={Position.Right} isConnectable={connectable} />
      <div className="canvas-card__title">
        <Text value={card.system} fallback={text('canvas.unnamedSystem')} />
      </div>
      <div className="canvas-card__line">
        {text('canvas.owner')} <Text value={card.owner} fallback={text('canvas.nobodyYet')} />
      </div>
      <div className="canvas-card__line canvas-card__meta">
        <ReadinessBadge readiness={card.readiness} />
        <span>{card.automated ? text('canvas.flowsByItself') : text('canvas.handledByHand')}</span>
      </div>
    </div>
  );
});

/** The AI system every data source flows into. */
export const AiSystemCard = memo(function AiSystemCard({ card }: { card: Card<'aiSystem'> }) {
  return (
    <div className="canvas-card canvas-card--ai">
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="canvas-card__kicker">{text('canvas.aiSystem')}</div>
      <div className="canvas-card__title">{card.title}</div>
    </div>
  );
});
