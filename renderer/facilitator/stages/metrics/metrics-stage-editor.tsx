import type { Draft } from 'immer';
import { memo, useCallback, useEffect, useId, useRef } from 'react';
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
import { remainingSuggestions, type SuggestedMetric } from './suggested-metrics';
import '../stages.css';

const selectMetrics = (draft: Draft<Workshop>) => draft.metrics;

const LAYERS: Readonly<
  Record<MetricLayer, { title: string; question: string; singular: string; addLabel: string }>
> = {
  process: {
    title: 'Process metrics',
    question: 'Is the AI performing?',
    singular: 'process metric',
    addLabel: 'Add a process metric',
  },
  outcome: {
    title: 'Outcome metrics',
    question: 'Is the business better off?',
    singular: 'outcome metric',
    addLabel: 'Add an outcome metric',
  },
};

const NO_NAMES: readonly string[] = [];

/** Metrics stage: process and outcome metrics, each with a baseline, a target and an owner. */
export function MetricsStageEditor() {
  return (
    <div className="stage-editor">
      <StagePrompt>
        Ask how the group will know the AI is working, and then how it will know the business is better off
        because of it. Agree both layers before scaling, each metric with a baseline, a target, an owner and a
        time to look at it again.
      </StagePrompt>
      <MetricLayerSection layer="process" />
      <MetricLayerSection layer="outcome" />
    </div>
  );
}

function MetricLayerSection({ layer }: { layer: MetricLayer }) {
  const headingId = useId();
  const { title, question, singular, addLabel } = LAYERS[layer];
  const ids = useListIds((workshop) => workshop.metrics.filter((metric) => metric.layer === layer));
  const names = useAppStore(
    useShallow((state) =>
      state.workshop === null
        ? NO_NAMES
        : state.workshop.metrics.filter((metric) => metric.layer === layer).map((metric) => metric.name),
    ),
  );
  const suggestions = remainingSuggestions(layer, names);
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
        fromSuggestion: null,
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
          <strong>The CFO number. </strong>
          Ask the room: which one number, in revenue, cost or risk, will we show the CFO to prove this works?
          Make sure it is one of the outcome metrics below, with a baseline, a target and an owner.
        </p>
      ) : null}
      {suggestions.length === 0 ? null : (
        <div className="stage-suggestions" role="group" aria-label={`Suggested ${title.toLowerCase()}`}>
          <span className="hint">Start from a suggestion:</span>
          {suggestions.map((suggestion) => (
            <button
              key={suggestion.name}
              type="button"
              className="button button--quiet button--small"
              onClick={() => addMetric(suggestion)}
            >
              Add: {suggestion.name}
            </button>
          ))}
        </div>
      )}
      {ids.length === 0 ? (
        <p className="hint">No {singular}s yet.</p>
      ) : (
        <div className="stage-card-list">
          {ids.map((id, position) => (
            <MetricCard
              key={id}
              id={id}
              position={position}
              singular={singular}
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
  readonly singular: string;
  readonly onRemove: (id: MetricId) => void;
  readonly registerNameInput: (id: MetricId, input: HTMLInputElement | null) => void;
}

const MetricCard = memo(function MetricCard({
  id,
  position,
  singular,
  onRemove,
  registerNameInput,
}: MetricCardProps) {
  const missingId = useId();
  const metric = useAppStore((state) => state.workshop?.metrics.find((item) => item.id === id));
  const edit = useEditListItem(selectMetrics, id);
  const nameRef = useCallback(
    (input: HTMLInputElement | null) => registerNameInput(id, input),
    [id, registerNameInput],
  );
  if (metric === undefined) return null;

  const name = metric.name.trim() === '' ? `${singular} ${position + 1}` : metric.name.trim();
  const missing = missingParts(metric);
  const textField = (
    field: 'baseline' | 'target' | 'unit' | 'cadence' | 'source',
    label: string,
    placeholder: string,
  ) => (
    <TextField
      label={
        <>
          {label} <span className="visually-hidden">of {name}</span>
        </>
      }
      value={metric[field]}
      placeholder={placeholder}
      onValueChange={(value) =>
        edit((draft) => {
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
          label="Metric"
          value={metric.name}
          inputRef={nameRef}
          placeholder="What is measured"
          describedBy={missing.length === 0 ? undefined : missingId}
          onValueChange={(value) =>
            edit((draft) => {
              draft.name = value;
            })
          }
        />
        <button type="button" className="button button--quiet button--small" onClick={() => onRemove(id)}>
          Remove <span className="visually-hidden">{name}</span>
        </button>
      </div>
      <FieldProblem
        id={missingId}
        problem={missing.length === 0 ? null : `Still missing: ${missing.join(', ')}.`}
      />
      <div className="metric-card__numbers">
        {textField('baseline', 'Baseline', 'Today, before the AI')}
        {textField('target', 'Target', 'Where we want it')}
        {textField('unit', 'Unit', '%, minutes, €…')}
        {textField('cadence', 'Review cadence', 'Weekly, monthly…')}
      </div>
      <div className="stage-grid">
        <OwnerPicker
          label="Owner"
          hiddenSuffix={`of ${name}`}
          value={metric.owner}
          onChange={(owner) =>
            edit((draft) => {
              draft.owner = owner;
            })
          }
        />
        {textField('source', 'Source', 'Where the number comes from')}
      </div>
      <TextAreaField
        label={
          <>
            Definition <span className="visually-hidden">of {name}</span>
          </>
        }
        rows={2}
        value={metric.definition}
        onValueChange={(value) =>
          edit((draft) => {
            draft.definition = value;
          })
        }
      />
    </fieldset>
  );
});

/** What a metric still lacks before the group can rely on it, in words. */
function missingParts(metric: Metric): string[] {
  const missing: string[] = [];
  if (metric.name.trim() === '') missing.push('a name');
  if (metric.baseline.trim() === '') missing.push('a baseline (measure it before rollout)');
  if (metric.target.trim() === '') missing.push('a target');
  if (!hasOwner(metric.owner)) missing.push('an owner');
  return missing;
}
