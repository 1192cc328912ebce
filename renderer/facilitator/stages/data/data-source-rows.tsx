import type { Draft } from 'immer';
import { memo, useId, useState } from 'react';
import { text } from '../../../../shared/text';
import type { DataSource } from '../../../../shared/workshop/data-sources';
import type { DataSourceId } from '../../../../shared/workshop/ids';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { CheckboxField, SelectField, TextField } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { onEnterKey } from '../shared/record-list-focus';
import { useRecord } from '../shared/use-record';
import { READINESS_CHOICES } from './data-source-choices';
import { DataSourceDetails } from './data-source-details';
import type { RecordRowProps } from '../shared/record-list-section';
import { QuietButton } from '../../../app/components/quiet-button';

const selectSources = (workshop: Draft<Workshop>) => workshop.dataSources;

interface DataSourceRowsProps extends RecordRowProps<DataSourceId> {
  readonly isLast: boolean;
  readonly onAdd: () => void;
}

/** One source: a compact row, and a details row (the pilot-to-scale contrasts) that opens below it. */
export const DataSourceRows = memo(function DataSourceRows({
  id,
  position,
  isLast,
  onAdd,
  onRemove,
}: DataSourceRowsProps) {
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const { item: source, bind, bindCheck } = useRecord(selectSources, id);
  if (source === undefined) return null;

  const name = source.system.trim() || text('stage.data.dataSourceValue1', { value1: position + 1 });

  return (
    <tbody
      data-record-id={id}
      className={open ? 'stage-table__group stage-table__group--open' : 'stage-table__group'}
    >
      <tr>
        <td data-label="System">
          <TextField
            label={text('stage.data.systemOfData', { value1: position + 1 })}
            hideLabel
            className="first-field"
            placeholder={text('stage.data.forExamplePolicy')}
            problem={sourceProblem(source)}
            onKeyDown={isLast ? onEnterKey(onAdd) : undefined}
            {...bind('system')}
          />
          <div className="stage-row-tools">
            <QuietButton
              small
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              onClick={() => setOpen((current) => !current)}
            >
              <span aria-hidden="true">{open ? '▾' : '▸'}</span> {text('stage.data.details')}{' '}
              <span className="visually-hidden">{text('stage.data.ofName', { name })}</span>
            </QuietButton>
            <QuietButton small onClick={() => onRemove(id)} hiddenSuffix={name}>
              {text('stage.data.remove')}
            </QuietButton>
          </div>
        </td>
        <td data-label="Owner">
          <OwnerPicker label={text('stage.data.ownerOfName', { name })} hideLabel {...bind('owner')} />
        </td>
        <td data-label="Readiness">
          <SelectField
            label={text('stage.data.readinessOfName', { name })}
            hideLabel
            choices={READINESS_CHOICES}
            {...bind('readiness')}
          />
          <CheckboxField
            label={text('stage.data.automated')}
            hiddenSuffix={text('stage.data.nameFeedsTheAi', { name })}
            {...bindCheck('automated')}
          />
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} className="stage-table__details">
          <td colSpan={3}>
            <DataSourceDetails id={id} name={name} />
          </td>
        </tr>
      ) : null}
    </tbody>
  );
});

/** A friendly word about a source that needs attention, or null. */
function sourceProblem(source: DataSource): string | null {
  const startedFilling =
    source.owner.kind !== 'none' ||
    source.automated ||
    source.readiness !== 'unknown' ||
    source.feedType !== 'other' ||
    source.notes.trim() !== '';
  if (source.system.trim() === '') return startedFilling ? text('stage.data.nameTheSystem') : null;
  if (source.readiness === 'ready' && !source.automated) {
    return text('stage.data.markedReadyBut');
  }
  return null;
}
