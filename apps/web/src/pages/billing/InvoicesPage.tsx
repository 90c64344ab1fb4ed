import { useState } from 'react';
import { Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { Day, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { useLocale } from '../../i18n';
import { InvoiceStatusBadge } from './badges';
import { IssueInvoicesModal } from './IssueInvoicesModal';
import { LateInvoiceModal } from './LateInvoiceModal';
import { billingKeys, formatMonth, inKindOf, type Invoice, useStartupOptions } from './queries';

/** Staff: every invoice and credit note, filtered by month, startup and kind; "Issue invoices" for a month that has ended. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug, timezone } = useOrganization();
  const [month, setMonth] = useState('');
  const [startupId, setStartupId] = useState<string | null>(null);
  const [kind, setKind] = useState<Schemas['InvoiceKind'] | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [late, setLate] = useState(false);
  const startups = useStartupOptions();
  const filters = { period: /^\d{4}-\d{2}$/.test(month) ? month : undefined, startupId: startupId ?? undefined, kind: kind ?? undefined };

  const columns: Column<Invoice>[] = [
    {
      key: 'number',
      header: t('billing.list.number'),
      render: (i) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/o/${slug}/invoices/${i.id}`} fw={500} style={{ whiteSpace: 'nowrap' }}>{i.number}</Anchor>
          {i.creditsInvoiceNumber && <Text size="xs" c="dimmed">{t('billing.list.credits', { number: i.creditsInvoiceNumber })}</Text>}
        </Stack>
      ),
      sortValue: (i) => i.number,
    },
    { key: 'startup', header: t('billing.list.startup'), render: (i) => <Anchor component={Link} to={`/o/${slug}/startups/${i.startupId}/invoices`}>{i.startupName}</Anchor>, sortValue: (i) => i.startupName },
    { key: 'period', header: t('billing.list.period'), render: (i) => (i.period ? formatMonth(i.period, locale) : '—'), sortValue: (i) => i.period },
    { key: 'total', header: t('billing.list.total'), render: (i) => <MoneyText value={i.total} />, sortValue: (i) => i.total.amountMinor },
    {
      key: 'inKind',
      header: t('billing.list.inKind'),
      render: (i) => {
        const inKind = inKindOf(i);
        return inKind && inKind.amountMinor > 0 ? <MoneyText value={inKind} /> : '—';
      },
      sortValue: (i) => inKindOf(i)?.amountMinor ?? -1,
    },
    { key: 'balance', header: t('billing.list.balance'), render: (i) => (i.kind === 'invoice' ? <MoneyText value={i.balance} /> : '—'), sortValue: (i) => i.balance.amountMinor },
    { key: 'status', header: t('billing.list.status'), render: (i) => <InvoiceStatusBadge status={i.status} />, sortValue: (i) => i.status },
    { key: 'due', header: t('billing.list.due'), render: (i) => <Day value={i.dueOn} />, sortValue: (i) => i.dueOn },
  ];

  return (
    <>
      <PageHeader
        title={t('billing.list.title')}
        description={t('billing.list.description')}
        actions={
          <Group gap="xs">
            <Button variant="light" onClick={() => setLate(true)}>{t('billing.late.open')}</Button>
            <Button leftSection={<IconFileInvoice size={16} />} onClick={() => setIssuing(true)}>{t('billing.run.open')}</Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <Group align="flex-end" wrap="wrap">
          <TextInput type="month" label={t('billing.list.month')} description={t('billing.list.monthHint', { zone: timezone })} value={month} onChange={(event) => setMonth(event.currentTarget.value)} w={220} />
          <Select
            label={t('billing.list.startup')}
            placeholder={t('billing.list.anyStartup')}
            searchable
            clearable
            data={(startups.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={startupId}
            onChange={setStartupId}
            w={240}
          />
          <Select
            label={t('billing.list.kind')}
            placeholder={t('billing.list.anyKind')}
            clearable
            data={(['invoice', 'credit_note'] as const).map((value) => ({ value, label: t(`billing.kind.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(value as Schemas['InvoiceKind'] | null)}
            w={240}
          />
        </Group>
        <CursorTable
          queryKey={[...billingKeys.invoices(slug), filters]}
          fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/invoices', { params: { path: { slug }, query: { ...filters, cursor, limit: 25 } } }))}
          columns={columns}
          rowKey={(i) => i.id}
          caption={t('billing.list.caption')}
          empty={t('billing.list.empty')}
        />
      </Stack>
      {issuing && <IssueInvoicesModal onClose={() => setIssuing(false)} />}
      {late && <LateInvoiceModal onClose={() => setLate(false)} />}
    </>
  );
}
