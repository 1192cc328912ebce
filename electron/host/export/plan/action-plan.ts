import {
  Document,
  Footer,
  Header,
  type IParagraphOptions,
  type ISectionOptions,
  type PageNumberEstimator,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { text } from '../../../../shared/text';
import type { Workshop } from '../../../../shared/workshop';
import { actionsPart } from './actions-part';
import { answerFirstPart } from './answer-first';
import { appendixPart } from './appendix';
import { type Orientation, type PlanPart, createPlanContext } from './context';
import { contentsBlocks, coverBlocks, planTitle } from './cover';
import { dataSourcesPart } from './data-sources-part';
import { type Block, heading } from './elements';
import { executiveSummaryPart } from './executive-summary';
import { hasText } from './format';
import { metricsPart } from './metrics-part';
import { ownershipPart } from './ownership-part';
import type { PlanPictures } from './pictures';
import { raciPart } from './raci-part';
import { readinessResultsPart } from './readiness-results';
import { riskRegisterPart } from './risk-register-part';
import { roadmapPart } from './roadmap-part';
import { signOffPart } from './sign-off-part';
import { stakeholdersPart } from './stakeholders-part';
import { COLOURS, PAGE, planStyleOptions, STYLE, TEXT_WIDTH } from './styles';
import { workflowPart } from './workflow-part';

/** How to build the plan. */
export interface ActionPlanOptions {
  /** The moment the plan is made; printed on the cover. */
  readonly generatedAt: Date;
  /** The time zone for dates and clock times; the computer's own when not given. */
  readonly timeZone?: string;
  /**
   * Lays the pages out while packing, to write page numbers into the table of contents:
   * pass `estimatePageNumbers` from `docx/layout`. Word fills the numbers in itself when it
   * opens the plan; this is for readers in LibreOffice or file previews, which do not. It
   * takes a second or more for a long plan (and `docx/layout` is large to load), so it is
   * left out unless asked for.
   */
  readonly pageNumbers?: PageNumberEstimator;
}

/**
 * The parts of the plan, in reading order, leaving out those with nothing in them. Never
 * reads the facilitator's private notes.
 */
export function buildPlanParts(
  workshop: Workshop,
  pictures: PlanPictures = {},
  timeZone?: string,
  generatedAt?: Date,
): PlanPart[] {
  const context = createPlanContext(workshop, pictures, timeZone, generatedAt);
  return [
    answerFirstPart(context),
    executiveSummaryPart(context),
    readinessResultsPart(context),
    ownershipPart(context),
    dataSourcesPart(context),
    stakeholdersPart(context),
    workflowPart(context),
    metricsPart(context),
    riskRegisterPart(context),
    roadmapPart(context),
    actionsPart(context),
    raciPart(context),
    appendixPart(context),
    signOffPart(context),
  ].filter((part): part is PlanPart => part !== undefined);
}

/**
 * Builds the Word action plan of a workshop: cover, the answer first (verdict, decisive gaps,
 * top actions, a traffic light per scaling killer), contents, executive summary with the
 * verdict, readiness results, ownership, data sources (on landscape pages), stakeholders,
 * workflow changes, metrics, the actions and an appendix. Parts with nothing in them are
 * left out, so a half-filled workshop gives a shorter plan, never empty headings.
 * Pure: it reads nothing but its arguments; packing and writing the file is the caller's.
 */
export function buildActionPlan(
  workshop: Workshop,
  pictures: PlanPictures = {},
  options: ActionPlanOptions,
): Document {
  const title = planTitle(workshop.meta);
  const parts = buildPlanParts(workshop, pictures, options.timeZone, options.generatedAt);
  const runs = orientationRuns(parts);

  const sections: ISectionOptions[] = runs.map((run, index) => {
    const blocks: Block[] = run.parts.flatMap((part, partIndex) => [
      // A new section already starts a new page; every other part starts one itself.
      heading(1, part.title, { pageBreakBefore: !(partIndex === 0 && index > 0) }),
      ...part.blocks,
      // The answer comes first, on the page after the cover; the contents follow it.
      ...(index === 0 && partIndex === 0 ? contentsBlocks() : []),
    ]);
    if (index === 0) {
      blocks.unshift(...coverBlocks(workshop.meta, options.generatedAt, options.timeZone));
    }
    return {
      properties: {
        ...(index === 0 ? { titlePage: true } : { type: SectionType.NEXT_PAGE }),
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: orientationOf(run.orientation) },
          margin: {
            top: PAGE.marginTop,
            bottom: PAGE.marginBottom,
            left: PAGE.marginSide,
            right: PAGE.marginSide,
            header: PAGE.header,
            footer: PAGE.footer,
          },
        },
      },
      headers: {
        default: pageHeader(title, run.orientation),
        ...(index === 0 ? { first: new Header({ children: [new Paragraph({ children: [] })] }) } : {}),
      },
      footers: {
        default: pageFooter(workshop.meta.organisation, run.orientation),
        ...(index === 0 ? { first: new Footer({ children: [new Paragraph({ children: [] })] }) } : {}),
      },
      children: blocks,
    };
  });

  return new Document({
    title: text('plan.document.title', { title }),
    subject: text('plan.document.subject'),
    creator: hasText(workshop.meta.facilitator)
      ? workshop.meta.facilitator.trim()
      : text('plan.document.creator'),
    description: text('plan.document.description'),
    ...(options.pageNumbers === undefined ? {} : { pageNumbers: options.pageNumbers }),
    ...planStyleOptions(),
    sections,
  });
}

/** Consecutive parts of the same orientation share a section. */
function orientationRuns(parts: readonly PlanPart[]): { orientation: Orientation; parts: PlanPart[] }[] {
  const runs: { orientation: Orientation; parts: PlanPart[] }[] = [];
  for (const part of parts) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.orientation === part.orientation) {
      last.parts.push(part);
    } else {
      runs.push({ orientation: part.orientation, parts: [part] });
    }
  }
  // The cover and contents open the first section, which is portrait.
  if (runs[0]?.orientation !== 'portrait') {
    runs.unshift({ orientation: 'portrait', parts: [] });
  }
  return runs;
}

function orientationOf(orientation: Orientation) {
  return orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
}

function pageHeader(title: string, orientation: Orientation): Header {
  return new Header({
    children: [
      leftAndRight(STYLE.headerText, orientation, title, [text('plan.header.right')], {
        bottom: { style: 'single', size: 4, space: 4, color: COLOURS.rule },
      }),
    ],
  });
}

/** "Page X of Y" with the page fields where the message puts its placeholders. */
function pageNumbers(): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const [before = '', between = '', after = ''] = text('plan.footer.pages').split(/\{current\}|\{total\}/);
  return [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after].filter((part) => part !== '');
}

function pageFooter(organisation: string, orientation: Orientation): Footer {
  return new Footer({
    children: [leftAndRight(STYLE.footerText, orientation, organisation.trim(), pageNumbers())],
  });
}

/** A header or footer line: text on the left, and `right` against the right margin. */
function leftAndRight(
  style: string,
  orientation: Orientation,
  left: string,
  right: ReturnType<typeof pageNumbers>,
  border?: IParagraphOptions['border'],
): Paragraph {
  return new Paragraph({
    style,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH[orientation] }],
    ...(border === undefined ? {} : { border }),
    children: [new TextRun(left), new TextRun({ children: [new Tab(), ...right] })],
  });
}
