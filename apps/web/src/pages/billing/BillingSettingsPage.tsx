import { useState } from 'react';
import { Alert, Button, Card, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { hasRole, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { fieldErrorsOf, ProblemAlert, useProblemMessage } from '../../components/problem';
import { useLocale } from '../../i18n';
import { Loading } from '../../session/guards';
import { billingKeys, formatMonth, notifyDone, todayIn } from './queries';

type Settings = Schemas['BillingSettingsDto'];

/** The invoice number prefix, payment terms and first month to invoice: owners change them, managers read them. */
export function BillingSettingsPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const settings = useQuery({
    queryKey: billingKeys.settings(slug),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/billing/settings', { params: { path: { slug } } })),
  });
  const owner = hasRole(organization, ['owner']);

  return (
    <>
      <PageHeader title={t('billing.settings.title')} description={t('billing.settings.description')} />
      {settings.isPending ? <Loading /> : settings.error ? <QueryError error={settings.error} /> : owner ? <SettingsForm initial={settings.data} /> : <SettingsView settings={settings.data} />}
    </>
  );
}

function numberExamples(prefix: string, timeZone: string) {
  const year = todayIn(timeZone).slice(0, 4);
  return { invoice: `${prefix}-${year}-000001`, creditNote: `${prefix}-CN-${year}-000001` };
}

function SettingsView({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timezone } = useOrganization();
  const rows = [
    { label: t('billing.settings.prefix'), value: settings.invoicePrefix },
    { label: t('billing.settings.terms'), value: String(settings.paymentTermsDays) },
    { label: t('billing.settings.firstPeriod'), value: settings.firstPeriod ? formatMonth(settings.firstPeriod, locale) : t('billing.settings.firstPeriodNone') },
  ];
  return (
    <Card withBorder maw={560} data-testid="billing-settings">
      <Stack gap="sm">
        {rows.map((row) => (
          <Group key={row.label} justify="space-between" gap="xs">
            <Text size="sm" fw={600}>{row.label}</Text>
            <Text size="sm">{row.value}</Text>
          </Group>
        ))}
        <Text size="sm" c="dimmed">{t('billing.settings.example', numberExamples(settings.invoicePrefix, timezone))}</Text>
        <Alert color="gray" variant="light">{t('billing.settings.ownerOnly')}</Alert>
      </Stack>
    </Card>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const problemMessage = useProblemMessage();
  const [prefix, setPrefix] = useState(initial.invoicePrefix);
  const [terms, setTerms] = useState<number | string>(initial.paymentTermsDays);
  const [firstPeriod, setFirstPeriod] = useState(initial.firstPeriod ?? '');
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/api/v1/organizations/{slug}/billing/settings', {
        params: { path: { slug } },
        body: { invoicePrefix: prefix, paymentTermsDays: Number(terms), ...(firstPeriod !== (initial.firstPeriod ?? '') ? { firstPeriod: firstPeriod || null } : {}) },
      })),
    onSuccess: (saved) => {
      queryClient.setQueryData(billingKeys.settings(slug), saved);
      notifyDone(t('billing.settings.saved'));
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  const locked = save.error instanceof ApiError && save.error.code === 'PERIOD_LOCKED';
  return (
    <Card withBorder maw={560}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('billing.settings.prefix')}
            description={t('billing.settings.prefixHint')}
            required
            maxLength={10}
            value={prefix}
            onChange={(event) => setPrefix(event.currentTarget.value.toUpperCase())}
            error={fieldError('invoicePrefix')}
          />
          <Text size="sm" c="dimmed" aria-live="polite">{t('billing.settings.example', numberExamples(prefix || '…', timezone))}</Text>
          <NumberInput label={t('billing.settings.terms')} description={t('billing.settings.termsHint')} required min={0} max={120} allowDecimal={false} allowNegative={false} value={terms} onChange={setTerms} error={fieldError('paymentTermsDays')} />
          <TextInput
            type="month"
            label={t('billing.settings.firstPeriod')}
            description={t('billing.settings.firstPeriodHint')}
            value={firstPeriod}
            onChange={(event) => setFirstPeriod(event.currentTarget.value)}
            error={fieldError('firstPeriod') ?? (locked ? problemMessage(save.error) : undefined)}
          />
          {!locked && <ProblemAlert error={save.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
