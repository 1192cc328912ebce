import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal built on the native `<dialog>`: the browser traps focus, Escape closes it, and
 * screen readers announce it as a dialog.
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
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
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
