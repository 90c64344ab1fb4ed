import { formatMinor, formatMoney, minorUnitDigits, pdfRow, PDF_FONT, startPdf } from '@hatchery/core';
import { MentorStatementDetailDto } from './dto/mentor-statements.response.dto';

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

/** A statement as a PDF drawn by pdfkit: header, one row per line, totals per currency. */
export async function statementPdf(statement: MentorStatementDetailDto, organizationName: string): Promise<Buffer> {
  const { doc, done } = await startPdf({ title: `Mentoring statement ${statement.month}`, author: organizationName });
  doc.font(PDF_FONT.bold).fontSize(16).text(`${organizationName}: mentoring statement`, { underline: false });
  doc.moveDown(0.3).font(PDF_FONT.regular).fontSize(10).text(`Mentor: ${statement.mentorName}`).text(`Month: ${statement.month}`).text(`Issued: ${statement.issuedAt}`).text(`Statement: ${statement.id}`);
  doc.moveDown();
  const columns = [50, 115, 190, 330, 380, 470];
  const row = (values: string[], bold = false) => pdfRow(doc, columns, values, bold);
  row(['Date', 'Kind', 'Startup / topic', 'Minutes', 'Rate / hour', 'Amount'], true);
  for (const l of statement.lines) {
    row([l.occurredOn, l.kind.replace('_', ' '), `${l.startupName}: ${l.description}`, l.minutes === null ? '' : String(l.minutes), l.rate ? formatMoney(l.rate.amountMinor, l.rate.currency) : '', formatMoney(l.amount.amountMinor, l.amount.currency)]);
  }
  doc.moveDown();
  for (const t of statement.totals) row(['', 'Total', t.currency, String(t.minutes), '', formatMoney(t.totalMinor, t.currency)], true);
  doc.moveDown().font(PDF_FONT.regular).fontSize(8).text('Each session: hourly rate in force on its day × approved minutes / 60, rounded half up to the minor unit. Totals are per currency.', 50);
  doc.end();
  return done;
}
