/**
 * Command line entry of the export: `node --import tsx electron/host/export/cli.ts
 * workshop.readyroom --docx plan.docx --csv actions.csv` (or `npm run export -- …`).
 * See `export-cli.ts` for the options.
 */
import { runExportCli } from './export-cli';

process.exitCode = await runExportCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  error: (line) => console.error(line),
});
