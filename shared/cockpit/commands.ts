/**
 * The app's user commands as data: id, label, shortcut and menu placement. The renderer
 * binds each id to what it does; the desktop shell builds its native menu from the same
 * list, so a command is declared once for the menu, the shortcut and the palette.
 */
import { text } from '../text';

/** A key combination. `primary` is Ctrl on Windows and Linux, Cmd on macOS. */
export interface Shortcut {
  readonly key: string;
  readonly primary?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
  /** Only when focus is not in a text field (so typing is never hijacked). */
  readonly outsideTextFields?: boolean;
}

export type MenuName = 'File' | 'Edit' | 'View' | 'Workshop';

export interface CommandDescriptor {
  readonly id: CommandId;
  readonly label: string;
  readonly shortcuts: readonly Shortcut[];
  readonly menu: MenuName;
}

export const COMMAND_IDS = [
  'workshop.save',
  'workshop.exportCopy',
  'export.actionPlan',
  'export.actionsCsv',
  'export.reminders',
  'export.followUpReport',
  'workshop.close',
  'edit.undo',
  'edit.redo',
  'stage.next',
  'stage.previous',
  'timer.toggle',
  'timer.extendOne',
  'timer.extendFive',
  'present.toggle',
  'present.swapDisplays',
  'voting.rehearse',
  'room.activity',
  'followUp.run',
  'palette.open',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export const COMMANDS: readonly CommandDescriptor[] = [
  {
    id: 'workshop.save',
    label: text('cockpit.command.workshop.save'),
    shortcuts: [{ key: 's', primary: true }],
    menu: 'File',
  },
  {
    id: 'workshop.exportCopy',
    label: text('cockpit.command.workshop.exportCopy'),
    shortcuts: [],
    menu: 'File',
  },
  {
    id: 'export.actionPlan',
    label: text('cockpit.command.export.actionPlan'),
    shortcuts: [{ key: 'e', primary: true }],
    menu: 'File',
  },
  { id: 'export.actionsCsv', label: text('cockpit.command.export.actionsCsv'), shortcuts: [], menu: 'File' },
  {
    id: 'export.reminders',
    label: text('cockpit.command.export.reminders'),
    shortcuts: [],
    menu: 'File',
  },
  {
    id: 'export.followUpReport',
    label: text('cockpit.command.export.followUpReport'),
    shortcuts: [],
    menu: 'File',
  },
  { id: 'workshop.close', label: text('cockpit.command.workshop.close'), shortcuts: [], menu: 'File' },
  {
    id: 'edit.undo',
    label: text('cockpit.command.edit.undo'),
    shortcuts: [{ key: 'z', primary: true }],
    menu: 'Edit',
  },
  {
    id: 'edit.redo',
    label: text('cockpit.command.edit.redo'),
    shortcuts: [
      { key: 'z', primary: true, shift: true },
      { key: 'y', primary: true },
    ],
    menu: 'Edit',
  },
  {
    id: 'stage.next',
    label: text('cockpit.command.stage.next'),
    shortcuts: [
      { key: 'PageDown', outsideTextFields: true },
      { key: 'ArrowDown', primary: true, alt: true },
    ],
    menu: 'Workshop',
  },
  {
    id: 'stage.previous',
    label: text('cockpit.command.stage.previous'),
    shortcuts: [
      { key: 'PageUp', outsideTextFields: true },
      { key: 'ArrowUp', primary: true, alt: true },
    ],
    menu: 'Workshop',
  },
  {
    id: 'timer.toggle',
    label: text('cockpit.command.timer.toggle'),
    shortcuts: [{ key: ' ', primary: true, shift: true }],
    menu: 'Workshop',
  },
  { id: 'timer.extendOne', label: text('cockpit.command.timer.extendOne'), shortcuts: [], menu: 'Workshop' },
  {
    id: 'timer.extendFive',
    label: text('cockpit.command.timer.extendFive'),
    shortcuts: [],
    menu: 'Workshop',
  },
  {
    id: 'present.toggle',
    label: text('cockpit.command.present.toggle'),
    shortcuts: [{ key: 'F5' }],
    menu: 'View',
  },
  {
    id: 'present.swapDisplays',
    label: text('cockpit.command.present.swapDisplays'),
    shortcuts: [],
    menu: 'View',
  },
  {
    id: 'voting.rehearse',
    label: text('cockpit.command.voting.rehearse'),
    shortcuts: [],
    menu: 'Workshop',
  },
  {
    id: 'room.activity',
    label: 'Run a room activity (silent writing or dot vote)',
    shortcuts: [],
    menu: 'Workshop',
  },
  { id: 'followUp.run', label: text('cockpit.command.followUp.run'), shortcuts: [], menu: 'Workshop' },
  {
    id: 'palette.open',
    label: text('cockpit.command.palette.open'),
    shortcuts: [{ key: 'k', primary: true }],
    menu: 'View',
  },
];

/** The part of a keyboard event a shortcut is matched against. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly inTextField: boolean;
}

/** True when the key press is this shortcut (Ctrl or Cmd both count as primary). */
export function matchesShortcut(shortcut: Shortcut, press: KeyPress): boolean {
  if (shortcut.outsideTextFields === true && press.inTextField) return false;
  const primary = press.ctrlKey || press.metaKey;
  return (
    press.key.toLowerCase() === shortcut.key.toLowerCase() &&
    primary === (shortcut.primary ?? false) &&
    press.shiftKey === (shortcut.shift ?? false) &&
    press.altKey === (shortcut.alt ?? false)
  );
}

/** The command a key press triggers, if any. */
export function commandForKeyPress(press: KeyPress): CommandDescriptor | undefined {
  return COMMANDS.find((command) => command.shortcuts.some((shortcut) => matchesShortcut(shortcut, press)));
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowDown: '↓',
  ArrowUp: '↑',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
};

/** How a shortcut is written for people, e.g. `Ctrl+Shift+Z` or `⌘⇧Z` on a Mac. */
export function describeShortcut(shortcut: Shortcut, isMac: boolean): string {
  const key =
    KEY_NAMES[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  const parts = [
    shortcut.primary ? (isMac ? '⌘' : 'Ctrl') : null,
    shortcut.alt ? (isMac ? '⌥' : 'Alt') : null,
    shortcut.shift ? (isMac ? '⇧' : 'Shift') : null,
    key,
  ].filter((part): part is string => part !== null);
  return isMac ? parts.join('') : parts.join('+');
}

/** The Electron accelerator string of a shortcut, e.g. `CmdOrCtrl+Shift+Z`. */
export function toAccelerator(shortcut: Shortcut): string {
  const key =
    shortcut.key === ' ' ? 'Space' : shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  const parts = [
    shortcut.primary ? 'CmdOrCtrl' : null,
    shortcut.alt ? 'Alt' : null,
    shortcut.shift ? 'Shift' : null,
    key,
  ];
  return parts.filter((part): part is string => part !== null).join('+');
}
