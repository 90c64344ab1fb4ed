import { Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../components/ErrorPage';
import { MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from '../../session/guards';
import { KindBadge } from './badges';
import { ProfileForm } from './ProfileForm';
import { useMyProfile } from './queries';
import { RatesList } from './RatesList';
import { Section } from './Section';

/** The mentor's own profile here: bio and tags are theirs to change; the rest is set by staff. */
export function MyMentorProfilePage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const profile = useMyProfile();
  if (profile.isPending) return <Loading />;
  if (profile.error) return <QueryError error={profile.error} />;
  const data = profile.data;
  return (
    <>
      <PageHeader
        title={t('mentors.myProfile.title')}
        description={<Anchor component={Link} to={`/o/${slug}/mentoring`} size="sm" underline="always">{t('mentors.mentoring.back')}</Anchor>}
        actions={<KindBadge kind={data.kind} />}
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Section id="my-profile-edit" title={t('mentors.myProfile.about')}>
            <ProfileForm key={data.updatedAt} profile={data} staff={false} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section id="my-profile-terms" title={t('mentors.myProfile.terms')}>
            <Stack gap="xs">
              <Group justify="space-between"><Text size="sm">{t('mentors.profile.capacity')}</Text><Text size="sm" fw={600}>{t('mentors.profile.capacityOf', { active: data.activeAssignments, capacity: data.capacity })}</Text></Group>
              <Group justify="space-between"><Text size="sm">{t('mentors.profile.currentRate')}</Text><Text size="sm" fw={600}>{data.currentRate ? <MoneyText value={data.currentRate.rate} /> : t('mentors.profile.noRate')}</Text></Group>
              <RatesList rates={data.rates} caption={t('mentors.rates.heading')} />
              <Text size="xs" c="dimmed">{t('mentors.myProfile.setByStaff')}</Text>
            </Stack>
          </Section>
        </Grid.Col>
      </Grid>
    </>
  );
}
