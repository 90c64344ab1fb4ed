import { useState, type FormEvent } from 'react';
import { Button, Card, Group, Loader, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert, fieldErrorsOf } from '../../components/problem';
import { useOrganization } from '../../components/organization';
import { currencyOptions, kindOptions, ownershipOptions, timezoneOptions, type OrganizationKind, type Ownership } from './organizationOptions';

type Organization = Schemas['OrganizationDto'];
type Update = Schemas['UpdateOrganizationDto'];

/** The organization's settings: name, kind, ownership, timezone, currency and email identity. */
export function OrganizationSettingsPage() {
  const { t } = useTranslation();
  const { slug, name } = useOrganization();
  const organization = useQuery({
    queryKey: [slug, 'organization'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}', { params: { path: { slug } } })),
  });
  if (organization.error) return <QueryError error={organization.error} />;
  return (
    <>
      <PageHeader title={t('organization.settings.title')} description={t('organization.settings.description', { organization: name })} />
      {organization.isPending ? <Loader aria-label={t('app.loading')} /> : <SettingsForm key={organization.data.updatedAt} organization={organization.data} />}
    </>
  );
}

function SettingsForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { slug } = organization;
  const [form, setForm] = useState({
    name: organization.name,
    kind: organization.kind,
    ownership: organization.ownership,
    timezone: organization.timezone,
    defaultCurrency: organization.defaultCurrency,
    emailFromName: organization.emailFromName ?? '',
    emailReplyTo: organization.emailReplyTo ?? '',
  });
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((current) => ({ ...current, [key]: value }));

  const changes = (): Update => {
    const body: Update = {};
    if (form.name.trim() !== organization.name) body.name = form.name.trim();
    if (form.kind !== organization.kind) body.kind = form.kind;
    if (form.ownership !== organization.ownership) body.ownership = form.ownership;
    if (form.timezone !== organization.timezone) body.timezone = form.timezone;
    if (form.defaultCurrency !== organization.defaultCurrency) body.defaultCurrency = form.defaultCurrency;
    const fromName = form.emailFromName.trim() || null;
    if (fromName !== organization.emailFromName) body.emailFromName = fromName;
    const replyTo = form.emailReplyTo.trim() || null;
    if (replyTo !== organization.emailReplyTo) body.emailReplyTo = replyTo;
    return body;
  };

  const save = useMutation({
    mutationFn: (body: Update) => unwrap(api.PATCH('/api/v1/organizations/{slug}', { params: { path: { slug } }, body })),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: [slug, 'organization'] }), queryClient.invalidateQueries({ queryKey: ['me'] })]);
      notifications.show({ color: 'teal', message: t('organization.settings.saved') });
    },
  });
  const fieldError = fieldErrorsOf(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = changes();
    if (Object.keys(body).length === 0) {
      notifications.show({ message: t('organization.settings.nothingChanged') });
      return;
    }
    if (!save.isPending) save.mutate(body);
  };

  const zones = timezoneOptions();
  const currencies = currencyOptions();

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={760}>
        {save.error && <ProblemAlert error={save.error} />}
        <Card withBorder padding="md">
          <Title order={2} size="h4" mb="sm">{t('organization.settings.identity')}</Title>
          <Stack gap="sm">
            <TextInput label={t('organization.settings.name')} required value={form.name} onChange={(event) => set('name', event.currentTarget.value)} error={fieldError('name')} />
            <TextInput label={t('organization.settings.slug')} value={organization.slug} readOnly disabled description={t('organization.settings.slugHint', { slug: organization.slug })} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('organization.settings.kind')} required data={kindOptions(t)} value={form.kind} onChange={(value) => value && set('kind', value as OrganizationKind)} allowDeselect={false} error={fieldError('kind')} />
              <Select label={t('organization.settings.ownership')} required data={ownershipOptions(t)} value={form.ownership} onChange={(value) => value && set('ownership', value as Ownership)} allowDeselect={false} error={fieldError('ownership')} />
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder padding="md">
          <Title order={2} size="h4" mb="sm">{t('organization.settings.time')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('organization.settings.timezone')}
              description={t('organization.settings.timezoneHint')}
              required
              searchable
              data={zones.includes(form.timezone) ? zones : [form.timezone, ...zones]}
              value={form.timezone}
              onChange={(value) => value && set('timezone', value)}
              allowDeselect={false}
              limit={200}
              error={fieldError('timezone')}
            />
            <Select
              label={t('organization.settings.currency')}
              required
              searchable
              data={currencies.includes(form.defaultCurrency) ? currencies : [form.defaultCurrency, ...currencies]}
              value={form.defaultCurrency}
              onChange={(value) => value && set('defaultCurrency', value)}
              allowDeselect={false}
              error={fieldError('defaultCurrency')}
            />
          </SimpleGrid>
        </Card>
        <Card withBorder padding="md">
          <Title order={2} size="h4" mb="sm">{t('organization.settings.email')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('organization.settings.emailFromName')}
              description={t('organization.settings.emailFromNameHint')}
              placeholder={organization.name}
              value={form.emailFromName}
              onChange={(event) => set('emailFromName', event.currentTarget.value)}
              error={fieldError('emailFromName')}
            />
            <TextInput
              type="email"
              label={t('organization.settings.emailReplyTo')}
              description={t('organization.settings.emailReplyToHint')}
              value={form.emailReplyTo}
              onChange={(event) => set('emailReplyTo', event.currentTarget.value)}
              error={fieldError('emailReplyTo')}
            />
          </SimpleGrid>
        </Card>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>{t('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
