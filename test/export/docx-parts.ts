/**
 * Reads a packed .docx in tests: the parts by name (unzipped with fflate) and their XML as
 * a small element tree (parsed with saxes, namespaces resolved), so checks ask for
 * WordprocessingML elements by namespace and name instead of matching text.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** The namespaces the checks read. */
export const NAMESPACES = {
  word: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  wordDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
} as const;

/** The files inside a zip archive, by name. */
export function readZipEntries(zip: Uint8Array): Map<string, Buffer> {
  return new Map(
    Object.entries(unzipSync(zip)).map(([name, bytes]) => [
      name,
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    ]),
  );
}

/** An element: its namespace and local name, its attributes and its children in order. */
export interface XmlElement {
  readonly namespace: string;
  readonly name: string;
  readonly attributes: readonly {
    readonly namespace: string;
    readonly name: string;
    readonly value: string;
  }[];
  readonly children: readonly (XmlElement | string)[];
}

/** An element still being read: its children are appended as the parser meets them. */
type OpenElement = XmlElement & { children: (XmlElement | string)[] };

/** Parses `xml` (throwing on malformed XML) and returns its root element. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const documentNode: OpenElement = { namespace: '', name: '', attributes: [], children: [] };
  const open: OpenElement[] = [documentNode];
  const append = (child: XmlElement | string) => open.at(-1)?.children.push(child);
  parser.on('opentag', (tag) => {
    const element: OpenElement = {
      namespace: tag.uri,
      name: tag.local,
      attributes: Object.values(tag.attributes).map((attribute) => ({
        namespace: attribute.uri,
        name: attribute.local,
        value: attribute.value,
      })),
      children: [],
    };
    append(element);
    open.push(element);
  });
  parser.on('closetag', () => open.pop());
  parser.on('text', append);
  parser.on('cdata', append);
  parser.write(xml).close();
  const documentElement = documentNode.children.find((child) => typeof child !== 'string');
  if (documentElement === undefined) throw new Error('The XML has no root element.');
  return documentElement;
}

/** The value of an attribute (an unprefixed one has no namespace: pass ''). */
export function attribute(element: XmlElement, namespace: string, name: string): string | undefined {
  return element.attributes.find((each) => each.namespace === namespace && each.name === name)?.value;
}

/** The child elements called `name` in `namespace`, in order. */
export function childElements(element: XmlElement, namespace: string, name: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' && child.namespace === namespace && child.name === name,
  );
}

/** Every element below `element` called `name` in `namespace`, in document order. */
export function descendants(element: XmlElement, namespace: string, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (parent: XmlElement) => {
    for (const child of parent.children) {
      if (typeof child === 'string') continue;
      if (child.namespace === namespace && child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

/** The text an element holds, all of it, entities decoded. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

/** The text of a WordprocessingML paragraph: its runs' `w:t` text, in order. */
export function paragraphText(paragraph: XmlElement): string {
  return descendants(paragraph, NAMESPACES.word, 't').map(textOf).join('');
}

/** A paragraph of the body: its style id (empty for Normal) and its text. */
export interface BodyParagraph {
  readonly style: string;
  readonly text: string;
}

/** The paragraphs of `word/document.xml`, in order, including those in tables. */
export function bodyParagraphs(documentXml: string): BodyParagraph[] {
  const { word } = NAMESPACES;
  return descendants(parseXml(documentXml), word, 'p').map((paragraph) => {
    const [properties] = childElements(paragraph, word, 'pPr');
    const [style] = properties === undefined ? [] : childElements(properties, word, 'pStyle');
    return {
      style: (style === undefined ? undefined : attribute(style, word, 'val')) ?? '',
      text: paragraphText(paragraph),
    };
  });
}
