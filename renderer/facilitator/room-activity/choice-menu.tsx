import { useRef, useState } from 'react';
import { QuietButton } from '../../app/components/quiet-button';

/** One choice of a {@link ChoiceMenu}. */
export interface Choice {
  readonly label: string;
  readonly run: () => void;
}

/**
 * A small menu that opens under its button ("Move to group…", "Turn into…"): a disclosure of
 * buttons, so it works from the keyboard as it is (Enter or Space opens it, Tab walks the
 * choices, Escape closes it and gives focus back to its button). The choices are drawn only
 * while it is open.
 */
export function ChoiceMenu({
  label,
  describedBy,
  choices,
  empty,
}: {
  label: string;
  /** The id of what the menu acts on (a note's text), read after the menu's name. */
  describedBy?: string;
  choices: readonly Choice[];
  /** Said instead of the choices when there are none. */
  empty?: string;
}) {
  const reference = useRef<HTMLDetailsElement>(null);
  // A board of fifty notes would otherwise hold fifty lists of every other note.
  const [open, setOpen] = useState(false);
  const close = () => {
    const details = reference.current;
    if (details === null) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  return (
    <details
      ref={reference}
      className="choice-menu"
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && reference.current?.open === true) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <summary
        className="button button--quiet button--small"
        aria-describedby={describedBy}
        // Drawn at once, not on the later toggle event, so Tab right after Enter reaches the choices.
        onClick={() => setOpen(reference.current?.open !== true)}
      >
        {label}
      </summary>
      {!open ? null : choices.length === 0 ? (
        <p className="hint choice-menu__empty">{empty}</p>
      ) : (
        <ul className="choice-menu__list">
          {choices.map((choice, index) => (
            <li key={index}>
              <QuietButton
                small
                onClick={() => {
                  close();
                  choice.run();
                }}
              >
                {choice.label}
              </QuietButton>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
