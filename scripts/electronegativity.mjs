#!/usr/bin/env node
/**
 * Runs Electronegativity over electron/ (plus the renderer's HTML entries, so it can see
 * their CSP) and fails when a finding in the code is not justified there.
 *
 * A justification is a comment on the finding's line or one of the three lines above it:
 *   // electronegativity-justified CHECK_NAME: why this is safe
 * Electronegativity always exits 0, so we read its SARIF report (its CSV writer has been
 * seen to garble the first rows). SARIF has no LOW/MEDIUM/HIGH, so we are stricter than
 * "nothing above low": every finding in TypeScript needs a justification; findings on the
 * HTML entries are CSP notes (LOW), which the CSP tests cover.
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

const staging = mkdtempSync(path.join(os.tmpdir(), 'readyroom-electronegativity-'));
try {
  cpSync(path.join(root, 'electron'), path.join(staging, 'electron'), {
    recursive: true,
    filter: (source) => !source.endsWith('.test.ts'),
  });
  for (const entry of readdirSync(path.join(root, 'renderer')).filter((name) => name.endsWith('.html'))) {
    cpSync(path.join(root, 'renderer', entry), path.join(staging, entry));
  }
  const report = path.join(staging, 'report.sarif');
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
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  const sarif = JSON.parse(readFileSync(report, 'utf8'));
  const rows = sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        check: result.ruleId,
        level: result.level ?? 'warning',
        file: location?.artifactLocation?.uri ?? '(unknown file)',
        line: location?.region?.startLine ?? 0,
      };
    }),
  );

  const unjustified = [];
  for (const row of rows) {
    let status = 'low (CSP note)';
    if (row.file.endsWith('.ts')) {
      const source = readFileSync(path.join(root, row.file), 'utf8').split('\n');
      const nearby = source.slice(Math.max(0, row.line - 4), row.line).join('\n');
      const justified = new RegExp(`electronegativity-justified ${row.check}:\\s*\\S`).test(nearby);
      status = justified ? 'justified' : 'NOT JUSTIFIED';
      if (!justified) unjustified.push(row);
    } else if (row.level !== 'note') {
      status = 'NOT JUSTIFIED';
      unjustified.push(row);
    }
    console.log(
      `${row.level.padEnd(8)} ${status.padEnd(15)} ${row.check.padEnd(28)} ${row.file}:${row.line}`,
    );
  }
  console.log(
    `Electronegativity ${electronVersion}: ${rows.length} findings, ${unjustified.length} not justified.`,
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
