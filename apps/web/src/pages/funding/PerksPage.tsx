import { useState } from 'react';
import { Badge, Button, Card, Group, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { MoneyText } from '../../components/format';
import { STAFF, hasRole, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from '../../session/guards';
import { FundingProblem } from './FundingProblem';
import { notifyDone } from './notify';
import { PerkFormModal } from './PerkFormModal';
import { usePerks } from './queries';

type Perk = Schemas['PerkDto'];
type Filter = 'any' | 'true' | 'false';

/** The perk catalogue: staff add, edit and take perks out; founders read what is offered. */
export function PerksPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const staff = hasRole(organization, STAFF);
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('any');
  const [editing, setEditing] = useState<Perk | 'new' | null>(null);

  const toggle = useMutation({
    mutationFn: (perk: Perk) => unwrap(api.PATCH('/api/v1/organizations/{slug}/perks/{perkId}', { params: { path: { slug, perkId: perk.id } }, body: { active: !perk.active } })),
    onSuccess: (perk) => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'perks'] });
      notifyDone(t(perk.active ? 'funding.catalogue.reactivated' : 'funding.catalogue.deactivated', { partner: perk.partner }));
    },
  });

  const columns: Column<Perk>[] = [
    { key: 'partner', header: t('funding.catalogue.partner'), render: (p) => <Text size="sm" fw={600}>{p.partner}</Text>, sortValue: (p) => p.partner.toLowerCase() },
    { key: 'description', header: t('funding.catalogue.perkDescription'), render: (p) => <Text size="sm">{p.description}</Text> },
    { key: 'value', header: t('funding.catalogue.value'), render: (p) => <MoneyText value={p.value} />, sortValue: (p) => `${p.value.currency}${String(p.value.amountMinor).padStart(16, '0')}`, width: 150 },
  ];
  if (staff) {
    columns.push(
      {
        key: 'status',
        header: t('funding.catalogue.status'),
        width: 110,
        render: (p) => <Badge component="span" variant="light" color={p.active ? 'teal' : 'gray'}>{t(p.active ? 'funding.catalogue.active' : 'funding.catalogue.inactive')}</Badge>,
        sortValue: (p) => (p.active ? 0 : 1),
      },
      {
        key: 'actions',
        header: t('funding.catalogue.actions'),
        width: 220,
        render: (p) => (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" onClick={() => setEditing(p)} aria-label={t('funding.catalogue.editLabel', { partner: p.partner })}>{t('funding.catalogue.edit')}</Button>
            <Button
              size="xs"
              variant="light"
              color={p.active ? 'red' : 'teal'}
              loading={toggle.isPending && toggle.variables?.id === p.id}
              onClick={() => toggle.mutate(p)}
              aria-label={t(p.active ? 'funding.catalogue.deactivateLabel' : 'funding.catalogue.reactivateLabel', { partner: p.partner })}
            >
              {t(p.active ? 'funding.catalogue.deactivate' : 'funding.catalogue.reactivate')}
            </Button>
          </Group>
        ),
      },
    );
  }

  return (
    <>
      <PageHeader title={t('funding.catalogue.title')} description={t('funding.catalogue.description')} actions={staff && <Button onClick={() => setEditing('new')}>{t('funding.catalogue.add')}</Button>} />
      {staff && (
        <Select
          label={t('funding.catalogue.show')}
          maw={220}
          mb="md"
          allowDeselect={false}
          data={[
            { value: 'any', label: t('funding.catalogue.showAll') },
            { value: 'true', label: t('funding.catalogue.showActive') },
            { value: 'false', label: t('funding.catalogue.showInactive') },
          ]}
          value={filter}
          onChange={(value) => value && setFilter(value as Filter)}
        />
      )}
      <FundingProblem error={toggle.error} />
      {!staff && <FounderCatalogue />}
      {staff && <CursorTable
        queryKey={[slug, 'perks', 'page', filter]}
        fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/perks', { params: { path: { slug }, query: { cursor, limit: 20, active: filter === 'any' ? undefined : filter } } }))}
        columns={columns}
        rowKey={(p) => p.id}
        caption={t('funding.catalogue.caption')}
        empty={t('funding.catalogue.empty')}
      />}
      {editing && <PerkFormModal perk={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

/** Founders read what is offered as cards, which fit a phone (first 100 active perks). */
function FounderCatalogue() {
  const { t } = useTranslation();
  const perks = usePerks('true');
  if (perks.isPending) return <Loading />;
  if (perks.error) return <FundingProblem error={perks.error} />;
  if (perks.data.items.length === 0) return <Text c="dimmed">{t('funding.catalogue.empty')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {perks.data.items.map((perk) => (
        <Card key={perk.id} withBorder component="li" data-testid="perk">
          <Title order={2} size="h5">{perk.partner}</Title>
          <Text size="sm">{perk.description}</Text>
          <Text size="sm" fw={600} mt="xs">{t('funding.catalogue.value')}: <MoneyText value={perk.value} /></Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
