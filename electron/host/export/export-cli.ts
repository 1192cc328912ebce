/**
 * The command line export: reads a `.readyroom` file and writes its Word action plan and/or
 * its actions as CSV, without the app. The plan is the app's plan, canvas pictures included:
 * they are drawn from the saved layout in headless Chromium (`pictures/`). `cli.ts` runs it;
 * tests call it directly.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HostError } from '../../../shared/host-api/errors';
import type { Workshop } from '../../../shared/workshop';
import type { PlanPicture, PlanPictures } from './plan/pictures';
import { PICTURE_NAMES, PicturesUnavailable } from './pictures/pictures-unavailable';
import { calendarEventCount, writeActionsCalendar } from './calendar/actions-calendar';
import { type DrawFollowUpPictures, drawFollowUpPicturesHeadless } from './follow-up/draw-follow-up-pictures';
import { writeFollowUpReport } from './follow-up/write-follow-up';
import { writeActionPlan, writeActionsCsv } from './write-export';
import {
  formatSize,
  isTimeZone,
  joinNames,
  readPicture,
  readWorkshop,
  UsageProblem,
} from './export-cli-inputs';

/** Where the command writes its messages. */
export interface CliOutput {
  readonly out: (line: string) => void;
  readonly error: (line: string) => void;
}

/** Draws the plan's canvas pictures of a workshop; throws {@link PicturesUnavailable} when it cannot. */
export type DrawPlanPictures = (workshop: Workshop) => Promise<PlanPictures>;

/** The real drawing: headless Chromium, loaded only when a plan is written with pictures. */
const drawInHeadlessChromium: DrawPlanPictures = async (workshop) =>
  (await import('./pictures/draw-plan-pictures')).drawPlanPicturesHeadless(workshop);

/** The usage text printed by `--help`. */
export const USAGE = `Usage: readyroom-export <workshop.readyroom> [--docx <plan.docx>] [--csv <actions.csv>] [--ics <reminders.ics>]
                       [--follow-up-docx <report.docx>] [options]

Writes the action plan of a ReadyRoom workshop as a Word document and/or its actions as a
CSV file for spreadsheets, and/or their due dates as calendar reminders. Give at least one
of --docx, --csv, --ics and --follow-up-docx.

The plan is the one the app exports, with a picture of each canvas that has something on
it, the roadmap and the risk heat map, drawn from the saved workshop in headless Chromium
(/usr/bin/chromium, or the executable named by the READYROOM_CHROMIUM environment variable).

Options:
  --docx <file>              Write the Word action plan to this file.
  --csv <file>               Write the actions to this CSV file (UTF-8, opens in Excel).
  --ics <file>               Write the actions' due dates to this calendar file: one all-day
                             event per dated action, for owners to import into their own
                             calendars. It carries no network link and invites nobody.
  --follow-up-docx <file>    Write the follow-up report of the latest session: what moved
                             per question, the actions done, overdue and blocked, the new
                             verdict and the next review date.
  --trend <png>              Use this picture as the follow-up report's trend of the four
                             questions across sessions instead of drawing it.
  --no-pictures              Write the plan without drawing the canvas pictures (no
                             Chromium needed). Pictures given as files are still used.
  --stakeholder-map <png>    Use this picture as the stakeholder map instead of drawing it.
  --workflow <png>           Use this picture as the workflow instead of drawing it.
  --data-map <png>           Use this picture as the data map instead of drawing it.
  --roadmap <png>            Use this picture as the roadmap instead of drawing it.
  --risk-heat-map <png>      Use this picture as the risk heat map instead of drawing it.
  --page-numbers             Write page numbers into the table of contents (slower; Word
                             fills them in itself, LibreOffice and previews do not).
  --time-zone <zone>         Time zone for dates and times, e.g. Europe/London
                             (default: this computer's).
  -h, --help                 Show this help.

Exit code 0 when everything was written, 1 otherwise (nothing is written when the canvas
pictures cannot be drawn, unless --no-pictures is given).`;

/** A problem the person running the command can fix; printed without a stack trace. */
const pictureOptions = {
  'stakeholder-map': 'stakeholderMap',
  workflow: 'workflow',
  'data-map': 'dataMap',
  roadmap: 'roadmap',
  'risk-heat-map': 'riskHeatMap',
} as const satisfies Record<string, keyof PlanPictures>;

/**
 * Runs the export command with its arguments (without `node` and the script). Resolves to
 * the exit code. `drawPictures` draws the canvas pictures (tests pass their own).
 */
