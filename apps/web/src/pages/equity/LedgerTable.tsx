import { useState } from 'react';
import { Anchor, Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { Day, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { formatDay } from '../../format';
import { useLocale } from '../../i18n';
import { equityKey, useHolders, useShareClasses } from './queries';
import { ReverseEntryModal } from './ReverseEntryModal';
import { useShares } from './shared';

type Entry = Schemas['EquityEntryDto'];

/** The append-only ledger, newest first; a correction is a reversing entry, linked both ways. */
export function LedgerTable({ startupId }: { startupId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const shares = useShares();
  const locale = useLocale();
  const holders = useHolders(startupId);
  const classes = useShareClasses(startupId);
  const [reversing, setReversing] = useState<Entry | null>(null);
  const [seen, setSeen] = useState<Entry[]>([]);
  const holderName = new Map((holders.data ?? []).map((holder) => [holder.id, holder.name]));
  const className = new Map((classes.data ?? []).map((cls) => [cls.id, cls.name]));
  const byId = new Map(seen.map((entry) => [entry.id, entry]));
  const reversedBy = new Map(seen.filter((entry) => entry.reversesEntryId).map((entry) => [entry.reversesEntryId!, entry]));
  const name = (id: string | null) => (id ? holderName.get(id) ?? '…' : '—');

  const columns: Column<Entry>[] = [
    { key: 'date', header: t('equity.ledger.date'), render: (entry) => <span id={`entry-${entry.id}`}><Day value={entry.date} /></span>, sortValue: (entry) => entry.date },
    { key: 'kind', header: t('equity.ledger.kind'), render: (entry) => <Text size="sm" fw={500}>{t(`equity.entryKind.${entry.kind}`)}</Text> },
    { key: 'class', header: t('equity.ledger.shareClass'), render: (entry) => className.get(entry.shareClassId) ?? '…' },
    { key: 'from', header: t('equity.ledger.from'), render: (entry) => name(entry.fromHolderId), sortValue: (entry) => name(entry.fromHolderId) },
    { key: 'to', header: t('equity.ledger.to'), render: (entry) => name(entry.toHolderId), sortValue: (entry) => name(entry.toHolderId) },
    { key: 'shares', header: t('equity.ledger.shares'), render: (entry) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{shares(entry.shares)}</span> },
    { key: 'price', header: t('equity.ledger.price'), render: (entry) => (entry.pricePerShare ? <MoneyText value={entry.pricePerShare} /> : '—') },
    {
      key: 'notes',
      header: t('equity.ledger.override'),
      render: (entry) => (
        <>
          {entry.overrideReason && <Text size="sm">{entry.overrideReason}</Text>}
          {entry.note && <Text size="xs" c="dimmed">{entry.note}</Text>}
          {!entry.createdBy && <Text size="xs" c="dimmed">{t('equity.ledger.system')}</Text>}
        </>
      ),
    },
    {
      key: 'reversal',
      header: t('equity.ledger.reversal'),
      render: (entry) => {
        const original = entry.reversesEntryId ? byId.get(entry.reversesEntryId) : undefined;
        const reversal = reversedBy.get(entry.id);
        if (entry.reversesEntryId)
          return <Anchor href={`#entry-${entry.reversesEntryId}`} size="sm">{t('equity.ledger.reverses', { date: original ? formatDay(original.date, locale) : '…' })}</Anchor>;
        if (reversal) return <Anchor href={`#entry-${reversal.id}`} size="sm">{t('equity.ledger.reversedBy', { date: formatDay(reversal.date, locale) })}</Anchor>;
        return (
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => setReversing(entry)}
            aria-label={t('equity.ledger.reverseLabel', { kind: t(`equity.entryKind.${entry.kind}`).toLowerCase(), shares: shares(entry.shares), date: formatDay(entry.date, locale) })}
          >
            {t('equity.ledger.reverse')}
          </Button>
        );
      },
    },
  ];

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="ledger-heading">
      <Title order={2} size="h4" id="ledger-heading" mb="sm">{t('equity.ledger.title')}</Title>
      <CursorTable
        queryKey={[...equityKey(slug, startupId), 'entries']}
        fetchPage={async (cursor) => {
          const page = await unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/equity/entries', { params: { path: { slug, startupId }, query: { cursor, limit: 25 } } }));
          setSeen((before) => [...new Map([...before, ...page.items].map((entry) => [entry.id, entry])).values()]);
          return page;
        }}
        columns={columns}
        rowKey={(entry) => entry.id}
        caption={t('equity.ledger.caption')}
        empty={t('equity.ledger.empty')}
      />
      {reversing && <ReverseEntryModal startupId={startupId} entry={reversing} onClose={() => setReversing(null)} />}
    </Paper>
  );
}
