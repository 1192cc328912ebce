import { type Document, Packer } from 'docx';

/** Packs a built plan into the bytes of a .docx file. */
export async function packActionPlan(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
