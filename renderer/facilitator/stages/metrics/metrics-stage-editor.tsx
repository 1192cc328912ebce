import type { Draft } from 'immer';
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { newId, type MetricId } from '../../../../shared/workshop/ids';
import type { Metric, MetricLayer } from '../../../../shared/workshop/metrics';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { FieldProblem, TextAreaField, TextField } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { hasOwner } from '../shared/owners';
import { StagePrompt } from '../shared/stage-prompt';
import { useEditListItem, useEditWorkshop, useListIds } from '../shared/use-workshop';
import {
  editMetricText,
  remainingSuggestions,
  type SuggestedMetric,
  type SuggestedMetricText,
} from '../../../../shared/workshop/suggestions';
import '../stages.css';
import { text } from '../../../../shared/text';

const selectMetrics = (draft: Draft<Workshop>) => draft.metrics;

const LAYERS: Readonly<
  Record<
    MetricLayer,
    {
      title: string;
      question: string;
      /** The name of an unnamed metric from its number, e.g. "process metric 2". */
      numbered: (number: number) => string;
      addLabel: string;
      empty: string;
    }
  >
> = {
  process: {
    title: text('stage.metrics.processMetrics'),
    question: text('stage.metrics.isTheAi'),
    numbered: (number) => text('stage.metrics.processMetricNumber', { number }),
    addLabel: text('stage.metrics.addAProcess'),
    empty: text('stage.metrics.noProcessMetrics'),
  },
  outcome: {
    title: text('stage.metrics.outcomeMetrics'),
    question: text('stage.metrics.isTheBusiness'),
    numbered: (number) => text('stage.metrics.outcomeMetricNumber', { number }),
    addLabel: text('stage.metrics.addAnOutcome'),
    empty: text('stage.metrics.noOutcomeMetrics'),
  },
};

/** What a rename cleared of a suggestion's text: its definition, its unit, or both. */
const CLEARED_TEXTS = {
  definition: {
    note: text('stage.metrics.clearedDefinition'),
    keep: text('stage.metrics.keepDefinition'),
  },
  unit: { note: text('stage.metrics.clearedUnit'), keep: text('stage.metrics.keepUnit') },
  both: {
    note: text('stage.metrics.clearedDefinitionAndUnit'),
    keep: text('stage.metrics.keepDefinitionAndUnit'),
  },
} as const;

const NO_METRICS: readonly Pick<Metric, 'name' | 'fromSuggestion'>[] = [];

/** Metrics stage: process and outcome metrics, each with a baseline, a target and an owner. */
export function MetricsStageEditor() {
  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.metrics.askHowThe')}</StagePrompt>
      <MetricLayerSection layer="process" />
      <MetricLayerSection layer="outcome" />
    </div>
  );
}

