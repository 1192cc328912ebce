import type { Draft } from 'immer';
import { text } from '../../../../shared/text';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { CanvasRecord, type RecordPanelProps } from '../shared/canvas-record';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { useRecord } from '../shared/use-record';
import { FEED_TYPE_CHOICES, READINESS_CHOICES } from './data-source-choices';
import { removeDataSources } from './data-source-edits';
import { FromTheRoomMark } from '../../room-activity/from-the-room-mark';

const selectSources = (workshop: Draft<Workshop>) => workshop.dataSources;

/** One data source, edited next to the map: the same fields as its row in the list. */
export function DataSourceRecord({ id, onRemoved }: RecordPanelProps) {
  const { item: source, bind, bindCheck } = useRecord(selectSources, id);
  if (source === undefined) return null;
  const name = source.system.trim() || text('stage.data.unnamedSystem');
  return (
    <CanvasRecord
      id={id}
      heading={name}
      removeLabel={text('stage.data.removeName', { name })}
      remove={removeDataSources}
      onRemoved={onRemoved}
    >
      <TextField label={text('stage.data.system')} {...bind('system')} />
      <OwnerPicker label={text('stage.data.owner')} {...bind('owner')} />
      <SelectField label={text('stage.data.howTheData')} choices={FEED_TYPE_CHOICES} {...bind('feedType')} />
      <SelectField label={text('stage.data.readiness')} choices={READINESS_CHOICES} {...bind('readiness')} />
      <CheckboxField label={text('stage.data.automatedFlowsWith')} {...bindCheck('automated')} />
      <FromTheRoomMark recordId={id} kind="data-issue" />
      <TextAreaField label={text('stage.data.notes')} rows={2} {...bind('notes')} />
    </CanvasRecord>
  );
}
