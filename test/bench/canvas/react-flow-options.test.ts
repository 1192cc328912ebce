/**
 * The canvas benchmark's ratio is only fair if the bare React Flow page draws the way the
 * app's canvases do. Both take their per-frame drawing options from one definition
 * (`shared/canvases/react-flow-performance.ts`); this test reads the `<ReactFlow>` element of
 * each and fails if either stops spreading that definition, gives it another card count, or
 * sets one of its options itself (which would override it or be overridden by it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  DRAW_ON_SCREEN_ONLY_FROM,
  reactFlowPerformanceOptions,
} from '../../../shared/canvases/react-flow-performance';
import { REPOSITORY_ROOT } from '../registry';

const APP_CANVAS = 'renderer/facilitator/canvas/canvas-surface.tsx';
const BARE_PAGE = 'test/bench/baselines/bare-reactflow/main.tsx';
const SHARED_FUNCTION = 'reactFlowPerformanceOptions';
const OPTION_NAMES = Object.keys(reactFlowPerformanceOptions(0));

/** How one `<ReactFlow>` element is given its performance options. */
interface ReactFlowSetUp {
  /** The argument of each `{...reactFlowPerformanceOptions(…)}` spread, as written. */
  readonly sharedOptionsFor: readonly string[];
  /** Performance options the element sets by name, beside the shared definition. */
  readonly ownOptions: readonly string[];
  /** Other spreads (`{...something}`), which could carry options unseen. */
  readonly otherSpreads: readonly string[];
}

/** Every `<ReactFlow …>` element of `source` (a .tsx file), with how it gets its options. */
function reactFlowSetUps(source: string, fileName = 'canvas.tsx'): ReactFlowSetUp[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: ReactFlowSetUp[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
      node.tagName.getText(file) === 'ReactFlow'
    ) {
      const sharedOptionsFor: string[] = [];
      const ownOptions: string[] = [];
      const otherSpreads: string[] = [];
      for (const attribute of node.attributes.properties) {
        if (ts.isJsxSpreadAttribute(attribute)) {
          const { expression } = attribute;
          if (ts.isCallExpression(expression) && expression.expression.getText(file) === SHARED_FUNCTION) {
            sharedOptionsFor.push(expression.arguments.map((argument) => argument.getText(file)).join(', '));
          } else {
            otherSpreads.push(expression.getText(file));
          }
        } else if (OPTION_NAMES.includes(attribute.name.getText(file))) {
          ownOptions.push(attribute.name.getText(file));
        }
      }
      found.push({ sharedOptionsFor, ownOptions, otherSpreads });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function setUpOf(relativePath: string): ReactFlowSetUp[] {
  return reactFlowSetUps(readFileSync(path.join(REPOSITORY_ROOT, relativePath), 'utf8'), relativePath);
}

/** What both files must look like: one `<ReactFlow>`, the shared options for its node count, nothing else. */
const FAIR: ReactFlowSetUp = { sharedOptionsFor: ['$nodes.length'], ownOptions: [], otherSpreads: [] };

/** The node count argument, with the name of the node array left out (`props.nodes.length` → `$nodes.length`). */
function normalised(setUp: ReactFlowSetUp): ReactFlowSetUp {
  return {
    ...setUp,
    sharedOptionsFor: setUp.sharedOptionsFor.map((argument) =>
      argument.replace(/^(?:props\.)?nodes\.length$/, '$nodes.length'),
    ),
  };
}

describe('the React Flow performance options', () => {
  it('are the same on the app’s canvases and on the bare React Flow page: the one shared definition', () => {
    expect(setUpOf(APP_CANVAS).map(normalised)).toEqual([FAIR]);
    expect(setUpOf(BARE_PAGE).map(normalised)).toEqual([FAIR]);
  });

  it('draw only what is on screen from the card count the app chose, and nothing less below it', () => {
    expect(reactFlowPerformanceOptions(DRAW_ON_SCREEN_ONLY_FROM - 1).onlyRenderVisibleElements).toBe(false);
    expect(reactFlowPerformanceOptions(DRAW_ON_SCREEN_ONLY_FROM).onlyRenderVisibleElements).toBe(true);
  });
});

describe('reactFlowSetUps', () => {
  const page = (attributes: string) =>
    `const view = <ReactFlow nodes={nodes} ${attributes}><Background /></ReactFlow>;`;

  it('sees the shared options and the card count they are given', () => {
    expect(reactFlowSetUps(page('{...reactFlowPerformanceOptions(nodes.length)}'))).toEqual([
      { sharedOptionsFor: ['nodes.length'], ownOptions: [], otherSpreads: [] },
    ]);
  });

  it('catches a page that sets an option itself, or brings options from elsewhere', () => {
    expect(reactFlowSetUps(page('onlyRenderVisibleElements={false} {...otherOptions}'))).toEqual([
      { sharedOptionsFor: [], ownOptions: ['onlyRenderVisibleElements'], otherSpreads: ['otherOptions'] },
    ]);
    expect(
      reactFlowSetUps(page('{...reactFlowPerformanceOptions(9999)} elevateEdgesOnSelect={false}')),
    ).toEqual([{ sharedOptionsFor: ['9999'], ownOptions: ['elevateEdgesOnSelect'], otherSpreads: [] }]);
  });
});
