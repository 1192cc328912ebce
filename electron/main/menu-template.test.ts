import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../shared/cockpit/commands';
import { buildMenuTemplate } from './menu-template';

function items(template: ReturnType<typeof buildMenuTemplate>) {
  return template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
}

describe('application menu', () => {
  it('has one item per registered command, with its shortcut', () => {
    const template = buildMenuTemplate('linux', 'ReadyRoom', () => {});
    for (const command of COMMANDS) {
      const item = items(template).find((entry) => entry.id === command.id);
      expect(item?.label, command.id).toBe(command.label);
    }
    expect(items(template).find((entry) => entry.id === 'edit.redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(items(template).find((entry) => entry.id === 'present.toggle')?.accelerator).toBe('F5');
    expect(items(template).find((entry) => entry.id === 'stage.next')?.accelerator).toBe(
      'CmdOrCtrl+Alt+ArrowDown',
    );
  });

  it('forwards a click to the command handler', () => {
    const clicked: string[] = [];
    const template = buildMenuTemplate('win32', 'ReadyRoom', (id) => clicked.push(id));
    const save = items(template).find((entry) => entry.id === 'workshop.save');
    (save?.click as () => void)();
    expect(clicked).toEqual(['workshop.save']);
  });

  it('adds the app menu on macOS and a help menu with About everywhere', () => {
    expect(buildMenuTemplate('darwin', 'ReadyRoom', () => {})[0]?.role).toBe('appMenu');
    const help = buildMenuTemplate('linux', 'ReadyRoom', () => {}).at(-1);
    expect(help?.role).toBe('help');
    expect(JSON.stringify(help?.submenu)).toContain('About ReadyRoom');
  });

  it('opens the third-party notices from the help menu', () => {
    let shown = 0;
    const template = buildMenuTemplate(
      'linux',
      'ReadyRoom',
      () => {},
      () => (shown += 1),
    );
    const notices = items(template).find((entry) => entry.id === 'third-party-notices');
    expect(notices?.label).toBe('Third-party notices');
    (notices?.click as () => void)();
    expect(shown).toBe(1);
  });
});
