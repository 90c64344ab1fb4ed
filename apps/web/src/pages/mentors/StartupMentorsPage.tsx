import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/ErrorPage';
import { STAFF, hasRole, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from '../../session/guards';
import { useStartup } from './queries';
import { StartupMentorsFounder } from './StartupMentorsFounder';
import { StartupMentorsStaff } from './StartupMentorsStaff';

/** A startup's mentors: staff match and assign; its founders read them and answer logged sessions. */
export function StartupMentorsPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const staff = hasRole(organization, STAFF);
  const { startupId = '' } = useParams();
  const startup = useStartup(startupId);
  if (startup.isPending) return <Loading />;
  if (startup.error) return <QueryError error={startup.error} />;
  const name = startup.data.name;
  return (
    <>
      <PageHeader
        title={t('mentors.startup.title', { name })}
        description={
          <>
            {t(staff ? 'mentors.startup.staffDescription' : 'mentors.startup.founderDescription')}{' '}
            <Anchor component={Link} to={`/o/${slug}/startups/${startupId}`} size="sm" underline="always">{t('mentors.startup.back', { name })}</Anchor>
          </>
        }
      />
      {staff ? <StartupMentorsStaff startupId={startupId} startupName={name} /> : <StartupMentorsFounder startupId={startupId} />}
    </>
  );
}
