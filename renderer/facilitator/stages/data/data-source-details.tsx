import type { Draft } from 'immer';
import { text } from '../../../../shared/text';
import { DATA_CONTRASTS, type DataContrastId } from '../../../../shared/workshop/data-sources';
import type { DataSourceId } from '../../../../shared/workshop/ids';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { SelectField, TextAreaField } from '../shared/fields';
import { useRecord } from '../shared/use-record';
import { FEED_TYPE_CHOICES } from './data-source-choices';

const selectSources = (workshop: Draft<Workshop>) => workshop.dataSources;

type Side = 'pilot' | 'scale';
const SIDES: readonly Side[] = ['pilot', 'scale'];
const SIDE_LABELS: Readonly<Record<Side, string>> = {
  pilot: text('stage.data.inThePilot'),
  scale: text('stage.data.atScale'),
};

/** The details of one source that open below its row: how the data comes, notes, and the pilot-to-scale contrasts. */
export function DataSourceDetails({ id, name }: { id: DataSourceId; name: string }) {
  const { item: source, edit, bind } = useRecord(selectSources, id);
  if (source === undefined) return null;
  const editContrast = (contrastId: DataContrastId, side: Side, value: string) =>
    edit((draft) => {
      draft.contrasts[contrastId][side] = value;
    });

  return (
    <div className="data-details">
      <div className="stage-grid">
        <SelectField
          label={text('stage.data.howTheData')}
          hiddenSuffix={text('stage.data.fromName', { name })}
          choices={FEED_TYPE_CHOICES}
          problem={
            source.feedType === 'manual-export' && source.automated ? text('stage.data.aManualExport') : null
          }
          {...bind('feedType')}
        />
        <TextAreaField
          label={text('stage.data.notes')}
          hiddenSuffix={text('stage.data.onName', { name })}
          rows={2}
          {...bind('notes')}
        />
      </div>
      <div className="data-details__contrasts">
        {DATA_CONTRASTS.map((contrast) => (
          <fieldset key={contrast.id} className="stage-card">
            <legend className="stage-card__title">
              {contrast.pilot} <span aria-hidden="true">→</span>
              <span className="visually-hidden">{text('stage.data.becomes')}</span> {contrast.scale}
            </legend>
            {SIDES.map((side) => (
              <TextAreaField
                key={side}
                label={SIDE_LABELS[side]}
                hiddenSuffix={`(${name}: ${contrast[side]})`}
                rows={2}
                value={source.contrasts[contrast.id][side]}
                onValueChange={(value) => editContrast(contrast.id, side, value)}
              />
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