function MetricLayerSection({ layer }: { layer: MetricLayer }) {
  const headingId = useId();
  const { title, question, addLabel, empty } = LAYERS[layer];
  const ids = useListIds((workshop) => workshop.metrics.filter((metric) => metric.layer === layer));
  const taken = useAppStore(
    useShallow((state) => (state.workshop === null ? NO_METRICS : state.workshop.metrics)),
  );
  const suggestions = remainingSuggestions(layer, taken);
  const editWorkshop = useEditWorkshop();
  const nameInputs = useRef(new Map<MetricId, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<MetricId | 'add-button' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add-button') addButton.current?.focus();
    else nameInputs.current.get(target)?.focus();
  }, [ids]);

  const addMetric = (suggestion?: SuggestedMetric) => {
    const id = newId<MetricId>();
    focusNext.current = id;
    editWorkshop((draft) => {
      draft.metrics.push({
        id,
        layer,
        name: suggestion?.name ?? '',
        definition: suggestion?.definition ?? '',
        baseline: '',
        target: '',
        unit: suggestion?.unit ?? '',
        owner: { kind: 'none' },
        source: '',
        cadence: '',
        fromSuggestion: suggestion?.id ?? null,
      });
    });
  };

  const removeMetric = useCallback(
    (id: MetricId) => {
      const position = ids.indexOf(id);
      focusNext.current = ids[position + 1] ?? ids[position - 1] ?? 'add-button';
      editWorkshop((draft) => {
        draft.metrics = draft.metrics.filter((metric) => metric.id !== id);
      });
    },
    [ids, editWorkshop],
  );

  const registerNameInput = useCallback((id: MetricId, input: HTMLInputElement | null) => {
    if (input === null) nameInputs.current.delete(id);
    else nameInputs.current.set(id, input);
  }, []);

  return (
    <section className="panel stage-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}: <span className="stage-section__question">{question}</span>
      </h3>
      {layer === 'outcome' ? (
        <p className="stage-callout">
          <strong>{text('stage.metrics.theCfoNumber')} </strong>
          {text('stage.metrics.askTheRoom')}
        </p>
      ) : null}
      {suggestions.length === 0 ? null : (
        <div
          className="stage-suggestions"
          role="group"
          aria-label={text('stage.metrics.suggestedValue1', { value1: title.toLowerCase() })}
        >
          <span className="hint">{text('stage.metrics.startFromA')}</span>
          {suggestions.map((suggestion) => (
            <button
              key={suggestion.name}
              type="button"
              className="button button--quiet button--small"
              onClick={() => addMetric(suggestion)}
            >
              {text('stage.metrics.addSuggestion', { name: suggestion.name })}
            </button>
          ))}
        </div>
      )}
      {ids.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <div className="stage-card-list">
          {ids.map((id, position) => (
            <MetricCard
              key={id}
              id={id}
              position={position}
              layer={layer}
              onRemove={removeMetric}
              registerNameInput={registerNameInput}
            />
          ))}
        </div>
      )}
      <div className="stage-toolbar">
        <button ref={addButton} type="button" className="button" onClick={() => addMetric()}>
          {addLabel}
        </button>
      </div>
    </section>
  );
}

interface MetricCardProps {
  readonly id: MetricId;
  readonly position: number;
  readonly layer: MetricLayer;
  readonly onRemove: (id: MetricId) => void;
  readonly registerNameInput: (id: MetricId, input: HTMLInputElement | null) => void;
}

