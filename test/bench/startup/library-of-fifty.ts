/**
 * The library of the `startup` group's second case: 50 workshops written with the real file
 * writer (`serialiseWorkshop`) into a browser shell's data folder — 10 large ones
 * (`generateLargeWorkshop`, seeds 1–10: 60 stakeholders, 150 actions, about 290 KiB each)
 * and 40 of the complete sample workshop's size (about 56 KiB each), each with its own id
 * and title. The host reads and checks every file to list the library, so their size counts.
 */
import type { Workshop } from '../../../shared/workshop';
import { writeToLibrary } from '../../e2e/support/browser-shell';
import { buildSampleWorkshop } from '../../fixtures/build-sample-workshop';
import { fixtureId } from '../../fixtures/builders';
import { generateLargeWorkshop } from '../../fixtures/large-workshop';

/** How many workshops the library holds. */
export const LIBRARY_SIZE = 50;
/** How many of them are the large fixture (each measured opening uses another one). */
export const LARGE_IN_LIBRARY = 10;

/** The title of the `index`-th large workshop (1-based); no title is the start of another. */
export function largeWorkshopTitle(index: number): string {
  return `Large workshop ${index} of ${LARGE_IN_LIBRARY}`;
}

/** The workshops of the library, large ones first. */
export function libraryWorkshops(): Workshop[] {
  const large = Array.from({ length: LARGE_IN_LIBRARY }, (_, index) => {
    const workshop = generateLargeWorkshop(index + 1);
    return { ...workshop, meta: { ...workshop.meta, title: largeWorkshopTitle(index + 1) } };
  });
  const sample = buildSampleWorkshop();
  const ordinary = Array.from({ length: LIBRARY_SIZE - LARGE_IN_LIBRARY }, (_, index) => ({
    ...sample,
    id: fixtureId(`${sample.id}-${index + 1}`),
    meta: { ...sample.meta, title: `${sample.meta.title} (${index + 1})` },
  }));
  return [...large, ...ordinary];
}

/** Writes the library into `<dataDirectory>/workshops/`; returns the large workshops' stakeholder counts. */
export function writeLibraryOfFifty(dataDirectory: string): { readonly stakeholders: number } {
  const workshops = libraryWorkshops();
  writeToLibrary(
    dataDirectory,
    Object.fromEntries(workshops.map((workshop, index) => [`workshop-${index + 1}.readyroom`, workshop])),
  );
  return { stakeholders: workshops[0]?.stakeholders.length ?? 0 };
}
