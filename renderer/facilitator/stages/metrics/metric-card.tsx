import type { Draft } from 'immer';
import { memo, useId, useState } from 'react';
import { text } from '../../../../shared/text';
import type { MetricId } from '../../../../shared/workshop/ids';
import type { Metric, MetricLayer } from '../../../../shared/workshop/metrics';
import { editMetricText, type SuggestedMetricText } from '../../../../shared/workshop/suggestions';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { FieldProblem, TextAreaField, TextField } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { hasOwner } from '../shared/owners';
import { useRecord } from '../shared/use-record';
import { CLEARED_TEXTS, LAYERS } from './metric-texts';
import type { RecordRowProps } from '../shared/record-list-section';
import { QuietButton } from '../../../app/components/quiet-button';

const selectMetrics = (workshop: Draft<Workshop>) => workshop.metrics;

interface MetricCardProps extends RecordRowProps<MetricId> {
  readonly layer: MetricLayer;
}

export const MetricCard = memo(function MetricCard({ id, position, layer, onRemove }: MetricCardProps) {
  const missingId = useId();
  const { item: metric, edit, bind } = useRecord(selectMetrics, id);
  /** Text a suggestion filled in that a rename cleared, offered back until the room decides. */
  const [cleared, setCleared] = useState<SuggestedMetricText | null>(null);
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
      label={label}
      hiddenSuffix={text('stage.metrics.ofName', { name })}
      placeholder={placeholder}
      {...bind(field)}
      onValueChange={field === 'unit' ? (unit) => editText({ unit }) : bind(field).onValueChange}
    />
  );

  return (
    <fieldset className="stage-card metric-card" data-record-id={id}>
      <legend className="visually-hidden">{name}</legend>
      <div className="metric-card__head">
        <TextField
          className="metric-card__name first-field"
          label={text('stage.metrics.metric')}
          value={metric.name}
          placeholder={text('stage.metrics.whatIsMeasured')}
          describedBy={missing.length === 0 ? undefined : missingId}
          onValueChange={(value) => editText({ name: value })}
        />
        {metric.fromSuggestion === null ? null : (
          <span className="stage-badge" title={text('stage.metrics.addedFromA')}>
            {text('stage.metrics.suggested')}
          </span>
        )}
        <QuietButton small onClick={() => onRemove(id)} hiddenSuffix={name}>
          {text('stage.metrics.remove')}
        </QuietButton>
      </div>
      {clearedTexts === null ? null : (
        <p className="stage-note stage-note--quiet" role="status">
          <span>{clearedTexts.note}</span>
          <QuietButton small onClick={keepCleared}>
            {clearedTexts.keep}
          </QuietButton>
          <QuietButton small onClick={() => setCleared(null)}>
            {text('stage.metrics.leaveItCleared')}
          </QuietButton>
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
          {...bind('owner')}
        />
        {textField('source', text('stage.metrics.source'), text('stage.metrics.whereTheNumber'))}
      </div>
      <TextAreaField
        label={text('stage.metrics.definition')}
        hiddenSuffix={text('stage.metrics.ofName', { name })}
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
