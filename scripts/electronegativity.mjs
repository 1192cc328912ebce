#!/usr/bin/env node
/**
 * Runs Electronegativity over electron/ (plus the renderer's HTML entries, so it can see
 * their CSP) and fails when a finding above LOW severity is not justified in the code.
 *
 * A justification is a comment on the finding's line or one of the three lines above it:
 *   // electronegativity-justified CHECK_NAME: why this is safe
 * Electronegativity always exits 0, so we read its CSV report.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = path.join(
  path.dirname(require.resolve('@doyensec/electronegativity/package.json')),
  'dist',
  'index.js',
);

/** Parses CSV text into rows of cells, honouring double quotes (cells may span lines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell.trim());
      cell = '';
    } else if (character === '\n') {
      row.push(cell.trim());
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += character;
  }
  row.push(cell.trim());
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

const staging = mkdtempSync(path.join(os.tmpdir(), 'readyroom-electronegativity-'));
try {
  cpSync(path.join(root, 'electron'), path.join(staging, 'electron'), {
    recursive: true,
    filter: (source) => !source.endsWith('.test.ts'),
  });
  for (const entry of readdirSync(path.join(root, 'renderer')).filter((name) => name.endsWith('.html'))) {
    cpSync(path.join(root, 'renderer', entry), path.join(staging, entry));
  }
  const report = path.join(staging, 'report.csv');
  execFileSync(
    process.execPath,
    [
      '--require',
      path.join(root, 'scripts', 'offline-guard.cjs'),
      cli,
      '-i',
      staging,
      '-e',
      electronVersion,
      '-r',
      '-o',
      report,
    ],
    {
      stdio: ['ignore', 'ignore', 'ignore'],
    },
  );
  const rows = parseCsv(readFileSync(report, 'utf8'))
    .slice(1)
    .map(([check, severity, confidence, file, location]) => ({
      check,
      severity,
      confidence,
      file,
      location,
    }));

  const unjustified = [];
  for (const row of rows) {
    let status = 'low';
    if (row.severity !== 'LOW' && row.severity !== 'INFORMATIONAL') {
      const line = Number(row.location.split(':')[0]);
      const source = row.file.endsWith('.ts')
        ? readFileSync(path.join(root, row.file), 'utf8').split('\n')
        : [];
      const nearby = source.slice(Math.max(0, line - 4), line).join('\n');
      const justified = new RegExp(`electronegativity-justified ${row.check}:\\s*\\S`).test(nearby);
      status = justified ? 'justified' : 'NOT JUSTIFIED';
      if (!justified) unjustified.push(row);
    }
    console.log(
      `${row.severity.padEnd(8)} ${status.padEnd(13)} ${row.check.padEnd(28)} ${row.file}:${row.location}`,
    );
  }
  console.log(
    `Electronegativity ${electronVersion}: ${rows.length} findings, ${unjustified.length} above LOW without a justification.`,
  );
  if (unjustified.length > 0) {
    console.error(
      'Fix these findings, or explain in the code why they are safe with a comment\n' +
        '  // electronegativity-justified CHECK_NAME: reason',
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
