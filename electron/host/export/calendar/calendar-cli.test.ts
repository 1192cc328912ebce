import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWorkshopFile } from '../../../../shared/workshop';
import { makeTemporaryDirectory } from '../../../../test/support/temporary-directory';
import { runExportCli } from '../export-cli';

const sampleFile = new URL('../../../../test/fixtures/sample-workshop.readyroom', import.meta.url);

describe('the export command with --ics', () => {
  let folder: ReturnType<typeof makeTemporaryDirectory>;
  let out: string[];
  let errors: string[];
  const inFolder = (name: string) => path.join(folder.path, name);
  const run = (...args: string[]) =>
    runExportCli(args, { out: (line) => out.push(line), error: (line) => errors.push(line) });

  beforeEach(() => {
    folder = makeTemporaryDirectory('readyroom-ics-');
    copyFileSync(sampleFile, inFolder('sample.readyroom'));
    out = [];
    errors = [];
  });
  afterEach(() => folder.remove());

  it('writes one event per dated action of the sample, which ical.js reads', async () => {
    const code = await run(inFolder('sample.readyroom'), '--ics', inFolder('reminders.ics'));

    expect(errors).toEqual([]);
    expect(code).toBe(0);
    const parsed = parseWorkshopFile(readFileSync(inFolder('sample.readyroom'), 'utf8'), 'sample');
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const dated = parsed.workshop.actions.filter(
      (action) => action.dueDate !== '' && action.status !== 'dropped',
    );
    expect(dated.length).toBeGreaterThan(0);
    expect(out).toEqual([
      `Wrote ${dated.length} reminders (actions with a due date) to ${inFolder('reminders.ics')}. The file carries no network link.`,
    ]);

    const calendar = new ICAL.Component(ICAL.parse(readFileSync(inFolder('reminders.ics'), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.startDate.toString()).sort()).toEqual(
      dated.map((action) => action.dueDate).sort(),
    );
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it('refuses to write the calendar over another output', async () => {
    const code = await run(
      inFolder('sample.readyroom'),
      '--csv',
      inFolder('same.ics'),
      '--ics',
      inFolder('same.ics'),
    );

    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('--csv and --ics name the same file');
    expect(existsSync(inFolder('same.ics'))).toBe(false);
  });
});
