import { useId, useState } from 'react';
import { text } from '../../../../shared/text';
import { sameLink, type ActionLink, type ActionLinkKind } from '../../../../shared/workshop/action-links';
import { TRACE_GROUPS, traceKey, traceLabel, type TraceTarget } from './trace-targets';
import { AddChipButton, RemovableChips } from './removable-chips';

/**
 * What an action addresses: its links (each with Remove), and a select of gaps, risks,
 * stakeholders, data sources and workflow changes and steps with "Add".
 */
export function TraceLinkPicker({
  actionId,
  actionName,
  links,
  targets,
  onChange,
}: {
  readonly actionId: string;
  readonly actionName: string;
  readonly links: readonly ActionLink[];
  readonly targets: Readonly<Record<ActionLinkKind, readonly TraceTarget[]>>;
  readonly onChange: (links: readonly ActionLink[]) => void;
}) {
  const headingId = useId();
  const selectId = useId();
  const [pickedKey, setPickedKey] = useState('');
  const linkedKeys = new Set(links.map(traceKey));
  const offered = (kind: ActionLinkKind) => targets[kind].filter((target) => !linkedKeys.has(target.key));
  const picked = TRACE_GROUPS.flatMap(({ kind }) => offered(kind)).find((target) => target.key === pickedKey);
  const addPlace = `trace-add-${actionId}`;
  return (
    <div className="trace-links" role="group" aria-labelledby={headingId}>
      <span id={headingId} className="stage-field__label">
        {text('stage.actions.trace.addresses')}
      </span>
      {links.length === 0 ? (
        <p className="hint">{text('stage.actions.trace.nothingYet')}</p>
      ) : (
        <RemovableChips
          items={links}
          keyOf={traceKey}
          labelOf={(link) => traceLabel(link, targets)}
          removeSuffix={(link) => text('stage.actions.trace.removeLink', { link, name: actionName })}
          addPlace={addPlace}
          onRemove={(link) => onChange(links.filter((other) => !sameLink(other, link)))}
        />
      )}
      <div className="trace-links__add">
        <label htmlFor={selectId} className="visually-hidden">
          {text('stage.actions.trace.addLink', { name: actionName })}
        </label>
        <select
          id={selectId}
          value={picked?.key ?? ''}
          data-focus-place={addPlace}
          onChange={(event) => setPickedKey(event.target.value)}
        >
          <option value="">{text('stage.actions.trace.linkTo')}</option>
          {TRACE_GROUPS.map(({ kind, label }) =>
            offered(kind).length === 0 ? null : (
              <optgroup key={kind} label={label()}>
                {offered(kind).map((target) => (
                  <option key={target.key} value={target.key}>
                    {target.label}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
        <AddChipButton
          picked={picked}
          hiddenSuffix={text('stage.actions.trace.toAddresses', { name: actionName })}
          addPlace={addPlace}
          onAdd={(target) => {
            onChange([...links, target.link]);
            setPickedKey('');
          }}
        />
      </div>
    </div>
  );
}
