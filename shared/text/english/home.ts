/** The home screen: create, import or open a workshop, the library, the trash. */
import type { Message } from '../translator';

export const HOME = {
  'home.heading': 'Take your AI pilot to production',
  'home.lead':
    'ReadyRoom guides your room through ownership, data, buy-in and metrics, runs the Scaling Readiness Test live, and turns what the group decides into an action plan.',
  'home.create.title': 'New workshop title',
  'home.create.titleExample': 'For example: Claims triage pilot — scaling workshop',
  'home.create.submit': 'Create workshop',
  'home.import': 'Import a workshop file…',
  'home.rehearse': 'Rehearse the voting room',
  'home.dropHint': 'or drop a .readyroom file anywhere on this window',
  'home.recent': 'Recent',
  'home.trash': 'Recently deleted ({count})',
  'home.library.heading': 'Your workshops',
  'home.library.loading': 'Loading your workshops…',
  'home.library.search': 'Search',
  'home.library.empty': 'No workshops yet. Create one above, or import a .readyroom file.',
  'home.library.noMatch': 'No workshop matches “{query}”.',
  'home.library.changed': 'Changed {when}',
  'home.library.damaged': 'This file is damaged: open it to see what is wrong and restore a backup.',
  'home.library.renameLabel': 'Rename {title}',
  'home.library.duplicateLabel': 'Duplicate {title}',
  'home.library.deleteLabel': 'Delete {title}',
  'home.library.newTitle': 'New title',
  'home.folder.current': 'Library folder: {folder}',
  'home.folder.change': 'Change',
  'home.folder.label': 'Folder for your workshops (full path)',
  'home.folder.use': 'Use this folder',
  'home.folder.useDefault': 'Use the default folder',
} as const satisfies Readonly<Record<string, Message>>;
