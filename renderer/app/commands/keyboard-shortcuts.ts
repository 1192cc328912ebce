import { COMMAND_IDS, commandForKeyPress, type CommandId } from '../../../shared/cockpit/commands';
import type { AppStore } from '../store/create-app-store';
import { runCommand } from './command-bindings';

function isTextField(element: Element | null): boolean {
  if (element === null) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      element.type,
    );
  }
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Routes key presses to the command registry for the whole window. A matched shortcut is
 * always swallowed (so Ctrl+S never opens the browser's save dialog), even when its command
 * is disabled right now.
 */
export function installCommandShortcuts(store: AppStore, target: Window = window): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const command = commandForKeyPress({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      inTextField: isTextField(target.document.activeElement),
    });
    if (command === undefined) return;
    event.preventDefault();
    runCommand(command.id, store);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}

/** True for a string the desktop menu may send as a command id. */
export function isCommandId(value: string): value is CommandId {
  return (COMMAND_IDS as readonly string[]).includes(value);
}
