/**
 * The Word plan's pictures of the roadmap and the risk heat map, as PNG data URLs, drawn
 * from the same components the app shows. Called by `planPictures` (`../canvases/canvas-picture.tsx`)
 * in the app's Export and in the command line's picture page.
 */
import type { Workshop } from '../../shared/workshop';
import { svgPicturePng } from './draw-svg-picture';
import { hasRoadmap, riskHeatMapProps, roadmapProps } from './plan-picture-props';
import { RiskHeatMapPicture } from './risk-heat-map-picture';
import { RoadmapPicture } from './roadmap-picture';

/** The pictures drawn here, keyed as the plan names them. */
export type RoadmapAndRisksPictures = Partial<Record<'roadmap' | 'riskHeatMap', { pngBase64: string }>>;

/** Draws the roadmap when there is an action or a milestone, and the heat map when there is a risk. */
export async function roadmapAndRisksPictures(
  workshop: Workshop,
  pixelRatio: number,
): Promise<RoadmapAndRisksPictures> {
  const pictures: RoadmapAndRisksPictures = {};
  const roadmap = roadmapProps(workshop);
  if (hasRoadmap(roadmap)) {
    pictures.roadmap = { pngBase64: await svgPicturePng(<RoadmapPicture {...roadmap} />, pixelRatio) };
  }
  if (workshop.risks.length > 0) {
    pictures.riskHeatMap = {
      pngBase64: await svgPicturePng(<RiskHeatMapPicture {...riskHeatMapProps(workshop)} />, pixelRatio),
    };
  }
  return pictures;
}
