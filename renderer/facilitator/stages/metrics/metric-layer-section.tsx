import type { Draft } from 'immer';
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { text } from '../../../../shared/text';
import { newId, type MetricId } from '../../../../shared/workshop/ids';
import type { Metric, MetricLayer } from '../../../../shared/workshop/metrics';
import { remainingSuggestions, type SuggestedMetric } from '../../../../shared/workshop/suggestions';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { AddButton, useRecordList, type RecordListRules } from '../shared/record-list-focus';
import { useListIds } from '../shared/use-workshop';
import { MetricCard } from './metric-card';
import { LAYERS } from './metric-texts';

const NO_METRICS: readonly Pick<Metric, 'name' | 'fromSuggestion'>[] = [];

/** The focus place of each layer's Add button, where focus goes when the layer empties. */
const ADD_PLACES: Readonly<Record<MetricLayer, string>> = {
  process: 'add-process-metric',
  outcome: 'add-outcome-metric',
};

const removeMetric = (draft: Draft<Workshop>, id: MetricId) => {
  draft.metrics = draft.metrics.filter((metric) => metric.id !== id);
};
const LISTS: Readonly<Record<MetricLayer, RecordListRules<MetricId>>> = {
  process: { emptyPlace: ADD_PLACES.process, remove: removeMetric },
  outcome: { emptyPlace: ADD_PLACES.outcome, remove: removeMetric },
};

/** One layer of metrics (process or outcome): suggestions, its metric cards, and its Add button. */
export function MetricLayerSection({ layer }: { layer: MetricLayer }) {
  const headingId = useId();
  const { title, question, addLabel, empty } = LAYERS[layer];
  const ids = useListIds((workshop) => workshop.metrics.filter((metric) => metric.layer === layer));
  const taken = useAppStore(
    useShallow((state) => (state.workshop === null ? NO_METRICS : state.workshop.metrics)),
  );
  const suggestions = remainingSuggestions(layer, taken);
  const list = useRecordList(ids, LISTS[layer]);

  const addMetric = (suggestion?: SuggestedMetric) => {
    const id = newId<MetricId>();
    list.create(id, (draft) => {
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
            <MetricCard key={id} id={id} position={position} layer={layer} onRemove={list.remove} />
          ))}
        </div>
      )}
      <div className="stage-toolbar">
        <AddButton place={ADD_PLACES[layer]} onClick={() => addMetric()}>
          {addLabel}
        </AddButton>
      </div>
    </section>
  );
}