export async function runExportCli(
  args: readonly string[],
  output: CliOutput,
  drawPictures: DrawPlanPictures = drawInHeadlessChromium,
  drawFollowUpPictures: DrawFollowUpPictures = drawFollowUpPicturesHeadless,
): Promise<number> {
  try {
    return await run(args, output, drawPictures, drawFollowUpPictures);
  } catch (error) {
    if (error instanceof PicturesUnavailable) {
      output.error(
        `${error.message}\nThe Word plan was not written. Run again with --no-pictures to write it without the canvas pictures.`,
      );
      return 1;
    }
    if (error instanceof UsageProblem || error instanceof HostError) {
      output.error(error.message);
      return 1;
    }
    output.error(`The export failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function run(
  args: readonly string[],
  output: CliOutput,
  drawPictures: DrawPlanPictures,
  drawFollowUpPictures: DrawFollowUpPictures,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        docx: { type: 'string' },
        csv: { type: 'string' },
        ics: { type: 'string' },
        'follow-up-docx': { type: 'string' },
        trend: { type: 'string' },
        'stakeholder-map': { type: 'string' },
        workflow: { type: 'string' },
        'data-map': { type: 'string' },
        roadmap: { type: 'string' },
        'risk-heat-map': { type: 'string' },
        'no-pictures': { type: 'boolean' },
        'page-numbers': { type: 'boolean' },
        'time-zone': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageProblem(
      `${error instanceof Error ? error.message : String(error)}\nRun with --help to see the options.`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    output.out(USAGE);
    return 0;
  }
  const [inputPath, ...extra] = positionals;
  if (inputPath === undefined) {
    throw new UsageProblem(
      'Give the workshop file to export, for example: readyroom-export workshop.readyroom --docx plan.docx\nRun with --help to see the options.',
    );
  }
  if (extra.length > 0) {
    throw new UsageProblem(
      `Give one workshop file at a time (also got ${extra.map((item) => `"${item}"`).join(', ')}).`,
    );
  }
  const followUp = values['follow-up-docx'];
  if ([values.docx, values.csv, values.ics, followUp].every((target) => target === undefined)) {
    throw new UsageProblem(
      'Say what to write: --docx <plan.docx>, --csv <actions.csv>, --ics <reminders.ics>, --follow-up-docx <report.docx>, or several.\nRun with --help to see the options.',
    );
  }
  for (const target of [values.docx, values.csv, values.ics, followUp]) {
    if (target !== undefined && path.resolve(target) === path.resolve(inputPath)) {
      throw new UsageProblem(
        `Refusing to write over the workshop file "${inputPath}". Choose another output file.`,
      );
    }
  }
  if (
    values.docx !== undefined &&
    values.csv !== undefined &&
    path.resolve(values.docx) === path.resolve(values.csv)
  ) {
    throw new UsageProblem('--docx and --csv name the same file. Choose two different files.');
  }
  const outputs = (['docx', 'csv', 'ics', 'follow-up-docx'] as const).flatMap((option) => {
    const target = values[option];
    return target === undefined ? [] : [{ option, file: path.resolve(target) }];
  });
  for (const [index, first] of outputs.entries()) {
    const second = outputs.slice(index + 1).find((other) => other.file === first.file);
    if (second !== undefined) {
      throw new UsageProblem(
        `--${first.option} and --${second.option} name the same file. Choose different files.`,
      );
    }
  }
  const timeZone = values['time-zone'];
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw new UsageProblem(
      `"${timeZone}" is not a time zone this computer knows. Use a name such as Europe/London or UTC.`,
    );
  }

  const workshop = await readWorkshop(inputPath);
  const given: { -readonly [Key in keyof PlanPictures]?: PlanPicture } = {};
  for (const [option, key] of Object.entries(pictureOptions)) {
    const picturePath = values[option as keyof typeof pictureOptions];
    if (picturePath !== undefined) {
      given[key] = await readPicture(picturePath, option);
    }
  }

  if (values.docx !== undefined) {
    let pictures: PlanPictures = given;
    const allGiven = Object.values(pictureOptions).every((key) => given[key] !== undefined);
    if (values['no-pictures'] !== true && !allGiven) {
      output.out('Drawing the canvas pictures from the saved layout…');
      const drawn = await drawPictures(workshop);
      pictures = { ...drawn, ...given };
      const names = (Object.keys(drawn) as (keyof PlanPictures)[])
        .filter((key) => given[key] === undefined)
        .map((key) => PICTURE_NAMES[key]);
      output.out(
        names.length === 0
          ? 'No canvas has anything on it yet, so the plan has no canvas pictures.'
          : `Drew the ${joinNames(names)}.`,
      );
    }
    const written = await writeActionPlan(workshop, values.docx, pictures, {
      ...(timeZone === undefined ? {} : { timeZone }),
      ...(values['page-numbers'] === true
        ? { pageNumbers: (await import('docx/layout')).estimatePageNumbers }
        : {}),
    });
    output.out(`Wrote the Word action plan to ${path.resolve(written.path)} (${formatSize(written.bytes)}).`);
  }
  if (values.csv !== undefined) {
    const written = await writeActionsCsv(workshop, values.csv);
    const count = workshop.actions.length;
    output.out(`Wrote ${count} action${count === 1 ? '' : 's'} as CSV to ${path.resolve(written.path)}.`);
  }
  if (values.ics !== undefined) {
    const written = await writeActionsCalendar(workshop, values.ics, new Date());
    const count = calendarEventCount(workshop);
    output.out(
      `Wrote ${count} reminder${count === 1 ? '' : 's'} (actions with a due date) to ${path.resolve(written.path)}. The file carries no network link.`,
    );
  }
  if (followUp !== undefined) {
    let pictures = values.trend === undefined ? {} : { trend: await readPicture(values.trend, 'trend') };
    if (values.trend === undefined && values['no-pictures'] !== true) {
      output.out('Drawing the trend of the four questions…');
      pictures = await drawFollowUpPictures(workshop);
    }
    const written = await writeFollowUpReport(workshop, followUp, pictures);
    output.out(`Wrote the follow-up report to ${path.resolve(written.path)} (${formatSize(written.bytes)}).`);
  }
  return 0;
}
