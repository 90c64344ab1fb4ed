import { useState } from 'react';
import { Anchor, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { DateTime, MoneyText } from '../../components/format';
import { hasRole, STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { useLocale } from '../../i18n';
import { formatMonth, MonthText } from './month';
import { keys } from './queries';
import { RunMonthSection } from './RunMonthSection';

type Statement = Schemas['MentorStatementDto'];

/** Staff: every mentor's statements, filtered by month and mentor, and "Run a month"; a mentor: their own statements. */
export function StatementsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const organization = useOrganization();
  const { slug, timezone } = organization;
  const staff = hasRole(organization, STAFF);
  const [month, setMonth] = useState('');
  const [mentorProfileId, setMentorProfileId] = useState<string | null>(null);
  const mentors = useQuery({
    queryKey: [...keys.profiles(slug), 'options'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-profiles', { params: { path: { slug }, query: { limit: 100 } } })),
    enabled: staff,
  });
  const filters = staff ? { month: /^\d{4}-\d{2}$/.test(month) ? month : undefined, mentorProfileId: mentorProfileId ?? undefined } : {};

  const columns: Column<Statement>[] = [
    {
      key: 'month',
      header: t('mentors.statements.month'),
      render: (s) => (
        <Anchor component={Link} to={`/o/${slug}/mentor-statements/${s.id}`} aria-label={t('mentors.statements.openOne', { month: formatMonth(s.month, locale), mentor: s.mentorName })}>
          <MonthText month={s.month} />
        </Anchor>
      ),
      sortValue: (s) => s.month,
    },
    ...(staff ? [{ key: 'mentor', header: t('mentors.statements.mentor'), render: (s: Statement) => s.mentorName, sortValue: (s: Statement) => s.mentorName }] : []),
    { key: 'issued', header: t('mentors.statements.issued'), render: (s) => <DateTime value={s.issuedAt} />, sortValue: (s) => s.issuedAt },
    {
      key: 'totals',
      header: t('mentors.statements.totals'),
      render: (s) => (
        <Stack gap={0}>
          {s.totals.map((total) => (
            <Text key={total.currency} size="sm" fw={500}><MoneyText value={{ amountMinor: total.totalMinor, currency: total.currency }} /></Text>
          ))}
        </Stack>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t(staff ? 'mentors.statements.title' : 'mentors.statements.titleMine')} description={t(staff ? 'mentors.statements.description' : 'mentors.statements.descriptionMine')} />
      <Stack gap="lg">
        {staff && <RunMonthSection />}
        {staff && (
          <Group align="flex-end" wrap="wrap">
            <TextInput type="month" label={t('mentors.statements.month')} description={t('mentors.statements.monthHint', { zone: timezone })} value={month} onChange={(event) => setMonth(event.currentTarget.value)} w={220} />
            <Select
              label={t('mentors.statements.mentor')}
              placeholder={t('mentors.statements.anyMentor')}
              searchable
              clearable
              data={(mentors.data?.items ?? []).map((profile) => ({ value: profile.id, label: profile.name }))}
              value={mentorProfileId}
              onChange={setMentorProfileId}
              w={260}
            />
          </Group>
        )}
        <CursorTable
          queryKey={[...keys.statements(slug), filters]}
          fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-statements', { params: { path: { slug }, query: { ...filters, cursor, limit: 20 } } }))}
          columns={columns}
          rowKey={(s) => s.id}
          caption={t('mentors.statements.caption')}
          empty={t('mentors.statements.empty')}
        />
      </Stack>
    </>
  );
}
