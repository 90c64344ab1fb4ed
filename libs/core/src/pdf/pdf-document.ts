import { createRequire } from 'node:module';
import type PDFDocumentType from 'pdfkit';

/**
 * pdfkit's built-in Helvetica has no Cyrillic, so Mongolian names would come out as garbage: every
 * word is drawn in DejaVu Sans (TTF from the dejavu-fonts-ttf package), embedded as a subset.
 */
export const PDF_FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;
// Through createRequire: the API's webpack build would turn a bare require.resolve into a module id.
const fontFile = (name: string) => createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);

let pdfkit: Promise<typeof PDFDocumentType> | undefined;
/** pdfkit (and its fonts) is loaded on the first PDF, not at start: most processes never draw one. */
const loadPdfkit = () => (pdfkit ??= import('pdfkit').then((m) => ((m as unknown as { default?: typeof PDFDocumentType }).default ?? (m as unknown as typeof PDFDocumentType))));

/**
 * An A4 document with the fonts registered (regular selected), and the promise of its bytes once
 * `doc.end()` is called.
 */
export async function startPdf(info: { title: string; author: string }): Promise<{ doc: PDFKit.PDFDocument; done: Promise<Buffer> }> {
  const PDFDocument = await loadPdfkit();
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: info.title, Author: info.author } });
  doc.registerFont(PDF_FONT.regular, fontFile(PDF_FONT.regular));
  doc.registerFont(PDF_FONT.bold, fontFile(PDF_FONT.bold));
  doc.font(PDF_FONT.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** A row of cells at fixed x positions on one line (clipped with an ellipsis); a new page near the bottom. */
export function pdfRow(doc: PDFKit.PDFDocument, columns: number[], values: string[], bold = false): void {
  const y = doc.y;
  doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(9);
  values.forEach((v, i) => doc.text(v, columns[i], y, { width: (columns[i + 1] ?? 545) - columns[i] - 4, lineBreak: false, ellipsis: true }));
  doc.moveDown(0.6);
  doc.x = columns[0];
  if (doc.y > 760) doc.addPage();
}
