import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBaselinePage, type BuiltBaseline } from '../build-baseline';

/** Builds the bare React page (see `buildBaselinePage`). */
export function buildBareReactBaseline(): Promise<BuiltBaseline> {
  return buildBaselinePage(path.dirname(fileURLToPath(import.meta.url)), 'bare-react');
}
