import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyRounds } from '../../../../shared/workshop';
import { readZipEntries } from '../../../../test/export/docx-parts';
import { buildSampleWorkshop } from '../../../../test/fixtures/build-sample-workshop';
import { packActionPlan } from '../pack-action-plan';
import { buildActionPlan } from './action-plan';
import { BAR_UNITS, barSpans, sharesInWords } from './readiness-results';

describe('the vote bar', () => {
  it('divides the bar in proportion to the votes', () => {
    expect(barSpans([5, 3, 2])).toEqual([10, 6, 4]);
    expect(barSpans([7, 0, 0])).toEqual([20, 0, 0]);
  });

  it('gives every answer with a vote at least one column', () => {
    expect(barSpans([1, 0, 99])).toEqual([1, 0, 19]);
  });

  it('is empty when nobody voted', () => {
    expect(barSpans([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('always fills the bar exactly, whatever the counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 3, maxLength: 3 }), (counts) => {
        const spans = barSpans(counts);
        const total = spans.reduce((sum, span) => sum + span, 0);
        expect(total).toBe(counts.some((count) => count > 0) ? BAR_UNITS : 0);
        counts.forEach((count, index) => expect((spans[index] ?? 0) > 0).toBe(count > 0));
      }),
    );
  });
});

describe('the vote bar in the Word plan', () => {
  const sample = buildSampleWorkshop();

  it('says its figures once, in words, under a drawn bar with no words in it', async () => {
    const docx = await packActionPlan(
      buildActionPlan(sample, {}, { generatedAt: new Date('2025-03-18T15:00:00Z'), timeZone: 'UTC' }),
    );
    const documentXml = readZipEntries(docx).get('word/document.xml')?.toString('utf8') ?? '';
    const tables = documentXml.split('<w:tbl>').filter((table) => table.includes('Share of votes'));
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      // One header cell, never repeated across a grid of bar cells.
      expect(table.match(/Share of votes/g)).toHaveLength(1);
      expect(table).not.toContain('w:gridSpan');
    }
    // Each bar is a row of shaded cells with no text at all.
    const bars = documentXml.split('<w:tbl>').filter((table) => table.includes('w:hRule="exact"'));
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.slice(0, bar.indexOf('</w:tbl>'))).not.toMatch(/<w:t[ >]/);
    const tallies = tallyRounds(sample.readiness).filter((tally) => tally.counts.ownership.total > 0);
    const first = tallies[0];
    if (first === undefined) throw new Error('The sample workshop has no votes.');
    expect(documentXml).toContain(sharesInWords(first.counts.ownership));
  });

  it('reads the shares as words', () => {
    expect(sharesInWords({ yes: 5, partly: 3, no: 2, total: 10 })).toBe('Yes 50% · partly 30% · no 20%');
    expect(sharesInWords({ yes: 0, partly: 0, no: 0, total: 0 })).toBe('No votes');
  });
});
