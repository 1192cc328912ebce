import { useState, type ReactNode } from 'react';

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

/**
 * A card whose one line of text (a name, a title) is edited right on it after a
 * double-click: `children` draws the card, given the editor to show instead of the text
 * while it is being edited.
 */
export function EditOnDoubleClick({
  label,
  value,
  onCommit,
  children,
}: {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly children: (editor: ReactNode | undefined) => ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <div onDoubleClick={() => setEditing(true)}>
      {children(
        editing ? (
          <InlineTextEditor
            label={label}
            value={value}
            onCommit={onCommit}
            onDone={() => setEditing(false)}
          />
        ) : undefined,
      )}
    </div>
  );
}
