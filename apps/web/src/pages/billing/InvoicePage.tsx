import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Box, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconReceiptRefund } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day, MoneyText } from '../../components/format';
import { hasRole, STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { formatMoney } from '../../format';
import { useLocale } from '../../i18n';
import { Loading } from '../../session/guards';
import { InvoiceStatusBadge } from './badges';
import { CreditNoteModal } from './CreditNoteModal';
import { formatMonth, inKindOf, saveFile, useInvoice, type InvoiceDetail } from './queries';

type Line = InvoiceDetail['lines'][number];

/** A titled panel of the page (h2). */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">{title}</Title>
      {children}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">{label}</Text>
      <Box fz="sm">{children}</Box>
    </Stack>
  );
}

/**
 * One invoice or credit note (the link in the founders' email): its facts, lines with the days and
 * market value, totals with the in-kind support of a free or below-market plan, credit notes and
 * payments, and its PDF. Staff may credit it; a founder reads their startup's (anyone else: 404).
 */
export function InvoicePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const organization = useOrganization();
  const { slug } = organization;
  const staff = hasRole(organization, STAFF);
  const invoiceId = useParams().invoiceId ?? '';
  const invoice = useInvoice(invoiceId);
  const [crediting, setCrediting] = useState(false);
  const pdf = useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/invoices/{invoiceId}', { params: { path: { slug, invoiceId }, query: { format: 'pdf' } }, parseAs: 'blob' })),
    onSuccess: (blob) => saveFile(blob, `${invoice.data?.number ?? invoiceId}.pdf`),
  });

  if (invoice.isPending) return <Loading />;
  if (invoice.error) return <QueryError error={invoice.error} />;
  const data = invoice.data;
  const isInvoice = data.kind === 'invoice';
  const inKind = inKindOf(data);
  const back = staff ? { to: `/o/${slug}/invoices`, label: t('billing.detail.backStaff') } : { to: `/o/${slug}/startups/${data.startupId}/invoices`, label: t('billing.detail.backFounder') };

  return (
    <>
      <Anchor component={Link} to={back.to} size="sm">← {back.label}</Anchor>
      <PageHeader
        title={t(isInvoice ? 'billing.detail.invoiceTitle' : 'billing.detail.creditNoteTitle', { number: data.number })}
        actions={
          <>
            <Button variant="default" leftSection={<IconDownload size={16} />} loading={pdf.isPending} onClick={() => pdf.mutate()}>{t('billing.detail.pdf')}</Button>
            {staff && isInvoice && data.balance.amountMinor > 0 && (
              <Button leftSection={<IconReceiptRefund size={16} />} onClick={() => setCrediting(true)}>{t('billing.credit.open')}</Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <ProblemAlert error={pdf.error} />
        <Card withBorder padding="md">
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md" verticalSpacing="sm">
            <Fact label={t('billing.detail.startup')}>
              <Anchor component={Link} to={`/o/${slug}/startups/${data.startupId}`}>{data.startupName}</Anchor>
            </Fact>
            {isInvoice ? (
              <Fact label={t('billing.detail.period')}>{data.period ? formatMonth(data.period, locale) : '—'}</Fact>
            ) : (
              <Fact label={t('billing.detail.credits')}>
                {data.creditsInvoiceId ? <Anchor component={Link} to={`/o/${slug}/invoices/${data.creditsInvoiceId}`}>{data.creditsInvoiceNumber}</Anchor> : '—'}
              </Fact>
            )}
            <Fact label={t('billing.detail.issued')}><Day value={data.issuedOn} /></Fact>
            <Fact label={t('billing.detail.due')}><Day value={data.dueOn} /></Fact>
            <Fact label={t('billing.detail.status')}><InvoiceStatusBadge status={data.status} /></Fact>
            <Fact label={t(isInvoice ? 'billing.detail.balance' : 'billing.detail.total')}>
              <Text fw={700} size="sm"><MoneyText value={isInvoice ? data.balance : data.total} /></Text>
            </Fact>
          </SimpleGrid>
          {data.reason && (
            <Text size="sm" mt="sm"><Text span fw={600}>{t('billing.detail.reason')}:</Text> {data.reason}</Text>
          )}
        </Card>

        {isInvoice && data.status === 'no_charge' && inKind && (
          <Alert color="teal" variant="light" title={t('billing.detail.noCharge', { amount: formatMoney(inKind, locale) })} data-testid="in-kind">
            <Text size="sm">{t('billing.detail.noChargeHint')}</Text>
          </Alert>
        )}

        {isInvoice && (
          <Section id="invoice-lines" title={t('billing.detail.lines')}>
            <Lines lines={data.lines} />
            <Text size="xs" c="dimmed" mt="sm">{t('billing.detail.rule')}</Text>
          </Section>
        )}

        {isInvoice && (
          <Section id="invoice-totals" title={t('billing.detail.totals')}>
            <Totals invoice={data} />
          </Section>
        )}

        {isInvoice && (
          <Section id="invoice-credit-notes" title={t('billing.detail.creditNotes')}>
            <CreditNotes invoice={data} />
          </Section>
        )}

        {isInvoice && (
          <Section id="invoice-payments" title={t('billing.detail.payments')}>
            <Payments invoice={data} />
          </Section>
        )}
      </Stack>
      {crediting && <CreditNoteModal invoice={data} onClose={() => setCrediting(false)} />}
    </>
  );
}

/** The lines: a table from the small breakpoint up, a card per line on a phone. */
function Lines({ lines }: { lines: Line[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Text size="sm" c="dimmed">{t('billing.detail.noLines')}</Text>;
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs" data-testid="invoice-lines">
            <caption><VisuallyHidden>{t('billing.detail.linesCaption')}</VisuallyHidden></caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('billing.detail.description')}</Table.Th>
                <Table.Th scope="col">{t('billing.detail.fromTo')}</Table.Th>
                <Table.Th scope="col" ta="right"><span title={t('billing.detail.daysHint')}>{t('billing.detail.days')}</span></Table.Th>
                <Table.Th scope="col" ta="right">{t('billing.detail.market')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('billing.detail.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}><Day value={line.startsOn} /> – <Day value={line.endsOn} /></Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{t('billing.detail.daysOf', { days: line.days, inMonth: line.daysInMonth })}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}><MoneyText value={line.market} /></Table.Td>
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}><MoneyText value={line.amount} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed">{t('billing.detail.days')}: {t('billing.detail.daysHint')}</Text>
      </Box>
      <Stack hiddenFrom="sm" gap="xs" data-testid="invoice-line-cards">
        {lines.map((line) => (
          <Card key={line.id} withBorder padding="sm">
            <Text size="sm" fw={600}>{line.description}</Text>
            <Text size="sm"><Day value={line.startsOn} /> – <Day value={line.endsOn} /></Text>
            <Text size="sm">{t('billing.detail.days')}: {t('billing.detail.daysOf', { days: line.days, inMonth: line.daysInMonth })} <Text span size="xs" c="dimmed">({t('billing.detail.daysHint')})</Text></Text>
            <Group justify="space-between" gap="xs">
              <Text size="sm">{t('billing.detail.market')}</Text>
              <Text size="sm"><MoneyText value={line.market} /></Text>
            </Group>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>{t('billing.detail.amount')}</Text>
              <Text size="sm" fw={600}><MoneyText value={line.amount} /></Text>
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}

function Totals({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const inKind = inKindOf(invoice);
  const rows: { key: string; label: string; value: InvoiceDetail['total']; strong?: boolean }[] = [
    { key: 'total', label: t('billing.detail.total'), value: invoice.total, strong: true },
    { key: 'market', label: t('billing.detail.marketValue'), value: invoice.market },
    ...(inKind && inKind.amountMinor > 0 ? [{ key: 'inKind', label: t('billing.detail.inKind'), value: inKind }] : []),
    { key: 'credited', label: t('billing.detail.credited'), value: invoice.credited },
    { key: 'paid', label: t('billing.detail.paid'), value: invoice.paid },
  ];
  return (
    <Stack gap={4} maw={420} data-testid="invoice-totals">
      {rows.map((row) => (
        <Group key={row.key} justify="space-between" gap="xs">
          <Text size="sm" fw={row.strong ? 600 : undefined}>{row.label}</Text>
          <Text size="sm" fw={row.strong ? 600 : undefined}><MoneyText value={row.value} /></Text>
        </Group>
      ))}
      <Group justify="space-between" gap="xs" pt={4} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Text fw={700}>{t('billing.detail.balance')}</Text>
        <Text fw={700}><MoneyText value={invoice.balance} /></Text>
      </Group>
    </Stack>
  );
}

function CreditNotes({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  if (invoice.creditNotes.length === 0) return <Text size="sm" c="dimmed">{t('billing.detail.noCreditNotes')}</Text>;
  return (
    <Stack gap="xs" data-testid="credit-notes">
      {invoice.creditNotes.map((note) => (
        <Card key={note.id} withBorder padding="sm">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/o/${slug}/invoices/${note.id}`} fw={600}>{note.number}</Anchor>
            <Text size="sm" fw={600}><MoneyText value={note.total} /></Text>
          </Group>
          <Text size="sm" c="dimmed"><Day value={note.issuedOn} /></Text>
          {note.reason && <Text size="sm">{note.reason}</Text>}
        </Card>
      ))}
    </Stack>
  );
}

function Payments({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const reference = (a: InvoiceDetail['allocations'][number]) => (
    <Anchor component={Link} to={`/o/${slug}/payments/${a.paymentId}`} style={{ wordBreak: 'break-all' }}>
      {a.bankReference}
    </Anchor>
  );
  if (invoice.allocations.length === 0) return <Text size="sm" c="dimmed">{t('billing.detail.noPayments')}</Text>;
  const allocation = (manual: boolean) => t(manual ? 'billing.detail.manual' : 'billing.detail.automatic');
  return (
    <>
      <Box visibleFrom="sm">
        <Table verticalSpacing="xs" data-testid="payments">
          <caption><VisuallyHidden>{t('billing.detail.paymentsCaption')}</VisuallyHidden></caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('billing.detail.bankReference')}</Table.Th>
              <Table.Th scope="col">{t('billing.detail.receivedOn')}</Table.Th>
              <Table.Th scope="col">{t('billing.detail.allocation')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('billing.detail.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.allocations.map((a, index) => (
              <Table.Tr key={`${a.paymentId}-${index}`}>
                <Table.Td>{reference(a)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}><Day value={a.receivedOn} /></Table.Td>
                <Table.Td>{allocation(a.manual)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}><MoneyText value={a.amount} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs" data-testid="payment-cards">
        {invoice.allocations.map((a, index) => (
          <Card key={`${a.paymentId}-${index}`} withBorder padding="sm">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={600}>{reference(a)}</Text>
              <Text size="sm" fw={600}><MoneyText value={a.amount} /></Text>
            </Group>
            <Text size="sm">{t('billing.detail.receivedOn')}: <Day value={a.receivedOn} /></Text>
            <Text size="sm" c="dimmed">{allocation(a.manual)}</Text>
          </Card>
        ))}
      </Stack>
    </>
  );
}
