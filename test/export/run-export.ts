/**
 * Runs the export as a user would, in a child process, and reads its output back with
 * python-docx: shared by the whole-system export tests.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root, where `node --import tsx electron/host/export/cli.ts` runs. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Debian's interpreter, which has python-docx (the `python3` on PATH may not). */
export const PYTHON_WITH_DOCX = '/usr/bin/python3';

/** The committed sample workshop. */
export const SAMPLE_WORKSHOP_FILE = fileURLToPath(
  new URL('../fixtures/sample-workshop.readyroom', import.meta.url),
);

/** Runs the export command line; resolves with its output, rejects when it exits with an error. */
export async function runExportCommand(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'electron/host/export/cli.ts', ...args], {
    cwd: REPOSITORY_ROOT,
    timeout: 60_000,
  });
}

/** What `read-docx.py` reports about a document. */
export interface DocxReadBack {
  readonly paragraphs: readonly { readonly style: string; readonly text: string }[];
  readonly tables: readonly { readonly style: string; readonly rows: readonly (readonly string[])[] }[];
  readonly inlineShapes: number;
  /** Each picture's alternative text, in document order. */
  readonly pictures: readonly {
    readonly name: string;
    readonly title: string;
    readonly description: string;
  }[];
  readonly sections: readonly {
    readonly orientation: 'portrait' | 'landscape';
    readonly headerText: string;
    readonly footerText: string;
    readonly footerFields: readonly string[];
  }[];
  readonly bodyFieldCodes: readonly string[];
  readonly allText: string;
  readonly coreTitle: string;
  readonly headingStyleOutlineLevels: Readonly<Record<string, string | null>>;
}

/** Reads a .docx back with python-docx. */
export async function readDocxWithPython(docxPath: string): Promise<DocxReadBack> {
  const script = fileURLToPath(new URL('./read-docx.py', import.meta.url));
  try {
    const { stdout } = await run(PYTHON_WITH_DOCX, [script, docxPath], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as DocxReadBack;
  } catch (error) {
    throw new Error(
      `Could not read ${docxPath} back with python-docx. Install it with "apt-get install -y python3-docx" ` +
        `(it must be importable by ${PYTHON_WITH_DOCX}).\n${String(error)}`,
    );
  }
}
