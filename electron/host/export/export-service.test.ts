import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../../shared/host-api/errors';
import { readZipEntries } from '../../../test/export/docx-parts';
import { diagramPng } from '../../../test/export/png-encoder';
import { buildSampleWorkshop } from '../../../test/fixtures/build-sample-workshop';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { createExportService, decodePicture } from './export-service';

describe('the export host methods', () => {
  let folder: ReturnType<typeof makeTemporaryDirectory>;
  const service = createExportService({ now: () => new Date('2025-03-18T15:00:00.000Z') });

  beforeEach(() => {
    folder = makeTemporaryDirectory('readyroom-export-service-');
  });
  afterEach(() => folder.remove());

  it('writes the plan with the canvas pictures sent as base64 PNG', async () => {
    const target = path.join(folder.path, 'plan.docx');
    const png = Buffer.from(diagramPng(400, 250)).toString('base64');

    const written = await service.methods['export.actionPlan']({
      workshop: buildSampleWorkshop(),
      targetPath: target,
      pictures: {
        stakeholderMap: { pngBase64: `data:image/png;base64,${png}` },
        workflow: { pngBase64: png },
      },
    });

    expect(written.path).toBe(target);
    const documentXml = readZipEntries(readFileSync(target)).get('word/document.xml')?.toString('utf8') ?? '';
    expect(documentXml.match(/<pic:pic /g)).toHaveLength(2);
  });

  it('writes the CSV of actions', async () => {
    const target = path.join(folder.path, 'actions.csv');

    await service.methods['export.actionsCsv']({ workshop: buildSampleWorkshop(), targetPath: target });

    expect(readFileSync(target, 'utf8').split('\r\n')).toHaveLength(15);
  });

  it('reads the picture size from the PNG itself and refuses anything else', () => {
    expect(
      decodePicture({ pngBase64: Buffer.from(diagramPng(40, 30)).toString('base64') }, 'data map'),
    ).toMatchObject({
      width: 40,
      height: 30,
    });
    expect(() => decodePicture({ pngBase64: Buffer.from('<svg/>').toString('base64') }, 'data map')).toThrow(
      new HostError(
        'invalid-argument',
        'The data map picture is not a PNG image, so it could not be put in the plan.',
      ),
    );
  });
});
