import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PortfolioRow } from '../../../../shared/host-api/export-contract';
import { makeTemporaryDirectory } from '../../../../test/support/temporary-directory';
import { deliverPortfolio, portfolioBytes } from './deliver-portfolio';

function row(index: number, overrides: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    title: `Initiative ${index}`,
    organisation: index % 2 === 0 ? 'Harbour Mutual' : 'Northwind Insurance',
    verdict: 'not-ready',
    answers: { ownership: 'yes', data: 'no', buyIn: 'partly', metrics: null },
    lastSessionDate: '2025-03-18',
    overdue: index % 3,
    ...overrides,
  };
}

const rows: PortfolioRow[] = [
  row(1, {
    title: '=Claims, "triage"',
    verdict: 'ready',
    answers: { ownership: 'yes', data: 'yes', buyIn: 'yes', metrics: 'yes' },
  }),
  row(2, { lastSessionDate: '' }),
  row(3, { verdict: 'incomplete' }),
];

/** The document's paragraphs and table rows, read by python-docx. */
function readDocx(file: string): { paragraphs: string[]; table: string[][]; fills: string[] } {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
ns = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
fills = [s.get(ns + 'fill') for s in d.tables[0]._tbl.iter(ns + 'shd')]
print(json.dumps({'paragraphs': [p.text for p in d.paragraphs], 'table': [[c.text for c in r.cells] for r in d.tables[0].rows], 'fills': fills}))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

describe('the portfolio export', () => {
  let folder: ReturnType<typeof makeTemporaryDirectory>;
  beforeEach(() => {
    folder = makeTemporaryDirectory('readyroom-portfolio-');
  });
  afterEach(() => folder.remove());

  it('writes the rows as CSV in the order shown, formulas defused, dates as yyyy-mm-dd', async () => {
    const csv = (
      await portfolioBytes({ format: 'csv', rows, libraryCount: 3, today: '2025-04-02' })
    ).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Workshop,Organisation,Latest verdict,Ownership,Data,Buy-in,Metrics,Last session,Overdue actions',
      `"'=Claims, ""triage""",Northwind Insurance,Ready to scale,Yes,Yes,Yes,Yes,2025-03-18,1`,
      'Initiative 2,Harbour Mutual,Not ready yet,Yes,No,Partly,Not voted,,2',
      'Initiative 3,Northwind Insurance,Test not finished,Yes,No,Partly,Not voted,2025-03-18,0',
      '',
    ]);
  });

  it('writes a Word summary python-docx reads: counts, gaps, and a row per workshop with coloured answers', async () => {
    const file = path.join(folder.path, 'portfolio.docx');
    writeFileSync(file, await portfolioBytes({ format: 'docx', rows, libraryCount: 5, today: '2025-04-02' }));
    const document = readDocx(file);

    expect(document.paragraphs).toContain('Portfolio of AI initiatives');
    expect(document.paragraphs).toContain('Scaling readiness on 2 April 2025');
    expect(document.paragraphs).toContain('Ready to scale: 1. Not ready yet: 1. Test not finished: 1.');
    expect(document.paragraphs).toContain(
      '3 of the 5 workshops in the library, as filtered on the home screen. 3 actions are overdue across these workshops.\n' +
        'Where the gaps are: Ownership 0 no, 0 partly; Data 2 no, 0 partly; Buy-in 0 no, 2 partly; Metrics 0 no, 0 partly.',
    );
    expect(document.table).toEqual([
      [
        'Workshop',
        'Organisation',
        'Latest verdict',
        'Ownership',
        'Data',
        'Buy-in',
        'Metrics',
        'Last session',
        'Overdue actions',
      ],
      [
        '=Claims, "triage"',
        'Northwind Insurance',
        'Ready to scale',
        'Yes',
        'Yes',
        'Yes',
        'Yes',
        '18 Mar 2025',
        '1',
      ],
      ['Initiative 2', 'Harbour Mutual', 'Not ready yet', 'Yes', 'No', 'Partly', 'Not voted', 'No date', '2'],
      [
        'Initiative 3',
        'Northwind Insurance',
        'Test not finished',
        'Yes',
        'No',
        'Partly',
        'Not voted',
        '18 Mar 2025',
        '0',
      ],
    ]);
    // The answer colours of the plan: green for yes, amber for partly, red for no.
    expect(document.fills).toEqual(expect.arrayContaining(['E3F2E8', 'FDF1DC', 'FBE4E1']));
  });

  it.skipIf(!existsSync('/usr/bin/soffice'))(
    'stays one landscape page in LibreOffice: 16 workshops in full, 50 with the first 16 in the table',
    async () => {
      const pagesOf = async (count: number, name: string) => {
        const many = Array.from({ length: count }, (_unused, index) => row(index + 1));
        const file = path.join(folder.path, `${name}.docx`);
        writeFileSync(
          file,
          await portfolioBytes({ format: 'docx', rows: many, libraryCount: count, today: '2025-04-02' }),
        );
        execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder.path, file], {
          stdio: 'ignore',
          env: { ...process.env, HOME: folder.path },
        });
        const pdf = path.join(folder.path, `${name}.pdf`);
        return {
          info: execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }),
          words: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }),
        };
      };
      const fifty = await pagesOf(50, 'portfolio-50');
      expect(fifty.info).toMatch(/^Pages:\s+1$/m);
      expect(fifty.words).toContain('Initiative 16');
      expect(fifty.words).not.toContain('Initiative 17');
      expect(fifty.words.replace(/\s+/g, ' ')).toContain(
        'The table shows the first 16 of these 50 workshops',
      );
      const { info } = await pagesOf(16, 'portfolio');
      expect(info).toMatch(/^Pages:\s+1$/m);
      if (process.env.UPDATE_DOCS_PICTURES === '1') {
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-singlefile',
          path.join(folder.path, 'portfolio.pdf'),
          'docs/portfolio-summary',
        ]);
      }
    },
    120_000,
  );

  it('saves where the facilitator chose, or hands the page a download', async () => {
    const target = path.join(folder.path, 'chosen.csv');
    const saved = await deliverPortfolio(
      { chooseSavePath: async (name) => (name === 'ai-portfolio-2025-04-02.csv' ? target : null) },
      { format: 'csv', rows, libraryCount: 3, today: '2025-04-02' },
    );
    expect(saved).toMatchObject({ kind: 'saved', path: target });
    expect(readFileSync(target, 'utf8')).toContain('Initiative 2');

    const download = await deliverPortfolio(
      {},
      { format: 'docx', rows, libraryCount: 3, today: '2025-04-02' },
    );
    expect(download).toMatchObject({ kind: 'download', fileName: 'ai-portfolio-2025-04-02.docx' });
  });
});
