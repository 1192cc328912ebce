import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, toAccelerator, type CommandId, type MenuName } from '../../shared/cockpit/commands';
import { type MessageId, text } from '../../shared/text';

const MENU_ORDER: readonly MenuName[] = ['File', 'Edit', 'View', 'Workshop'];

/** The words of each menu's title. */
const MENU_LABELS = {
  File: 'cockpit.menu.file',
  Edit: 'cockpit.menu.edit',
  View: 'cockpit.menu.view',
  Workshop: 'cockpit.menu.workshop',
} as const satisfies Record<MenuName, MessageId>;

/**
 * The native application menu, built from the command registry so the menu, the shortcuts
 * and the command palette never disagree. `onCommand` forwards a click to the focused window;
 * Help → Third-party notices calls `onShowThirdPartyNotices`.
 * Pure (only Electron types), so tests can check it.
 */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  appName: string,
  onCommand: (id: CommandId) => void,
  onShowThirdPartyNotices: () => void = () => {},
): MenuItemConstructorOptions[] {
  const menus: MenuItemConstructorOptions[] = MENU_ORDER.map((menu) => ({
    label: text(MENU_LABELS[menu]),
    submenu: COMMANDS.filter((command) => command.menu === menu).map((command) => {
      const shortcut = command.shortcuts.find((candidate) => candidate.outsideTextFields !== true);
      return {
        id: command.id,
        label: command.label,
        ...(shortcut === undefined ? {} : { accelerator: toAccelerator(shortcut) }),
        click: () => onCommand(command.id),
      };
    }),
  }));
  // Text editing roles keep copy and paste working in every field.
  const edit = menus[MENU_ORDER.indexOf('Edit')];
  if (edit !== undefined && Array.isArray(edit.submenu)) {
    edit.submenu.push(
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    );
  }
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { role: 'about', label: text('cockpit.menu.about', { appName }) },
      // The licences of the open-source packages inside the app (out/THIRD-PARTY-NOTICES.txt).
      {
        id: 'third-party-notices',
        label: text('cockpit.menu.thirdPartyNotices'),
        click: onShowThirdPartyNotices,
      },
    ],
  };
  if (platform === 'darwin') {
    return [{ role: 'appMenu', label: appName }, ...menus, window, help];
  }
  return [...menus, window, help];
}
