import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Day, MoneyText } from '../../components/format';

/** Every hourly rate ever set, newest first, each with its period (never overwritten). */
export function RatesList({ rates, caption }: { rates: Schemas['MentorRateDto'][]; caption: string }) {
  const { t } = useTranslation();
  if (rates.length === 0) return <Text size="sm" c="dimmed">{t('mentors.rates.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped>
        <caption style={{ captionSide: 'top', textAlign: 'left' }}><Text size="xs" c="dimmed" component="span">{caption}</Text></caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('mentors.rates.from')}</Table.Th>
            <Table.Th>{t('mentors.rates.to')}</Table.Th>
            <Table.Th>{t('mentors.rates.rate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...rates].reverse().map((rate) => (
            <Table.Tr key={rate.id}>
              <Table.Td><Day value={rate.effectiveFrom} /></Table.Td>
              <Table.Td>{rate.effectiveTo ? <Day value={rate.effectiveTo} /> : t('mentors.rates.inForce')}</Table.Td>
              <Table.Td><MoneyText value={rate.rate} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
