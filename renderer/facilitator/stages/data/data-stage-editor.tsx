import type { Draft } from 'immer';
import { lazy, memo, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  DATA_CONTRASTS,
  type DataContrastId,
  type DataSource,
} from '../../../../shared/workshop/data-sources';
import { newId, type DataSourceId } from '../../../../shared/workshop/ids';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { ViewSwitch, type View } from '../../canvas/view-switch';
import { StagePrompt } from '../shared/stage-prompt';
import { useEditListItem, useEditWorkshop, useListIds } from '../shared/use-workshop';
import { FEED_TYPE_CHOICES, READINESS_CHOICES } from './data-source-choices';
import { addDataSource, removeDataSources } from './data-source-edits';
import '../stages.css';
import { text } from '../../../../shared/text';

const selectSources = (draft: Draft<Workshop>) => draft.dataSources;

type DataView = 'list' | 'map';

const VIEWS: readonly View<DataView>[] = [
  { id: 'list', label: text('stage.data.list') },
  { id: 'map', label: text('stage.data.map') },
];

/**
 * Data stage: every production data source, and how its reality at scale differs from the
 * pilot — as a list, or as a map of sources flowing into the AI. Both edit the same records.
 */
export function DataStageEditor() {
  const [view, setView] = useState<DataView>('list');
  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.data.listEverySystem')}</StagePrompt>
      <ViewSwitch label={text('stage.data.dataViews')} views={VIEWS} value={view} onChange={setView} />
      {view === 'list' ? (
        <DataSourceList />
      ) : (
        <Suspense fallback={<p className="hint">{text('stage.data.openingTheMap')}</p>}>
          <DataMapView />
        </Suspense>
      )}
    </div>
  );
}

// React Flow loads only when someone opens the map.
const DataMapView = lazy(() => import('./data-map').then((module) => ({ default: module.DataMapView })));

/** The list of production data sources, with the pilot-to-scale details of each. */
function DataSourceList() {
  const headingId = useId();
  const ids = useListIds((workshop) => workshop.dataSources);
  const readyCount = useAppStore(
    (state) => state.workshop?.dataSources.filter((source) => source.readiness === 'ready').length ?? 0,
  );
  const manualCount = useAppStore(
    (state) => state.workshop?.dataSources.filter((source) => !source.automated).length ?? 0,
  );
  const editWorkshop = useEditWorkshop();
  const systemInputs = useRef(new Map<DataSourceId, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<DataSourceId | 'add-button' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add-button') addButton.current?.focus();
    else systemInputs.current.get(target)?.focus();
  }, [ids]);

  const addSource = useCallback(() => {
    const id = newId<DataSourceId>();
    focusNext.current = id;
    editWorkshop((draft) => {
      addDataSource(draft, undefined, id);
    });
  }, [editWorkshop]);

  const removeSource = useCallback(
    (id: DataSourceId) => {
      const position = ids.indexOf(id);
      focusNext.current = ids[position + 1] ?? ids[position - 1] ?? 'add-button';
      editWorkshop((draft) => removeDataSources(draft, new Set([id])));
    },
    [ids, editWorkshop],
  );

  const registerSystemInput = useCallback((id: DataSourceId, input: HTMLInputElement | null) => {
    if (input === null) systemInputs.current.delete(id);
    else systemInputs.current.set(id, input);
  }, []);

  return (
    <section className="panel stage-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{text('stage.data.productionDataSources')}</h3>
      {ids.length === 0 ? (
        <p className="hint">{text('stage.data.noDataSources')}</p>
      ) : (
        <div className="stage-table-scroll">
          <table className="stage-table">
            <caption className="visually-hidden">{text('stage.data.productionDataSources')}</caption>
            <colgroup>
              <col />
              <col className="stage-table__column--owner" />
              <col className="stage-table__column--choices" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{text('stage.data.system')}</th>
                <th scope="col">{text('stage.data.owner')}</th>
                <th scope="col">{text('stage.data.readiness')}</th>
              </tr>
            </thead>
            {ids.map((id, position) => (
              <DataSourceRows
                key={id}
                id={id}
                position={position}
                onAdd={addSource}
                onRemove={removeSource}
                registerSystemInput={registerSystemInput}
                isLast={position === ids.length - 1}
              />
            ))}
          </table>
        </div>
      )}
      <div className="stage-toolbar">
        <button ref={addButton} type="button" className="button" onClick={addSource}>
          {text('stage.data.addDataSource')}
        </button>
        <p className="hint">
          {text('stage.data.sourcesSummary', {
            sources: text('stage.data.sourceCount', { count: ids.length }),
            ready: readyCount,
            manual: manualCount,
          })}
        </p>
      </div>
    </section>
  );
}

interface DataSourceRowsProps {
  readonly id: DataSourceId;
  readonly position: number;
  readonly isLast: boolean;
  readonly onAdd: () => void;
  readonly onRemove: (id: DataSourceId) => void;
  readonly registerSystemInput: (id: DataSourceId, input: HTMLInputElement | null) => void;
}

