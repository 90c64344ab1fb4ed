import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useOrganization } from '../../components/organization';

/** A founder's start page in the organization: the way to their startup. */
export function FounderHome() {
  const { t } = useTranslation();
  const { slug, name } = useOrganization();
  return (
    <>
      <PageHeader title={t('organization.founderHome.title')} description={name} />
      <Card withBorder padding="lg" maw={560}>
        <Stack>
          <Text>{t('organization.founderHome.body')}</Text>
          <Group>
            <Button component={Link} to={`/o/${slug}/startups`}>{t('organization.founderHome.openMany')}</Button>
            <Button component={Link} to="/me/applications" variant="default">{t('organization.founderHome.applications')}</Button>
          </Group>
        </Stack>
      </Card>
    </>
  );
}
