import { useId, type ReactNode } from 'react';
import { text } from '../../../../shared/text';
import { WithHiddenSuffix } from '../../../app/components/hidden-suffix';
import type { PersonChoice } from './raci-people';

/**
 * A select of the people list, grouped "In the room" and "On the stakeholder map". The first
 * option (`emptyLabel`) stands for nobody; `value` is a person's key or "".
 */
export function RaciPersonSelect({
  label,
  hiddenSuffix,
  people,
  value,
  emptyLabel,
  extraOption,
  onChoose,
  focusPlace,
  describedBy,
}: {
  readonly label: string;
  readonly hiddenSuffix: string;
  readonly people: readonly PersonChoice[];
  readonly value: string;
  readonly emptyLabel: string;
  /** An option for a value not in the list (someone who left it). */
  readonly extraOption?: ReactNode;
  readonly onChoose: (choice: PersonChoice | null) => void;
  readonly focusPlace?: string;
  readonly describedBy?: string;
}) {
  const id = useId();
  const group = (which: PersonChoice['group']) => people.filter((choice) => choice.group === which);
  return (
    <div className="field stage-field raci-person-select">
      <label htmlFor={id} className="stage-field__label">
        <WithHiddenSuffix words={label} hiddenSuffix={hiddenSuffix} />
      </label>
      <select
        id={id}
        value={value}
        data-focus-place={focusPlace}
        aria-describedby={describedBy}
        onChange={(event) => onChoose(people.find((choice) => choice.key === event.target.value) ?? null)}
      >
        <option value="">{emptyLabel}</option>
        {(['room', 'map'] as const).map((which) =>
          group(which).length === 0 ? null : (
            <optgroup
              key={which}
              label={
                which === 'room' ? text('stage.actions.raci.inTheRoom') : text('stage.actions.raci.onTheMap')
              }
            >
              {group(which).map((choice) => (
                <option key={choice.key} value={choice.key}>
                  {choice.name}
                </option>
              ))}
            </optgroup>
          ),
        )}
        {extraOption}
      </select>
    </div>
  );
}
