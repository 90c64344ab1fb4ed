import { useEffect, useState } from 'react';
import { Anchor, Button, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { formatDay } from '../../format';
import { useLocale } from '../../i18n';
import { AsOfNote, OpenInvoicesTable, StartupsTable, TotalsTable } from './ArrearsTables';
import { Section } from './Section';
import { isDay, todayIn, useArrears, useStartupOptions } from './queries';

/**
 * Staff: arrears aging as of a day (default today in the organization's timezone). Per currency
 * totals in buckets by days past the due date (never added across currencies), one row per startup
 * and currency with its credit balance, and with a startup chosen, its open invoices. The day and
 * the startup are in the address, so a picture can be shared.
 */
export function ArrearsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug, timezone } = useOrganization();
  const today = todayIn(timezone);
  const [params, setParams] = useSearchParams();
  // The page's state, mirrored into the address (replace) so a picture can be shared; edits queue in React state.
  const [view, setView] = useState<{ asOf: string; startupId: string | null }>(() => ({ asOf: params.get('asOf') ?? today, startupId: params.get('startupId') }));
  const { asOf, startupId } = view;
  useEffect(() => {
    const search: Record<string, string> = {};
    if (asOf !== today) search.asOf = asOf;
    if (startupId) search.startupId = startupId;
    if (new URLSearchParams(search).toString() !== params.toString()) setParams(search, { replace: true });
  }, [asOf, startupId, today, params, setParams]);
  const startups = useStartupOptions();
  const valid = isDay(asOf);
  const arrears = useArrears(asOf, startupId, valid);
  const startupName = startups.data?.items.find((s) => s.id === startupId)?.name ?? arrears.data?.startups[0]?.startupName ?? '';
  const day = valid ? formatDay(asOf, locale) : '';

  const update = (next: { asOf?: string; startupId?: string | null }) => setView((current) => ({ ...current, ...next }));

  return (
    <>
      <PageHeader title={t('payments.arrears.title')} description={t('payments.arrears.description')} />
      <Stack gap="lg">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('payments.arrears.asOf')}
            description={t('payments.arrears.asOfHint', { zone: timezone })}
            value={asOf}
            onChange={(event) => update({ asOf: event.currentTarget.value })}
            error={!valid ? t('payments.arrears.dayNeeded') : undefined}
            w={200}
          />
          <Select
            label={t('payments.fields.startup')}
            description={t('payments.arrears.startupHint')}
            placeholder={t('payments.list.allStartups')}
            clearable
            searchable
            data={(startups.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={startupId}
            onChange={(value) => update({ startupId: value })}
            w={260}
          />
          {asOf !== today && <Button variant="subtle" onClick={() => update({ asOf: today })}>{t('payments.arrears.today')}</Button>}
        </Group>
        {arrears.isPending && valid ? (
          <Loader aria-label={t('app.loading')} />
        ) : arrears.error ? (
          <ProblemAlert error={arrears.error} />
        ) : arrears.data ? (
          <>
            <Section id="arrears-totals" testId="arrears-totals-section" title={startupId ? t('payments.arrears.totalsOf', { startup: startupName, day }) : t('payments.arrears.totals', { day })}>
              {arrears.data.totals.length === 0 ? (
                <Text size="sm" c="dimmed">{t('payments.arrears.nothing', { day })}</Text>
              ) : (
                <TotalsTable totals={arrears.data.totals} caption={t('payments.arrears.totals', { day })} />
              )}
              <AsOfNote />
            </Section>
            {!startupId && (
              <Section id="arrears-startups" title={t('payments.arrears.byStartup')}>
                {arrears.data.startups.length === 0 ? (
                  <Text size="sm" c="dimmed">{t('payments.arrears.nothing', { day })}</Text>
                ) : (
                  <StartupsTable startups={arrears.data.startups} caption={t('payments.arrears.byStartupCaption', { day })} onPick={(id) => update({ startupId: id })} />
                )}
              </Section>
            )}
            {startupId && (
              <Section
                id="arrears-invoices"
                title={t('payments.arrears.openInvoices', { startup: startupName, day })}
                actions={<Anchor component={Link} to={`/o/${slug}/payments?startupId=${startupId}`} size="sm">{t('payments.arrears.paymentsOf', { startup: startupName })}</Anchor>}
              >
                {arrears.data.invoices.length === 0 ? (
                  <Text size="sm" c="dimmed">{t('payments.arrears.noInvoices', { day })}</Text>
                ) : (
                  <OpenInvoicesTable invoices={arrears.data.invoices} caption={t('payments.arrears.openInvoices', { startup: startupName, day })} />
                )}
              </Section>
            )}
          </>
        ) : null}
      </Stack>
    </>
  );
}
