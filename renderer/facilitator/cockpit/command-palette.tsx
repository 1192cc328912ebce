import { useId, useMemo, useState } from 'react';
import { COMMANDS, describeShortcut, type CommandId } from '../../../shared/cockpit/commands';
import { COMMAND_BINDINGS, runCommand } from '../../app/commands/command-bindings';
import { ModalDialog } from '../../app/components/modal-dialog';
import { useAppStore, useAppStoreApi } from '../../app/store/store-context';
import { text } from '../../../shared/text';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl/Cmd+K: every command, searchable, runnable from the keyboard. */
export function CommandPalette() {
  const open = useAppStore((state) => state.paletteOpen);
  const setPaletteOpen = useAppStore((state) => state.setPaletteOpen);
  if (!open) return null;
  return <PaletteDialog onClose={() => setPaletteOpen(false)} />;
}

function PaletteDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const found = COMMANDS.filter(
      (command) =>
        command.id !== 'palette.open' && words.every((word) => command.label.toLowerCase().includes(word)),
    );
    // What can run now comes first, so Enter on what was typed runs something.
    const runsNow = (command: (typeof found)[number]) =>
      COMMAND_BINDINGS[command.id].enabled(store.getState(), store);
    return [...found.filter(runsNow), ...found.filter((command) => !runsNow(command))];
  }, [query, store]);
  const run = (id: CommandId) => {
    onClose();
    runCommand(id, store);
  };
  const activeCommand = matches[Math.min(active, matches.length - 1)];
  return (
    <ModalDialog title={text('cockpit.palette.commands')} onClose={onClose}>
      <label htmlFor={inputId} className="visually-hidden">
        {text('cockpit.palette.searchCommands')}
      </label>
      <input
        id={inputId}
        className="palette__input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={activeCommand ? `${listId}-${activeCommand.id}` : undefined}
        placeholder={text('cockpit.palette.typeACommand')}
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((index) => Math.min(index + 1, matches.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter' && activeCommand !== undefined) {
            event.preventDefault();
            if (COMMAND_BINDINGS[activeCommand.id].enabled(store.getState(), store)) run(activeCommand.id);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={text('cockpit.palette.commands')} className="palette__list">
        {matches.map((command) => {
          const enabled = COMMAND_BINDINGS[command.id].enabled(store.getState(), store);
          const shortcut = command.shortcuts[0];
          return (
            <li
              key={command.id}
              id={`${listId}-${command.id}`}
              role="option"
              aria-selected={command === activeCommand}
              aria-disabled={!enabled}
              className="palette__option"
              onClick={() => enabled && run(command.id)}
            >
              <span>{command.label}</span>
              {shortcut !== undefined ? <kbd>{describeShortcut(shortcut, isMac)}</kbd> : null}
            </li>
          );
        })}
        {matches.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled className="hint">
            {text('cockpit.palette.noCommandMatches')}
          </li>
        ) : null}
      </ul>
    </ModalDialog>
  );
}
