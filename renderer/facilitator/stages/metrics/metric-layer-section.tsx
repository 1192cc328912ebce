import type { Draft } from 'immer';
import { useShallow } from 'zustand/react/shallow';
import { text } from '../../../../shared/text';
import { newId, type MetricId } from '../../../../shared/workshop/ids';
import type { MetricLayer } from '../../../../shared/workshop/metrics';
import { remainingSuggestions, type SuggestedMetric } from '../../../../shared/workshop/suggestions';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { useRecordList, type RecordListRules } from '../shared/record-list-focus';
import { RecordListSection } from '../shared/record-list-section';
import { NO_ITEMS, useListIds } from '../shared/use-workshop';
import { MetricCard } from './metric-card';
import { LAYERS } from './metric-texts';
import { QuietButton } from '../../../app/components/quiet-button';

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
  const { title, question, addLabel, empty } = LAYERS[layer];
  const ids = useListIds((workshop) => workshop.metrics.filter((metric) => metric.layer === layer));
  const taken = useAppStore(
    useShallow((state) => (state.workshop === null ? NO_ITEMS : state.workshop.metrics)),
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
    <RecordListSection
      heading={
        <>
          {title}: <span className="stage-section__question">{question}</span>
        </>
      }
      before={
        <>
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
                <QuietButton small key={suggestion.name} onClick={() => addMetric(suggestion)}>
                  {text('stage.metrics.addSuggestion', { name: suggestion.name })}
                </QuietButton>
              ))}
            </div>
          )}
        </>
      }
      empty={ids.length === 0 ? empty : null}
      addPlace={ADD_PLACES[layer]}
      addLabel={addLabel}
      onAdd={() => addMetric()}
    >
      <div className="stage-card-list">
        {ids.map((id, position) => (
          <MetricCard key={id} {...list.rowProps(id, position)} layer={layer} />
        ))}
      </div>
    </RecordListSection>
  );
}
