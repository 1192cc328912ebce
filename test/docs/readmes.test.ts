/**
 * The folder READMEs describe the tree as it is: every sub-folder of a described folder is
 * named in its README, and every folder a README names exists. A folder added without a
 * line, or one renamed or removed while its README still names it, fails here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The folders whose README lists their sub-folders. */
const DESCRIBED_FOLDERS = [
  'assets',
  'electron',
  'electron/host',
  'renderer',
  'shared',
  'test',
  'renderer/facilitator/stages',
];

const subFolders = (folder: string) =>
  readdirSync(path.join(ROOT, folder)).filter(
    (name) => !name.startsWith('.') && statSync(path.join(ROOT, folder, name)).isDirectory(),
  );

/** Folder names a README writes as `name/` (or `a/b/`), in code spans. */
function namedFolders(readme: string): string[] {
  return [...readme.matchAll(/`([\w.-]+(?:\/[\w.-]+)*)\/`/g)].map((match) => match[1] ?? '');
}

describe('the folder READMEs match the tree', () => {
  for (const folder of DESCRIBED_FOLDERS) {
    const readmePath = path.join(ROOT, folder, 'README.md');

    it(`${folder}/README.md names every sub-folder of ${folder}/`, () => {
      expect(existsSync(readmePath), `${folder}/README.md is missing`).toBe(true);
      const named = new Set(namedFolders(readFileSync(readmePath, 'utf8')));
      const missing = subFolders(folder).filter((name) => !named.has(name));
      expect(missing, `sub-folders of ${folder}/ its README does not name`).toEqual([]);
    });

    it(`every folder ${folder}/README.md names exists`, () => {
      const gone = namedFolders(readFileSync(readmePath, 'utf8')).filter(
        (name) => !existsSync(path.join(ROOT, folder, name)) && !existsSync(path.join(ROOT, name)),
      );
      expect(gone, `folders ${folder}/README.md names that do not exist`).toEqual([]);
    });
  }
});
