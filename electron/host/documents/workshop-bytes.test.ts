import { describe, expect, it } from 'vitest';
import { MAX_WORKSHOP_FILE_BYTES } from '../../../shared/host-api/workshop-file-intake';
import { serialiseWorkshop } from '../../../shared/workshop/file';
import { createWorkshopFromTemplate } from '../../../shared/workshop/template';
import {
  filesParsedOnWorkerThread,
  PARSE_OFF_THREAD_FROM_BYTES,
  parseWorkshopBytes,
  parseWorkshopText,
} from './off-thread-parse';
import { readWorkshopBytes, revisionOf, sizeProblem } from './workshop-bytes';

const text = serialiseWorkshop(
  createWorkshopFromTemplate({ title: 'Encodings', now: new Date('2026-01-05T09:00:00Z') }),
);

function problemOf(bytes: Uint8Array): string {
  const result = readWorkshopBytes(bytes, 'plan.readyroom');
  if (result.ok) throw new Error('expected a refusal');
  return result.problem.message;
}

describe('the encoding of a workshop file', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(readWorkshopBytes(Buffer.from(text, 'utf8'), 'plan.readyroom').ok).toBe(true);
    expect(readWorkshopBytes(Buffer.from(`\uFEFF${text}`, 'utf8'), 'plan.readyroom').ok).toBe(true);
  });

  it('names UTF-16, with a byte order mark or without, in either byte order', () => {
    const littleEndian = Buffer.from(`\uFEFF${text}`, 'utf16le');
    const bigEndian = Buffer.from(littleEndian).swap16();
    for (const bytes of [littleEndian, bigEndian, Buffer.from(text, 'utf16le')]) {
      const message = problemOf(bytes);
      expect(message).toContain('"plan.readyroom" is saved in the UTF-16 text encoding');
      expect(message).toContain('Save it again as UTF-8');
      expect(message).not.toMatch(/cut short|damaged/);
    }
  });

  it('names UTF-32', () => {
    const utf32 = Buffer.alloc(text.length * 4);
    for (let index = 0; index < text.length; index += 1)
      utf32.writeUInt32LE(text.charCodeAt(index), index * 4);
    expect(problemOf(utf32)).toContain('UTF-32');
  });

  it('says a Windows-1252 file is not UTF-8, rather than garbling it', () => {
    const latin = Buffer.from(text.replace('Encodings', 'Café'), 'latin1');
    expect(problemOf(latin)).toContain('"plan.readyroom" is not UTF-8 text');
  });

  it('reports a file of zeros as damage, not as an encoding', () => {
    expect(problemOf(Buffer.alloc(4096))).not.toMatch(/UTF-16|UTF-32/);
  });
});

describe('the size of a workshop file', () => {
  it('is refused over the limit, naming the file, its size and the limit', () => {
    const refusal = sizeProblem(200 * 1024 * 1024, 'huge.readyroom');
    expect(refusal).not.toBeNull();
    expect(refusal !== null && !refusal.ok && refusal.problem.message).toContain(
      '"huge.readyroom" is 200 MB, more than the 32 MB a ReadyRoom workshop file can be',
    );
    expect(sizeProblem(MAX_WORKSHOP_FILE_BYTES, 'fits.readyroom')).toBeNull();
  });
});

describe('parsing off the event loop', () => {
  it('gives the same answer and revision on the worker thread as here', async () => {
    // Pad with spaces (valid JSON whitespace) past the threshold, so the worker parses it.
    const before = filesParsedOnWorkerThread();
    const large = Buffer.from(`${text}${' '.repeat(PARSE_OFF_THREAD_FROM_BYTES)}`, 'utf8');
    const { parsed, revision } = await parseWorkshopBytes(large, 'large.readyroom');
    expect(parsed).toEqual(readWorkshopBytes(large, 'large.readyroom'));
    expect(parsed.ok).toBe(true);
    expect(revision).toBe(revisionOf(large));
    const fromText = await parseWorkshopText(large.toString('utf8'), 'large.readyroom');
    expect(fromText).toEqual(parsed);
    const utf16 = await parseWorkshopBytes(
      Buffer.from(`\uFEFF${large.toString('utf8')}`, 'utf16le'),
      'wide.readyroom',
    );
    expect(utf16.parsed.ok).toBe(false);
    expect(filesParsedOnWorkerThread() - before).toBe(3);
  });
});
