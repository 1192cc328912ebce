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

/** A source file of the repository, parsed. */
function parsed(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The words a TSX file shows outside the catalogue, one line each. */
function bareWords(file: string): string[] {
  const source = parsed(file);
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

/** Host files whose messages are not in the catalogue yet (repository paths); the list only shrinks. */
const HOST_NOT_MOVED_YET: readonly string[] = [];

/** Words in a string: two words of two letters or more, the shape of a sentence or a label. */
const SENTENCE = /\p{L}{2,}\s+\p{L}{2,}/u;

/** Class names set from code (`answer answer-${value}`): lower-case names, at least one hyphenated. */
const CLASS_NAMES = /^(?=.*[-_])[a-z0-9{}]+(?:[-_]+[a-z0-9{}]+)*(?:\s+[a-z0-9{}]+(?:[-_]+[a-z0-9{}]+)*)*$/;

/** A string literal or template's text, placeholders shown as `{}`; null for any other node. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('');
  }
  return null;
}

/** Every literal argument in `file` written where `isMessage(call, index)` says a message goes. */
function literalMessages(
  file: string,
  isMessage: (call: ts.CallExpression | ts.NewExpression, index: number) => boolean,
) {
  const source = parsed(file);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      for (const [index, argument] of (node.arguments ?? []).entries()) {
        // A sentence built with `+` is still a literal message.
        const parts = ts.isBinaryExpression(argument) ? [argument.left, argument.right] : [argument];
        for (const part of parts) {
          const words = literalText(part);
          if (words !== null && SENTENCE.test(words) && isMessage(node, index)) found.push(words);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Literal messages a host file gives a HostError (its second argument) or a room refusal (its third). */
function literalHostMessages(file: string): string[] {
  return literalMessages(file, (call, index) => {
    const callee = call.expression.getText();
    return (callee === 'HostError' && index === 1) || (callee === 'refusal' && index === 2);
  });
}

/**
 * English sentences a renderer file keeps outside the catalogue: string literals with words
 * in them, except class names, log lines and errors meant for developers (`new Error(…)`).
 */
function sentencesOutsideTheCatalogue(file: string): string[] {
  const source = parsed(file);
  const found: string[] = [];
  const forDevelopers = (node: ts.Node): boolean => {
    for (let parent = node.parent; parent !== undefined; parent = parent.parent) {
      if (ts.isJsxAttribute(parent)) return parent.name.getText(source) === 'className';
      if (ts.isNewExpression(parent) && parent.expression.getText(source) === 'Error') return true;
      if (ts.isCallExpression(parent) && /^console\./.test(parent.expression.getText(source))) return true;
      if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
    }
    return false;
  };
  const visit = (node: ts.Node): void => {
    const words = literalText(node);
    if (words !== null && SENTENCE.test(words) && !CLASS_NAMES.test(words) && !forDevelopers(node)) {
      found.push(words);
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

  it("holds the sentences of the windows' code and the phone page: no English in their .ts", () => {
    const offending = ['renderer/app', 'renderer/audience', 'renderer/participant']
      .flatMap((folder) => sourceFiles(folder, ['.ts', '.tsx']))
      .flatMap((file) => sentencesOutsideTheCatalogue(file).map((words) => `${file}: ${words}`));
    expect(offending).toEqual([]);
  });

  it('holds what the host tells the facilitator and the phones: no literal message in a HostError or a refusal', () => {
    const hostFiles = ['electron/host', 'electron/serve']
      .flatMap((folder) => sourceFiles(folder, ['.ts']))
      .filter((file) => !file.startsWith('electron/host/export/') && !HOST_NOT_MOVED_YET.includes(file));
    const offending = hostFiles.flatMap((file) =>
      literalHostMessages(file).map((words) => `${file}: ${words}`),
    );
    expect(offending).toEqual([]);
  });

  it('lists only files that still hold English as not moved yet', () => {
    const stillEnglish = NOT_MOVED_YET.filter((file) => bareWords(file).length > 0);
    expect(stillEnglish).toEqual(NOT_MOVED_YET);
    const hostStillEnglish = HOST_NOT_MOVED_YET.filter((file) => literalHostMessages(file).length > 0);
    expect(hostStillEnglish).toEqual(HOST_NOT_MOVED_YET);
  });
});
