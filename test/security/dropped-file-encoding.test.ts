/**
 * A picked or dropped workshop file goes through the same checks as open and import in the
 * host: its size before it is read, and strict UTF-8, with a message that names the
 * encoding. `readWorkshopFileText` is what the page's store runs on the file (library-slice
 * importWorkshopFile); what it accepts goes to a real host's importContent here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkshopFileText } from '../../shared/host-api/workshop-file-intake';
import { serialiseWorkshop } from '../../shared/workshop/file';
import { createWorkshopFromTemplate } from '../../shared/workshop/template';
import type { Host } from '../../electron/host/create-host';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { createTestHost } from '../support/test-host';

const text = serialiseWorkshop(
  createWorkshopFromTemplate({ title: 'Café plan', now: new Date('2026-02-02T10:00:00Z') }),
);
let data: ReturnType<typeof makeTemporaryDirectory>;
let host: Host;

beforeAll(() => {
  data = makeTemporaryDirectory('readyroom-dropped-');
  host = createTestHost(data.path);
});
afterAll(async () => {
  await host.dispose();
  data.remove();
});

describe('a dropped workshop file', () => {
  it('is read and imported when it is UTF-8', async () => {
    const read = await readWorkshopFileText(new File([Buffer.from(text, 'utf8')], 'plan.readyroom'));
    if (!read.ok) throw new Error(read.message);
    const entry = await host.methods['documents.importContent']({
      fileName: 'plan.readyroom',
      content: read.text,
    });
    expect(entry.summary?.title).toBe('Café plan');
  });

  it('saved as UTF-16 is refused, naming the encoding', async () => {
    const read = await readWorkshopFileText(
      new File([Buffer.from(`\uFEFF${text}`, 'utf16le')], 'wide.readyroom'),
    );
    expect(read).toEqual({
      ok: false,
      message: expect.stringContaining('"wide.readyroom" is saved in the UTF-16 text encoding'),
    });
  });

  it('in Windows-1252 is refused rather than garbled (file.text() would have made "Caf�")', async () => {
    const latin = new File([Buffer.from(text, 'latin1')], 'latin.readyroom');
    expect(await latin.text()).toContain('Caf\uFFFD plan');
    const read = await readWorkshopFileText(latin);
    expect(read).toEqual({
      ok: false,
      message: expect.stringContaining('"latin.readyroom" is not UTF-8 text'),
    });
  });

  it('over the size limit is refused from its size, without being read', async () => {
    let read = false;
    const huge = {
      name: 'huge.readyroom',
      size: 200 * 1024 * 1024,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    };
    expect(await readWorkshopFileText(huge)).toEqual({
      ok: false,
      message: expect.stringContaining(
        '"huge.readyroom" is 200 MB, more than the 32 MB a ReadyRoom workshop file can be',
      ),
    });
    expect(read).toBe(false);
  });

  it('over the limit is refused by the host too, if a caller skips the page’s check', async () => {
    const content = `${text}${' '.repeat(33 * 1024 * 1024)}`;
    await expect(
      host.methods['documents.importContent']({ fileName: 'padded.readyroom', content }),
    ).rejects.toThrow(/"padded\.readyroom" is 33 MB, more than the 32 MB/);
  });
});
