import { createRequire } from 'node:module';
import type PDFDocumentType from 'pdfkit';
import { MentorStatementDetailDto } from './dto/mentor-statements.response.dto';
import { formatMinor, minorUnitDigits } from './statement-rules';

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const lines = (header: string[], rows: unknown[][]) => [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';

/**
 * A statement as CSV: one row per line (amounts in minor units and as a decimal), then one `total`
 * row per currency. The same cell rules as the cap table's CSV.
 */
export function statementCsv(statement: MentorStatementDetailDto): string {
  const decimal = (minor: number, currency: string) => formatMinor(minor, minorUnitDigits(currency)).replace(/,/g, '');
  return lines(
    ['statementId', 'month', 'mentor', 'kind', 'date', 'startup', 'description', 'minutes', 'rateMinor', 'rateEffectiveFrom', 'currency', 'amountMinor', 'amount'],
    [
      ...statement.lines.map((l) => [
        statement.id,
        statement.month,
        statement.mentorName,
        l.kind,
        l.occurredOn,
        l.startupName,
        l.description,
        l.minutes,
        l.rate?.amountMinor ?? '',
        l.rateEffectiveFrom ?? '',
        l.amount.currency,
        l.amount.amountMinor,
        decimal(l.amount.amountMinor, l.amount.currency),
      ]),
      ...statement.totals.map((t) => [statement.id, statement.month, statement.mentorName, 'total', '', '', '', t.minutes, '', '', t.currency, t.totalMinor, decimal(t.totalMinor, t.currency)]),
    ],
  );
}

/**
 * pdfkit's built-in Helvetica has no Cyrillic, so Mongolian mentor and startup names would come out as
 * garbage: every word is drawn in DejaVu Sans (TTF from the dejavu-fonts-ttf package), embedded subset.
 */
const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;
// Through createRequire: the API's webpack build would turn a bare require.resolve into a module id.
const fontFile = (name: string) => createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);

let pdfkit: Promise<typeof PDFDocumentType> | undefined;
/** pdfkit (and its fonts) is loaded on the first PDF, not at start: most processes never draw one. */
const loadPdfkit = () => (pdfkit ??= import('pdfkit').then((m) => ((m as unknown as { default?: typeof PDFDocumentType }).default ?? (m as unknown as typeof PDFDocumentType))));

/** A statement as a PDF drawn by pdfkit: header, one row per line, totals per currency. */
export async function statementPdf(statement: MentorStatementDetailDto, organizationName: string): Promise<Buffer> {
  const PDFDocument = await loadPdfkit();
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Mentoring statement ${statement.month}`, Author: organizationName } });
  doc.registerFont(FONT.regular, fontFile(FONT.regular));
  doc.registerFont(FONT.bold, fontFile(FONT.bold));
  doc.font(FONT.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const money = (minor: number, currency: string) => `${currency} ${formatMinor(minor, minorUnitDigits(currency))}`;

  doc.font(FONT.bold).fontSize(16).text(`${organizationName}: mentoring statement`, { underline: false });
  doc.moveDown(0.3).font(FONT.regular).fontSize(10).text(`Mentor: ${statement.mentorName}`).text(`Month: ${statement.month}`).text(`Issued: ${statement.issuedAt}`).text(`Statement: ${statement.id}`);
  doc.moveDown();
  const columns = [50, 115, 190, 330, 380, 470];
  const row = (values: string[], bold = false) => {
    const y = doc.y;
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(9);
    values.forEach((v, i) => doc.text(v, columns[i], y, { width: (columns[i + 1] ?? 545) - columns[i] - 4, lineBreak: false, ellipsis: true }));
    doc.moveDown(0.6);
    doc.x = 50;
  };
  row(['Date', 'Kind', 'Startup / topic', 'Minutes', 'Rate / hour', 'Amount'], true);
  for (const l of statement.lines) {
    row([l.occurredOn, l.kind.replace('_', ' '), `${l.startupName}: ${l.description}`, l.minutes === null ? '' : String(l.minutes), l.rate ? money(l.rate.amountMinor, l.rate.currency) : '', money(l.amount.amountMinor, l.amount.currency)]);
    if (doc.y > 760) doc.addPage();
  }
  doc.moveDown();
  for (const t of statement.totals) row(['', 'Total', t.currency, String(t.minutes), '', money(t.totalMinor, t.currency)], true);
  doc.moveDown().font(FONT.regular).fontSize(8).text('Each session: hourly rate in force on its day × approved minutes / 60, rounded half up to the minor unit. Totals are per currency.', 50);
  doc.end();
  return done;
}