/** One source: a compact row, and a details row (the pilot-to-scale contrasts) that opens below it. */
const DataSourceRows = memo(function DataSourceRows({
  id,
  position,
  isLast,
  onAdd,
  onRemove,
  registerSystemInput,
}: DataSourceRowsProps) {
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const source = useAppStore((state) => state.workshop?.dataSources.find((item) => item.id === id));
  const edit = useEditListItem(selectSources, id);
  const systemRef = useCallback(
    (input: HTMLInputElement | null) => registerSystemInput(id, input),
    [id, registerSystemInput],
  );
  if (source === undefined) return null;

  const name =
    source.system.trim() === ''
      ? text('stage.data.dataSourceValue1', { value1: position + 1 })
      : source.system.trim();

  return (
    <tbody className={open ? 'stage-table__group stage-table__group--open' : 'stage-table__group'}>
      <tr>
        <td data-label="System">
          <TextField
            label={text('stage.data.systemOfData', { value1: position + 1 })}
            hideLabel
            value={source.system}
            placeholder={text('stage.data.forExamplePolicy')}
            inputRef={systemRef}
            problem={sourceProblem(source)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && isLast && !event.nativeEvent.isComposing) {
                event.preventDefault();
                onAdd();
              }
            }}
            onValueChange={(system) =>
              edit((draft) => {
                draft.system = system;
              })
            }
          />
          <div className="stage-row-tools">
            <button
              type="button"
              className="button button--quiet button--small"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              onClick={() => setOpen((current) => !current)}
            >
              <span aria-hidden="true">{open ? '▾' : '▸'}</span> {text('stage.data.details')}{' '}
              <span className="visually-hidden">{text('stage.data.ofName', { name })}</span>
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => onRemove(id)}>
              {text('stage.data.remove')} <span className="visually-hidden">{name}</span>
            </button>
          </div>
        </td>
        <td data-label="Owner">
          <OwnerPicker
            label={text('stage.data.ownerOfName', { name })}
            hideLabel
            value={source.owner}
            onValueChange={(owner) =>
              edit((draft) => {
                draft.owner = owner;
              })
            }
          />
        </td>
        <td data-label="Readiness">
          <SelectField
            label={text('stage.data.readinessOfName', { name })}
            hideLabel
            value={source.readiness}
            choices={READINESS_CHOICES}
            onValueChange={(readiness) =>
              edit((draft) => {
                draft.readiness = readiness;
              })
            }
          />
          <CheckboxField
            label={
              <>
                {text('stage.data.automated')}{' '}
                <span className="visually-hidden">{text('stage.data.nameFeedsTheAi', { name })}</span>
              </>
            }
            checked={source.automated}
            onCheckedChange={(automated) =>
              edit((draft) => {
                draft.automated = automated;
              })
            }
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

function DataSourceDetails({ id, name }: { id: DataSourceId; name: string }) {
  const source = useAppStore((state) => state.workshop?.dataSources.find((item) => item.id === id));
  const edit = useEditListItem(selectSources, id);
  if (source === undefined) return null;
  const editContrast = (contrastId: DataContrastId, side: 'pilot' | 'scale', text: string) =>
    edit((draft) => {
      draft.contrasts[contrastId][side] = text;
    });

  return (
    <div className="data-details">
      <div className="stage-grid">
        <SelectField
          label={
            <>
              {text('stage.data.howTheData')}{' '}
              <span className="visually-hidden">{text('stage.data.fromName', { name })}</span>
            </>
          }
          value={source.feedType}
          choices={FEED_TYPE_CHOICES}
          problem={
            source.feedType === 'manual-export' && source.automated ? text('stage.data.aManualExport') : null
          }
          onValueChange={(feedType) =>
            edit((draft) => {
              draft.feedType = feedType;
            })
          }
        />
        <TextAreaField
          label={
            <>
              {text('stage.data.notes')}{' '}
              <span className="visually-hidden">{text('stage.data.onName', { name })}</span>
            </>
          }
          rows={2}
          value={source.notes}
          onValueChange={(notes) =>
            edit((draft) => {
              draft.notes = notes;
            })
          }
        />
      </div>
      <div className="data-details__contrasts">
        {DATA_CONTRASTS.map((contrast) => (
          <fieldset key={contrast.id} className="stage-card">
            <legend className="stage-card__title">
              {contrast.pilot} <span aria-hidden="true">→</span>
              <span className="visually-hidden">{text('stage.data.becomes')}</span> {contrast.scale}
            </legend>
            <TextAreaField
              label={
                <>
                  {text('stage.data.inThePilot')}{' '}
                  <span className="visually-hidden">
                    ({name}: {contrast.pilot})
                  </span>
                </>
              }
              rows={2}
              value={source.contrasts[contrast.id].pilot}
              onValueChange={(text) => editContrast(contrast.id, 'pilot', text)}
            />
            <TextAreaField
              label={
                <>
                  {text('stage.data.atScale')}{' '}
                  <span className="visually-hidden">
                    ({name}: {contrast.scale})
                  </span>
                </>
              }
              rows={2}
              value={source.contrasts[contrast.id].scale}
              onValueChange={(text) => editContrast(contrast.id, 'scale', text)}
            />
          </fieldset>
        ))}
      </div>
    </div>
  );
}

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
