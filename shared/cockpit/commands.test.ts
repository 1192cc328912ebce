import { describe, expect, it } from 'vitest';
import {
  COMMAND_IDS,
  COMMANDS,
  commandForKeyPress,
  describeShortcut,
  toAccelerator,
  type KeyPress,
} from './commands';

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    inTextField: false,
    ...modifiers,
  };
}

describe('command registry', () => {
  it('declares every command id exactly once', () => {
    expect(COMMANDS.map((command) => command.id).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('gives no two commands the same shortcut', () => {
    const seen = new Set<string>();
    for (const command of COMMANDS) {
      for (const shortcut of command.shortcuts) {
        const key = toAccelerator(shortcut);
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('matches Ctrl on Windows/Linux and Cmd on macOS alike', () => {
    expect(commandForKeyPress(press('z', { ctrlKey: true }))?.id).toBe('edit.undo');
    expect(commandForKeyPress(press('Z', { metaKey: true, shiftKey: true }))?.id).toBe('edit.redo');
    expect(commandForKeyPress(press('k', { metaKey: true }))?.id).toBe('palette.open');
    expect(commandForKeyPress(press('F5'))?.id).toBe('present.toggle');
    expect(commandForKeyPress(press('z'))).toBeUndefined();
  });

  it('never takes Page Down from someone typing', () => {
    expect(commandForKeyPress(press('PageDown'))?.id).toBe('stage.next');
    expect(commandForKeyPress(press('PageDown', { inTextField: true }))).toBeUndefined();
    expect(
      commandForKeyPress(press('ArrowDown', { ctrlKey: true, altKey: true, inTextField: true }))?.id,
    ).toBe('stage.next');
  });

  it('writes shortcuts for people and for Electron menus', () => {
    expect(describeShortcut({ key: 'z', primary: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(describeShortcut({ key: 'z', primary: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(describeShortcut({ key: ' ', primary: true, shift: true }, false)).toBe('Ctrl+Shift+Space');
    expect(toAccelerator({ key: 'z', primary: true, shift: true })).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator({ key: 'F5' })).toBe('F5');
  });
});
