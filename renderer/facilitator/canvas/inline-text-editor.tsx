import { useState } from 'react';

/**
 * Edits one line of text right on a card: Enter or leaving the field keeps it, Escape puts
 * the old text back. `nodrag` and `nowheel` keep React Flow from dragging or zooming while
 * you type or select text.
 */
export function InlineTextEditor({
  label,
  value,
  onCommit,
  onDone,
}: {
  /** Names the field for assistive technology, e.g. "Name of Ana Lopez". */
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly onDone: () => void;
}) {
  const [text, setText] = useState(value);
  return (
    <input
      className="canvas-inline-editor nodrag nowheel"
      aria-label={label}
      value={text}
      // Focused on purpose: the facilitator double-clicked the card to type here.
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          onCommit(text);
          onDone();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
      onBlur={() => {
        if (text !== value) onCommit(text);
        onDone();
      }}
    />
  );
}
