import { useEffect, useRef, type ReactNode } from 'react';
import { FOCUS_PLACES } from '../focus/focus-places';
import { rememberFocus } from '../focus/focus-rule';

/**
 * A modal built on the native `<dialog>`: the browser traps focus, Escape closes it, and
 * screen readers announce it as a dialog. When it closes, focus goes back to what opened it
 * (or, when that is gone, to the stage heading or the library).
 */
export function ModalDialog({
  title,
  children,
  onClose,
  role = 'dialog',
}: {
  title: string;
  children: ReactNode;
  onClose: () => void;
  role?: 'dialog' | 'alertdialog';
}) {
  const reference = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = reference.current;
    const giveFocusBack = rememberFocus(document);
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      giveFocusBack([FOCUS_PLACES.stageHeading, FOCUS_PLACES.libraryHeading]);
    };
  }, []);
  return (
    <dialog
      ref={reference}
      className="modal"
      role={role}
      aria-labelledby="modal-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}
