import type { Workshop } from '../../../../shared/workshop';
import { packActionPlan } from '../pack-action-plan';
import { type WrittenFile, writeExportFile } from '../write-export';
import { buildFollowUpReport, type FollowUpReportOptions } from './follow-up-report';

/** Builds the follow-up report of a workshop's latest session and writes it to `targetPath` atomically. */
export async function writeFollowUpReport(
  workshop: Workshop,
  targetPath: string,
  options: FollowUpReportOptions = {},
): Promise<WrittenFile> {
  return writeExportFile(targetPath, await packActionPlan(buildFollowUpReport(workshop, options)));
}
