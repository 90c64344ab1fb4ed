import { useState } from 'react';
import { Anchor, Button, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ActiveBadge, KindBadge } from './badges';
import { CreateProfileModal } from './CreateProfileModal';
import { CreateTagModal } from './CreateTagModal';
import { keys, useMentorTags, useTagLabel } from './queries';

type Profile = Schemas['MentorProfileDto'];

/** The organization's mentor pool, filtered by kind and tag. */
export function MentorPoolPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const tags = useMentorTags();
  const tagLabel = useTagLabel();
  const [kind, setKind] = useState<Schemas['MentorKind'] | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'profile' | 'tag' | null>(null);

  const columns: Column<Profile>[] = [
    {
      key: 'name',
      header: t('mentors.pool.name'),
      render: (p) => (
        <div>
          <Anchor component={Link} to={`/o/${slug}/mentors/${p.id}`} fw={600} size="sm">{p.name}</Anchor>
          <Text size="xs" c="dimmed">{p.email}</Text>
        </div>
      ),
      sortValue: (p) => p.name,
    },
    { key: 'kind', header: t('mentors.profile.kind'), render: (p) => <KindBadge kind={p.kind} />, sortValue: (p) => p.kind },
    { key: 'tags', header: t('mentors.profile.tags'), render: (p) => <Text size="sm">{p.tags.map(tagLabel).join(', ') || '—'}</Text> },
    { key: 'load', header: t('mentors.pool.load'), render: (p) => t('mentors.profile.capacityOf', { active: p.activeAssignments, capacity: p.capacity }), sortValue: (p) => p.capacity - p.activeAssignments },
    { key: 'rate', header: t('mentors.profile.currentRate'), render: (p) => (p.currentRate ? <MoneyText value={p.currentRate.rate} /> : '—') },
    { key: 'active', header: t('mentors.pool.status'), render: (p) => <ActiveBadge active={p.active} />, sortValue: (p) => String(p.active) },
  ];

  return (
    <>
      <PageHeader
        title={t('mentors.pool.title')}
        description={t('mentors.pool.description')}
        actions={
          <>
            <Button variant="default" onClick={() => setDialog('tag')}>{t('mentors.tags.open')}</Button>
            <Button onClick={() => setDialog('profile')}>{t('mentors.pool.add')}</Button>
          </>
        }
      />
      <Group mb="md" align="flex-end">
        <Select label={t('mentors.profile.kind')} placeholder={t('mentors.pool.any')} clearable data={(['lead', 'expert'] as const).map((value) => ({ value, label: t(`mentors.kind.${value}`) }))} value={kind} onChange={(value) => setKind(value as Schemas['MentorKind'] | null)} w={180} />
        <Select label={t('mentors.pool.tag')} placeholder={t('mentors.pool.any')} clearable searchable data={(tags.data?.items ?? []).map((item) => ({ value: item.key, label: item.label }))} value={tag} onChange={setTag} w={240} />
      </Group>
      <CursorTable
        queryKey={[...keys.profiles(slug), { kind, tag }]}
        fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-profiles', { params: { path: { slug }, query: { cursor, limit: 25, kind: kind ?? undefined, tag: tag ?? undefined } } }))}
        columns={columns}
        rowKey={(p) => p.id}
        caption={t('mentors.pool.title')}
        empty={t('mentors.pool.empty')}
      />
      {dialog === 'profile' && <CreateProfileModal onClose={() => setDialog(null)} />}
      {dialog === 'tag' && <CreateTagModal onClose={() => setDialog(null)} />}
    </>
  );
}
