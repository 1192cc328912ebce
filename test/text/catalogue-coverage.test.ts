/**
 * The text catalogue is the one home of user-facing text: every message in it is used
 * somewhere, and the app's TSX holds no English of its own (no bare words between tags, no
 * words in `aria-label`, `title`, `placeholder` or `alt`). Files not moved yet are listed
 * below, and the list only shrinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../shared/text/english';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Files whose texts are not in the catalogue yet (repository paths). */
const NOT_MOVED_YET: readonly string[] = [];

/** Attributes people read or hear. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);

/** Text with no word in it: numbers, symbols, punctuation and spaces (`×`, `·`, `—`, `2`). */
const NO_WORDS = /^[^\p{L}]*$/u;

function sourceFiles(folder: string, suffixes: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !suffixes.some((suffix) => entry.name.endsWith(suffix))) continue;
    if (/\.test\.tsx?$|\.e2e\.ts$/.test(entry.name)) continue;
    found.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return found.sort();
}

/** The words a TSX file shows outside the catalogue, one line each. */
function bareWords(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && !NO_WORDS.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      READ_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer !== undefined &&
      ts.isStringLiteral(node.initializer) &&
      !NO_WORDS.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText(source)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the text catalogue', () => {
  it('has no message the code does not use', () => {
    const code = ['renderer', 'shared', 'electron']
      .flatMap((folder) => sourceFiles(folder, ['.ts', '.tsx']))
      .filter((file) => !file.startsWith('shared/text/english'))
      .map((file) => readFileSync(path.join(root, file), 'utf8'))
      .join('\n');
    // `choice.<kind>.<value>` messages are read through choiceLabels(kind, values), by kind.
    const used = (id: string): boolean =>
      code.includes(`'${id}'`) || (id.startsWith('choice.') && code.includes(`'${id.split('.')[1] ?? ''}'`));
    const unused = Object.keys(ENGLISH).filter((id) => !used(id));
    expect(unused).toEqual([]);
  });

  it('holds every word the app shows: no English in the TSX', () => {
    const offending = sourceFiles('renderer', ['.tsx'])
      .filter((file) => !NOT_MOVED_YET.includes(file))
      .flatMap((file) => bareWords(file).map((words) => `${file}: ${words}`));
    expect(offending).toEqual([]);
  });

  it('lists only files that still hold English as not moved yet', () => {
    const stillEnglish = NOT_MOVED_YET.filter((file) => bareWords(file).length > 0);
    expect(stillEnglish).toEqual(NOT_MOVED_YET);
  });
});
