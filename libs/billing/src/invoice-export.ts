import { formatMoney, pdfRow, PDF_FONT, startPdf } from '@hatchery/core';
import { InvoiceDetailDto } from './dto/invoices.response.dto';

/** An invoice or credit note as a PDF drawn by pdfkit: header, one row per line, totals, what is paid and open. */
export async function invoicePdf(invoice: InvoiceDetailDto, organizationName: string): Promise<Buffer> {
  const title = invoice.kind === 'credit_note' ? 'Credit note' : 'Invoice';
  const { doc, done } = await startPdf({ title: `${title} ${invoice.number}`, author: organizationName });
  const money = (m: { amountMinor: number; currency: string }) => formatMoney(m.amountMinor, m.currency);
  doc.font(PDF_FONT.bold).fontSize(16).text(`${organizationName}: ${title.toLowerCase()} ${invoice.number}`);
  doc.moveDown(0.3).font(PDF_FONT.regular).fontSize(10).text(`To: ${invoice.startupName}`);
  if (invoice.period) doc.text(`Rent for: ${invoice.period}`);
  if (invoice.creditsInvoiceNumber) doc.text(`Credits invoice: ${invoice.creditsInvoiceNumber}`).text(`Reason: ${invoice.reason ?? ''}`);
  doc.text(`Issued: ${invoice.issuedOn}`);
  if (invoice.dueOn) doc.text(`Due: ${invoice.dueOn}`);
  doc.moveDown();
  const columns = [50, 250, 350, 400, 475];
  const row = (values: string[], bold = false) => pdfRow(doc, columns, values, bold);
  if (invoice.lines.length > 0) {
    row(['Space and plan', 'Days', 'Of', 'Market', 'Amount'], true);
    for (const l of invoice.lines) row([l.description, `${l.startsOn} – ${l.endsOn}`.slice(0, 23), `${l.days}/${l.daysInMonth}`, money(l.market), money(l.amount)]);
    doc.moveDown();
  }
  row(['Total', '', '', money(invoice.market), money(invoice.total)], true);
  if (invoice.kind === 'invoice') {
    if (invoice.market.amountMinor > invoice.total.amountMinor) row(['In-kind support (market value − rent)', '', '', '', money({ ...invoice.total, amountMinor: invoice.market.amountMinor - invoice.total.amountMinor })]);
    if (invoice.credited.amountMinor > 0) row(['Credited', '', '', '', money(invoice.credited)]);
    if (invoice.paid.amountMinor > 0) row(['Paid', '', '', '', money(invoice.paid)]);
    row(['Balance', '', '', '', money(invoice.balance)], true);
  }
  doc.moveDown().font(PDF_FONT.regular).fontSize(8).text('Each line: the plan’s monthly price × days occupied / days in the month, rounded half up to the minor unit; the total is the sum of the lines.', 50);
  doc.end();
  return done;
}
