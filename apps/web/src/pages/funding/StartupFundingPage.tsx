import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Grid, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/ErrorPage';
import { STAFF, hasRole, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { Loading } from '../../session/guards';
import { AwardGrantModal } from './AwardGrantModal';
import { GrantCard } from './GrantCard';
import { PerkUsage, RedemptionList, SectionTitle } from './PerkUsage';
import { useGrants, useRedemptions, useStartup, useTimeline } from './queries';
import { RedeemPerkModal } from './RedeemPerkModal';

/** A startup's grants and perks: staff record them here; its founders read them (down to 390 px). */
export function StartupFundingPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const staff = hasRole(organization, STAFF);
  const { startupId = '' } = useParams();
  const startup = useStartup(startupId);
  const grants = useGrants(startupId);
  const redemptions = useRedemptions(startupId);
  const timeline = useTimeline(startupId);
  const [dialog, setDialog] = useState<'award' | 'redeem' | null>(null);

  if (startup.isPending) return <Loading />;
  if (startup.error) return <QueryError error={startup.error} />;
  const name = startup.data.name;
  const enrolments = timeline.data?.enrolments ?? [];
  const active = enrolments.filter((e) => e.enrolment.status === 'active');
  const milestoneTitles = new Map(enrolments.flatMap((e) => e.milestones.map((m) => [m.id, m.title] as const)));

  return (
    <>
      <PageHeader
        title={t('funding.page.title', { name })}
        description={
          <>
            {t('funding.page.description')}{' '}
            <Anchor component={Link} to={`/o/${slug}/startups/${startupId}`} size="sm" underline="always">{t('funding.page.backToStartup', { name })}</Anchor>
          </>
        }
        actions={
          staff && (
            <>
              <Button onClick={() => setDialog('award')} disabled={!timeline.data}>{t('funding.award.open')}</Button>
              <Button variant="light" onClick={() => setDialog('redeem')} disabled={!timeline.data || !redemptions.data}>{t('funding.redeem.open')}</Button>
            </>
          )
        }
      />
      {!staff && <Alert variant="light" color="blue" mb="md">{t('funding.page.readOnly')}</Alert>}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Section id="funding-grants" title={t('funding.grants.heading')}>
            {grants.isPending ? (
              <Loading />
            ) : grants.error ? (
              <ProblemAlert error={grants.error} />
            ) : grants.data.items.length === 0 ? (
              <Text size="sm" c="dimmed">{t('funding.grants.empty')}</Text>
            ) : (
              <Stack gap="md">
                {grants.data.items.map((grant) => <GrantCard key={grant.id} grant={grant} milestoneTitles={milestoneTitles} staff={staff} />)}
              </Stack>
            )}
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section id="funding-perks" title={t('funding.perks.heading')}>
            {redemptions.isPending ? (
              <Loading />
            ) : redemptions.error ? (
              <ProblemAlert error={redemptions.error} />
            ) : (
              <Stack gap="md">
                <div>
                  <SectionTitle id="funding-usage" level={3}>{t('funding.perks.usageHeading')}</SectionTitle>
                  <PerkUsage usage={redemptions.data.usage} />
                </div>
                <div>
                  <SectionTitle id="funding-redemptions" level={3}>{t('funding.perks.redemptionsHeading')}</SectionTitle>
                  <RedemptionList items={redemptions.data.items} />
                </div>
                <Anchor component={Link} to={`/o/${slug}/perks`} size="sm">{t('funding.perks.catalogueLink')}</Anchor>
              </Stack>
            )}
          </Section>
        </Grid.Col>
      </Grid>
      {dialog === 'award' && <AwardGrantModal startupId={startupId} startupName={name} enrolments={active} onClose={() => setDialog(null)} />}
      {dialog === 'redeem' && redemptions.data && (
        <RedeemPerkModal startupId={startupId} startupName={name} enrolments={active} usage={redemptions.data.usage} onClose={() => setDialog(null)} />
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={id}>
      <SectionTitle id={id}>{title}</SectionTitle>
      {children}
    </Paper>
  );
}
