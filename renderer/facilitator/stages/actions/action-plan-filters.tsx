import type { Dispatch, SetStateAction } from 'react';
import { text } from '../../../../shared/text';
import { CheckboxField, SelectField } from '../shared/fields';
import { KILLER_FILTER_CHOICES, SORT_CHOICES, STATUS_FILTER_CHOICES } from './action-choices';
import type { ActionView } from './arrange-actions';

/** How the action plan is sorted and filtered: it changes the view, never the document order. */
export function ActionPlanFilters({
  view,
  setView,
}: {
  readonly view: ActionView;
  readonly setView: Dispatch<SetStateAction<ActionView>>;
}) {
  /** Binds one setting of the view to a control. */
  const bind = <Key extends 'sort' | 'killer' | 'status'>(key: Key) => ({
    value: view[key],
    onValueChange: (value: ActionView[Key]) => setView((current) => ({ ...current, [key]: value })),
  });
  return (
    <div
      className="stage-toolbar stage-toolbar--filters"
      role="group"
      aria-label={text('stage.actions.sortAndFilter')}
    >
      <SelectField label={text('stage.actions.sortBy')} choices={SORT_CHOICES} {...bind('sort')} />
      <SelectField label={text('stage.actions.killer')} choices={KILLER_FILTER_CHOICES} {...bind('killer')} />
      <SelectField label={text('stage.actions.status')} choices={STATUS_FILTER_CHOICES} {...bind('status')} />
      <CheckboxField
        label={text('stage.actions.onlyFlagged')}
        checked={view.onlyFlagged}
        onCheckedChange={(onlyFlagged) => setView((current) => ({ ...current, onlyFlagged }))}
      />
    </div>
  );
}
