import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { MoneyText } from '../../components/format';
import { Fraction, usePercent, useShares } from './shared';

type CapTable = Schemas['CapTableDto'];
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The holders as of the day: shares as given (decimal strings), the exact fraction, and % from basis points. */
export function CapTableHolders({ table }: { table: CapTable }) {
  const { t } = useTranslation();
  const shares = useShares();
  const percent = usePercent();
  if (table.rows.length === 0) return <Text c="dimmed" py="md">{t('equity.capTable.empty')}</Text>;
  const totalBps = table.rows.reduce((sum, row) => sum + row.bps, 0);
  const severalClasses = table.shareClasses.length > 1;
  return (
    <Table.ScrollContainer minWidth={340} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table striped verticalSpacing="xs" horizontalSpacing="xs" data-testid="cap-table">
        <caption><VisuallyHidden>{t('equity.capTable.caption')}</VisuallyHidden></caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('equity.capTable.holder')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('equity.capTable.shares')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('equity.capTable.percent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.holderId}>
              <Table.Th scope="row" fw={row.holderKind === 'organization' ? 700 : 500}>
                {row.holderName}
                <Text size="xs" c="dimmed">{t(`equity.holderKind.${row.holderKind}`)}</Text>
              </Table.Th>
              <Table.Td ta="right" style={numeric}>
                {shares(row.shares)}
                {severalClasses && row.byClass.length > 0 && (
                  <Text size="xs" c="dimmed">{row.byClass.map((cls) => `${cls.shareClassName} ${shares(cls.shares)}`).join(' · ')}</Text>
                )}
                {row.instrumentShares !== '0' && <Text size="xs" c="dimmed">{t('equity.capTable.instrumentShares', { shares: shares(row.instrumentShares) })}</Text>}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                <span data-testid="percent">{percent(row.bps)}</span>
                <Text size="xs" c="dimmed"><Fraction value={row.fraction} /></Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('equity.capTable.total')}</Table.Th>
            <Table.Td ta="right" fw={700} style={numeric}>{shares(table.totalShares)}</Table.Td>
            <Table.Td ta="right" fw={700} style={numeric} data-testid="percent-total">{percent(totalBps)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Fully diluted view: unconverted SAFEs and notes, counted only at recorded conversion shares. */
export function CapTableInstruments({ table }: { table: CapTable }) {
  const { t } = useTranslation();
  const shares = useShares();
  if (table.instruments.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={520} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table verticalSpacing="xs">
        <caption><VisuallyHidden>{t('equity.capTable.instrumentsCaption')}</VisuallyHidden></caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('equity.capTable.investor')}</Table.Th>
            <Table.Th scope="col">{t('equity.capTable.instrumentKind')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('equity.capTable.amount')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('equity.capTable.conversionShares')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.instruments.map((instrument) => (
            <Table.Tr key={instrument.investmentId}>
              <Table.Td>{instrument.holderName}</Table.Td>
              <Table.Td>{t(`equity.instrument.${instrument.instrument}`)}</Table.Td>
              <Table.Td ta="right" style={numeric}><MoneyText value={instrument.amount} /></Table.Td>
              <Table.Td ta="right" style={numeric}>
                {instrument.counted ? `${shares(instrument.conversionShares)} · ${t('equity.capTable.counted')}` : t('equity.capTable.notCounted')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
