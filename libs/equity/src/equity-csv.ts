import { CapTableDto, PortfolioDto } from './dto/equity.response.dto';
import { bpsAsPercent } from './equity-math';

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const lines = (header: string[], rows: unknown[][]) => [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';

/** A cap table as CSV: one row per holder, the exact fraction and the displayed percentage. */
export function capTableCsv(table: CapTableDto): string {
  return lines(
    ['asOf', 'view', 'holderId', 'holderName', 'holderKind', 'shares', 'instrumentShares', 'numerator', 'denominator', 'percent'],
    table.rows.map((r) => [table.asOf, table.view, r.holderId, r.holderName, r.holderKind, r.shares, r.instrumentShares, r.fraction.numerator, r.fraction.denominator, bpsAsPercent(r.bps)]),
  );
}

/** The portfolio as CSV: one row per startup and currency (a startup without money has one row with an empty currency). */
export function portfolioCsv(portfolio: PortfolioDto): string {
  return lines(
    ['startupId', 'startupName', 'organizationShares', 'outstandingShares', 'stakeNumerator', 'stakeDenominator', 'stakePercent', 'currency', 'investedMinor', 'writtenOffMinor', 'returnedMinor'],
    portfolio.holdings.flatMap((h) => {
      const head = [h.startupId, h.startupName, h.organizationShares, h.outstandingShares, h.stake.numerator, h.stake.denominator, bpsAsPercent(h.stakeBps)];
      return h.money.length === 0 ? [[...head, '', '', '', '']] : h.money.map((m) => [...head, m.currency, m.investedMinor, m.writtenOffMinor, m.returnedMinor]);
    }),
  );
}
