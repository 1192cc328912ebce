import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopFile, type Workshop } from '../../../../shared/workshop';
import { drawPlanPicturesHeadless } from './draw-plan-pictures';
import { PicturesUnavailable } from './pictures-unavailable';

function sampleWorkshop(): Workshop {
  const text = readFileSync(
    new URL('../../../../test/fixtures/sample-workshop.readyroom', import.meta.url),
    'utf8',
  );
  const result = parseWorkshopFile(text, 'sample-workshop.readyroom');
  if (!result.ok) throw new Error(result.problem.message);
  return result.workshop;
}

describe('drawing the plan pictures without a window', () => {
  it('draws every canvas of the sample workshop from its saved layout, its roadmap and its risk heat map, at the size the app draws', async () => {
    const pictures = await drawPlanPicturesHeadless(sampleWorkshop());

    expect(Object.keys(pictures).sort()).toEqual([
      'dataMap',
      'riskHeatMap',
      'roadmap',
      'stakeholderMap',
      'workflow',
    ]);
    const { roadmap, riskHeatMap, ...canvases } = pictures;
    // The roadmap is 1600 CSS pixels wide and as tall as its lanes; the heat map 1160×830; both at the same ratio.
    expect(roadmap?.width).toBe(2000);
    expect(roadmap?.height).toBeGreaterThan(400);
    expect({ width: riskHeatMap?.width, height: riskHeatMap?.height }).toEqual({ width: 1450, height: 1038 });
    for (const picture of [roadmap, riskHeatMap]) expect(picture?.png.length).toBeGreaterThan(20_000);
    for (const picture of Object.values(canvases)) {
      // PICTURE_FRAME (1600×1000) at PICTURE_PIXEL_RATIO (1.25), as in renderer/canvases/canvas-picture.tsx.
      expect({ width: picture.width, height: picture.height }).toEqual({ width: 2000, height: 1250 });
      // A drawn canvas, not a blank frame: cards, text and lines compress far less than white.
      expect(picture.png.length).toBeGreaterThan(50_000);
    }
  }, 120_000);

  it('says which Chromium is missing and how to name another', async () => {
    const drawing = drawPlanPicturesHeadless(sampleWorkshop(), { READYROOM_CHROMIUM: '/nowhere/chromium' });

    await expect(drawing).rejects.toBeInstanceOf(PicturesUnavailable);
    await expect(drawing).rejects.toThrow(
      'There is no Chromium at /nowhere/chromium to draw the canvas pictures with. Install Chromium (on Debian: apt-get install chromium) or set READYROOM_CHROMIUM to a Chromium or Chrome executable.',
    );
  });
});
