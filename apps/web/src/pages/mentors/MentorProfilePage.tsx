import { useState } from 'react';
import { Anchor, Button, Grid, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from '../../session/guards';
import { ActiveBadge, KindBadge } from './badges';
import { FeeTermsModal } from './FeeTermsModal';
import { ProfileForm } from './ProfileForm';
import { useMentorProfile } from './queries';
import { RateModal } from './RateModal';
import { RatesList } from './RatesList';
import { Section } from './Section';
import { SessionsTable } from './SessionsTable';

/** Staff's view of one mentor: the profile, the rate history, success-fee terms and their sessions. */
export function MentorProfilePage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { profileId = '' } = useParams();
  const profile = useMentorProfile(profileId);
  const programmes = useQuery({
    queryKey: [slug, 'programmes', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/programmes', { params: { path: { slug }, query: { limit: 100 } } })),
  });
  const [dialog, setDialog] = useState<'rate' | 'fee' | null>(null);
  if (profile.isPending) return <Loading />;
  if (profile.error) return <QueryError error={profile.error} />;
  const data = profile.data;
  const programmeOptions = (programmes.data?.items ?? []).map((programme) => ({ value: programme.id, label: programme.name }));
  const programmeName = (id: string | null) => (id ? (programmeOptions.find((option) => option.value === id)?.label ?? id) : t('mentors.fees.general'));

  return (
    <>
      <PageHeader
        title={data.name}
        description={
          <>
            {data.email} · <Anchor component={Link} to={`/o/${slug}/mentors`} size="sm" underline="always">{t('mentors.profile.backToPool')}</Anchor>
          </>
        }
        actions={
          <Group gap={6}>
            <KindBadge kind={data.kind} />
            <ActiveBadge active={data.active} />
          </Group>
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section id="profile-edit" title={t('mentors.profile.heading')}>
            <Text size="sm" mb="sm">{t('mentors.profile.capacityOf', { active: data.activeAssignments, capacity: data.capacity })}</Text>
            <ProfileForm key={data.updatedAt} profile={data} staff />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <Section id="profile-rates" title={t('mentors.rates.heading')} actions={<Button size="xs" onClick={() => setDialog('rate')}>{t('mentors.rates.open')}</Button>}>
              <Text size="sm" mb="xs">
                {t('mentors.profile.currentRate')}: <strong>{data.currentRate ? <MoneyText value={data.currentRate.rate} /> : t('mentors.profile.noRate')}</strong>
              </Text>
              <RatesList rates={data.rates} caption={t('mentors.rates.caption')} />
            </Section>
            <Section id="profile-fees" title={t('mentors.fees.heading')} actions={<Button size="xs" variant="light" onClick={() => setDialog('fee')}>{t('mentors.fees.open')}</Button>}>
              {data.feeTerms.length === 0 ? (
                <Text size="sm" c="dimmed">{t('mentors.fees.empty')}</Text>
              ) : (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('mentors.fees.programme')}</Table.Th>
                      <Table.Th>{t('mentors.fees.amount')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.feeTerms.map((terms) => (
                      <Table.Tr key={terms.id}>
                        <Table.Td>{programmeName(terms.programmeId)}</Table.Td>
                        <Table.Td><MoneyText value={terms.amount} /></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={12}>
          <Section id="profile-sessions" title={t('mentors.profile.sessions')}>
            <SessionsTable caption={t('mentors.profile.sessions')} show={{ startup: true }} filters={{ mentorProfileId: data.id }} />
          </Section>
        </Grid.Col>
      </Grid>
      {dialog === 'rate' && <RateModal profile={data} onClose={() => setDialog(null)} />}
      {dialog === 'fee' && <FeeTermsModal profile={data} programmes={programmeOptions} onClose={() => setDialog(null)} />}
    </>
  );
}