const MetricCard = memo(function MetricCard({
  id,
  position,
  layer,
  onRemove,
  registerNameInput,
}: MetricCardProps) {
  const missingId = useId();
  const metric = useAppStore((state) => state.workshop?.metrics.find((item) => item.id === id));
  const edit = useEditListItem(selectMetrics, id);
  /** Text a suggestion filled in that a rename cleared, offered back until the room decides. */
  const [cleared, setCleared] = useState<SuggestedMetricText | null>(null);
  const nameRef = useCallback(
    (input: HTMLInputElement | null) => registerNameInput(id, input),
    [id, registerNameInput],
  );
  if (metric === undefined) return null;

  const name = metric.name.trim() === '' ? LAYERS[layer].numbered(position + 1) : metric.name.trim();
  const missing = missingParts(metric);
  /** Name, definition and unit edits go through the suggestion rules: the room's own once changed. */
  const editText = (patch: Partial<Pick<Metric, 'name' | 'definition' | 'unit'>>) => {
    const result = editMetricText(metric, patch);
    if (result.cleared !== null) setCleared(result.cleared);
    edit((draft) => void Object.assign(draft, result.changes));
  };
  const keepCleared = () => {
    if (cleared === null) return;
    edit((draft) => {
      if (cleared.definition !== undefined && draft.definition === '') draft.definition = cleared.definition;
      if (cleared.unit !== undefined && draft.unit === '') draft.unit = cleared.unit;
    });
    setCleared(null);
  };
  const clearedTexts = cleared === null ? null : CLEARED_TEXTS[clearedParts(cleared)];
  const textField = (
    field: 'baseline' | 'target' | 'unit' | 'cadence' | 'source',
    label: string,
    placeholder: string,
  ) => (
    <TextField
      label={
        <>
          {label} <span className="visually-hidden">{text('stage.metrics.ofName', { name })}</span>
        </>
      }
      value={metric[field]}
      placeholder={placeholder}
      onValueChange={(value) =>
        field === 'unit'
          ? editText({ unit: value })
          : edit((draft) => {
              draft[field] = value;
            })
      }
    />
  );

  return (
    <fieldset className="stage-card metric-card">
      <legend className="visually-hidden">{name}</legend>
      <div className="metric-card__head">
        <TextField
          className="metric-card__name"
          label={text('stage.metrics.metric')}
          value={metric.name}
          inputRef={nameRef}
          placeholder={text('stage.metrics.whatIsMeasured')}
          describedBy={missing.length === 0 ? undefined : missingId}
          onValueChange={(value) => editText({ name: value })}
        />
        {metric.fromSuggestion === null ? null : (
          <span className="stage-badge" title={text('stage.metrics.addedFromA')}>
            {text('stage.metrics.suggested')}
          </span>
        )}
        <button type="button" className="button button--quiet button--small" onClick={() => onRemove(id)}>
          {text('stage.metrics.remove')} <span className="visually-hidden">{name}</span>
        </button>
      </div>
      {clearedTexts === null ? null : (
        <p className="stage-note stage-note--quiet" role="status">
          <span>{clearedTexts.note}</span>
          <button type="button" className="button button--quiet button--small" onClick={keepCleared}>
            {clearedTexts.keep}
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setCleared(null)}
          >
            {text('stage.metrics.leaveItCleared')}
          </button>
        </p>
      )}
      <FieldProblem
        id={missingId}
        problem={
          missing.length === 0
            ? null
            : text('stage.metrics.stillMissingValue1', { value1: missing.join(', ') })
        }
      />
      <div className="metric-card__numbers">
        {textField('baseline', text('stage.metrics.baseline'), text('stage.metrics.todayBeforeThe'))}
        {textField('target', text('stage.metrics.target'), text('stage.metrics.whereWeWant'))}
        {textField('unit', text('stage.metrics.unit'), text('stage.metrics.minutes'))}
        {textField('cadence', text('stage.metrics.reviewCadence'), text('stage.metrics.weeklyMonthly'))}
      </div>
      <div className="stage-grid">
        <OwnerPicker
          label={text('stage.metrics.owner')}
          hiddenSuffix={text('stage.metrics.ofName', { name })}
          value={metric.owner}
          onValueChange={(owner) =>
            edit((draft) => {
              draft.owner = owner;
            })
          }
        />
        {textField('source', text('stage.metrics.source'), text('stage.metrics.whereTheNumber'))}
      </div>
      <TextAreaField
        label={
          <>
            {text('stage.metrics.definition')}{' '}
            <span className="visually-hidden">{text('stage.metrics.ofName', { name })}</span>
          </>
        }
        rows={2}
        value={metric.definition}
        onValueChange={(value) => editText({ definition: value })}
      />
    </fieldset>
  );
});

/** "definition and unit", "definition" or "unit". */
function clearedParts(cleared: SuggestedMetricText): keyof typeof CLEARED_TEXTS {
  if (cleared.unit === undefined) return 'definition';
  return cleared.definition === undefined ? 'unit' : 'both';
}

/** What a metric still lacks before the group can rely on it, in words. */
function missingParts(metric: Metric): string[] {
  const missing: string[] = [];
  if (metric.name.trim() === '') missing.push(text('stage.metrics.aName'));
  if (metric.baseline.trim() === '') missing.push(text('stage.metrics.aBaselineMeasure'));
  if (metric.target.trim() === '') missing.push(text('stage.metrics.aTarget'));
  if (!hasOwner(metric.owner)) missing.push(text('stage.metrics.anOwner'));
  return missing;
}
