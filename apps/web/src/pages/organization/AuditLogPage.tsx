import { useState } from 'react';
import { Anchor, Button, Code, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { DateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useOrganization } from '../../components/organization';

type Entry = Schemas['AuditEntryDto'];
type Change = Schemas['AuditChangeDto'];

const SYSTEM = 'system';
/** Records with a page of their own in the web app. */
const ENTITY_PAGES: Record<string, string> = { cohort: 'cohorts', startup: 'startups', milestone: 'milestones', application: 'applications', call: 'calls', programme: 'programmes' };

/** The organization's audit log, newest first; each entry opens to its field changes. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const [actor, setActor] = useState<string | null>(null);
  const [entity, setEntity] = useState('');
  const [action, setAction] = useState('');
  const [entityFilter] = useDebouncedValue(entity.trim().toLowerCase(), 300);
  const [actionFilter] = useDebouncedValue(action.trim().toLowerCase(), 300);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const members = useQuery({
    queryKey: [slug, 'members'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/members', { params: { path: { slug } } })),
  });
  const names = new Map((members.data ?? []).map((member) => [member.userId, member.name]));

  const matches = (entry: Entry) =>
    (!actor || (actor === SYSTEM ? entry.actorUserId === null : entry.actorUserId === actor)) &&
    entry.entityType.toLowerCase().includes(entityFilter) &&
    entry.action.toLowerCase().includes(actionFilter);

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns: Column<Entry>[] = [
    { key: 'when', header: t('organization.audit.columns.when'), width: 170, render: (entry) => <DateTime value={entry.createdAt} /> },
    {
      key: 'actor',
      header: t('organization.audit.columns.actor'),
      sortValue: (entry) => (entry.actorUserId ? names.get(entry.actorUserId) ?? entry.actorUserId : ''),
      render: (entry) =>
        entry.actorUserId === null ? <Text size="sm" c="dimmed">{t('organization.audit.system')}</Text> : (names.get(entry.actorUserId) ?? t('organization.audit.unknownActor')),
    },
    { key: 'action', header: t('organization.audit.columns.action'), sortValue: (entry) => entry.action, render: (entry) => <Code>{entry.action}</Code> },
    {
      key: 'entity',
      header: t('organization.audit.columns.entity'),
      sortValue: (entry) => entry.entityType,
      render: (entry) => {
        const page = ENTITY_PAGES[entry.entityType];
        const label = `${entry.entityType} ${entry.entityId.slice(-8)}`;
        return page ? <Anchor component={Link} to={`/o/${slug}/${page}/${entry.entityId}`} size="sm" title={entry.entityId}>{label}</Anchor> : <Text size="sm" title={entry.entityId}>{label}</Text>;
      },
    },
    {
      key: 'changes',
      header: t('organization.audit.columns.changes'),
      render: (entry) => {
        const fields = Object.entries(entry.changes);
        if (fields.length === 0) return <Text size="sm" c="dimmed">{t('organization.audit.noChanges')}</Text>;
        const expanded = open.has(entry.id);
        return (
          <Stack gap={4}>
            <Button size="compact-xs" variant="subtle" onClick={() => toggle(entry.id)} aria-expanded={expanded} aria-controls={`changes-${entry.id}`} w="fit-content">
              {expanded ? t('organization.audit.hide') : t('organization.audit.show', { count: fields.length })}
            </Button>
            {expanded && <Changes id={`changes-${entry.id}`} action={entry.action} fields={fields} requestId={entry.requestId} />}
          </Stack>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader title={t('organization.audit.title')} description={t('organization.audit.description', { organization: organization.name })} />
      <Group align="flex-end" gap="sm" mb="xs" wrap="wrap">
        <Select
          label={t('organization.audit.filters.actor')}
          placeholder={t('organization.audit.filters.any')}
          clearable
          searchable
          value={actor}
          onChange={setActor}
          data={[{ value: SYSTEM, label: t('organization.audit.system') }, ...(members.data ?? []).map((member) => ({ value: member.userId, label: member.name }))]}
          w={240}
        />
        <TextInput label={t('organization.audit.filters.entity')} placeholder="cohort, startup, membership…" value={entity} onChange={(event) => setEntity(event.currentTarget.value)} w={200} />
        <TextInput label={t('organization.audit.filters.action')} placeholder="member.role-changed…" value={action} onChange={(event) => setAction(event.currentTarget.value)} w={220} />
      </Group>
      <Text size="xs" c="dimmed" mb="sm">{t('organization.audit.filters.hint')}</Text>
      <CursorTable
        queryKey={[slug, 'audit', { actor, entity: entityFilter, action: actionFilter }]}
        fetchPage={async (cursor) => {
          const page = await unwrap(api.GET('/api/v1/organizations/{slug}/audit', { params: { path: { slug }, query: { cursor, limit: 50 } } }));
          return { ...page, items: page.items.filter(matches) };
        }}
        columns={columns}
        rowKey={(entry) => entry.id}
        caption={t('organization.audit.caption')}
      />
    </>
  );
}

function Changes({ id, action, fields, requestId }: { id: string; action: string; fields: [string, Change][]; requestId: string | null }) {
  const { t } = useTranslation();
  return (
    <div id={id}>
      <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4} miw={320}>
        <caption style={{ captionSide: 'bottom', textAlign: 'left' }}>
          <Text span size="xs" c="dimmed">{requestId ? t('organization.audit.request', { id: requestId }) : t('organization.audit.changesCaption', { action })}</Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organization.audit.field')}</Table.Th>
            <Table.Th>{t('organization.audit.before')}</Table.Th>
            <Table.Th>{t('organization.audit.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map(([field, change]) => (
            <Table.Tr key={field}>
              <Table.Th scope="row" fw={500}>{field}</Table.Th>
              <Table.Td><Value value={change.before} /></Table.Td>
              <Table.Td><Value value={change.after} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function Value({ value }: { value: Change['before'] }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '') return <Text span size="xs" c="dimmed" fs="italic">{t('organization.audit.empty')}</Text>;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return <Text span size="xs" style={{ wordBreak: 'break-word' }} ff={typeof value === 'string' ? undefined : 'monospace'}>{text}</Text>;
}
