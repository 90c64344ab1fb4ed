import { useState, type FormEvent } from 'react';
import { Button, Card, Container, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert, fieldErrorsOf } from '../../components/problem';
import { currencyOptions, kindOptions, ownershipOptions, timezoneOptions, type OrganizationKind, type Ownership } from './organizationOptions';

/** "Ulaanbaatar Innovation HUB" → "ulaanbaatar-innovation-hub": a suggestion the person can edit. */
function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

/** /organizations/new: anyone logged in creates an organization and becomes its owner. */
export function CreateOrganizationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [ownership, setOwnership] = useState<Ownership | null>(null);
  const [timezone, setTimezone] = useState(browserZone || 'Asia/Ulaanbaatar');
  const [currency, setCurrency] = useState('MNT');

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations', {
          body: { name: name.trim(), slug, kind: kind as OrganizationKind, ownership: ownership as Ownership, timezone, defaultCurrency: currency },
        }),
      ),
    onSuccess: async (organization) => {
      // The organization pages read the membership from /auth/me: it must know the new one first.
      await queryClient.refetchQueries({ queryKey: ['me'] });
      notifications.show({ color: 'teal', message: t('organization.create.created', { name: organization.name }) });
      navigate(`/o/${organization.slug}`);
    },
  });
  const fieldError = fieldErrorsOf(create.error);
  const zones = timezoneOptions();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!create.isPending) create.mutate();
  };

  return (
    <Container size="sm" px={0}>
      <PageHeader title={t('organization.create.title')} description={t('organization.create.description')} />
      <Card withBorder padding="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {create.error && <ProblemAlert error={create.error} />}
            <TextInput
              label={t('organization.create.name')}
              required
              value={name}
              onChange={(event) => {
                const next = event.currentTarget.value;
                setName(next);
                if (!slugEdited) setSlug(slugOf(next));
              }}
              error={fieldError('name')}
            />
            <TextInput
              label={t('organization.create.slug')}
              description={t('organization.create.slugHint', { slug: slug || 'ub-hub' })}
              required
              value={slug}
              onChange={(event) => {
                setSlugEdited(true);
                setSlug(event.currentTarget.value.toLowerCase());
              }}
              error={fieldError('slug')}
              autoComplete="off"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('organization.create.kind')} required data={kindOptions(t)} value={kind} onChange={(value) => setKind(value as OrganizationKind | null)} error={fieldError('kind')} />
              <Select label={t('organization.create.ownership')} required data={ownershipOptions(t)} value={ownership} onChange={(value) => setOwnership(value as Ownership | null)} error={fieldError('ownership')} />
              <Select label={t('organization.create.timezone')} required searchable limit={200} data={zones.includes(timezone) ? zones : [timezone, ...zones]} value={timezone} onChange={(value) => value && setTimezone(value)} allowDeselect={false} error={fieldError('timezone')} />
              <Select label={t('organization.create.currency')} required searchable data={currencyOptions()} value={currency} onChange={(value) => value && setCurrency(value)} allowDeselect={false} error={fieldError('defaultCurrency')} />
            </SimpleGrid>
            <Button type="submit" loading={create.isPending} w="fit-content">{t('organization.create.submit')}</Button>
          </Stack>
        </form>
      </Card>
    </Container>
  );
}
