import { useRef, type KeyboardEvent } from 'react';
import './workspace.css';

/** One view of a stage (a canvas, or a list). */
export interface View<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

/**
 * Switches between the views of a stage: a row of toggle buttons (the pressed one is the
 * view on screen). Left and right arrow keys move between them.
 */
export function ViewSwitch<Id extends string>({
  label,
  views,
  value,
  onChange,
}: {
  readonly label: string;
  readonly views: readonly View<Id>[];
  readonly value: Id;
  readonly onChange: (view: Id) => void;
}) {
  const buttons = useRef(new Map<Id, HTMLButtonElement>());
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = views[(index + step + views.length) % views.length];
    if (next === undefined) return;
    onChange(next.id);
    buttons.current.get(next.id)?.focus();
  }
  return (
    <div className="view-switch" role="group" aria-label={label}>
      {views.map((view, index) => (
        <button
          key={view.id}
          ref={(element) => {
            if (element === null) buttons.current.delete(view.id);
            else buttons.current.set(view.id, element);
          }}
          type="button"
          className="view-switch__button"
          aria-pressed={view.id === value}
          onClick={() => onChange(view.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}
