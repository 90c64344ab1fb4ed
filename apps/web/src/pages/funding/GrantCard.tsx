import { useState } from 'react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { DateTime, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { useLocale } from '../../i18n';
import { formatDay, formatMoney } from '../../format';
import { GrantStateBadge, TrancheStatusBadge } from './badges';
import { DisburseTrancheModal } from './DisburseTrancheModal';

type Grant = Schemas['GrantDto'];
type Tranche = Schemas['GrantTrancheDto'];

/** One grant: its state, what is paid and payable, and each tranche with its trigger and payment. */
export function GrantCard({ grant, milestoneTitles, staff }: { grant: Grant; milestoneTitles: Map<string, string>; staff: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `grant-${grant.id}`;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={headingId}>{t('funding.grants.title', { amount: formatMoney(grant.amount, locale) })}</Title>
          <GrantStateBadge state={grant.state} />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <Figure label={t('funding.grants.awarded')}><MoneyText value={grant.amount} /></Figure>
          <Figure label={t('funding.grants.paid')}><MoneyText value={grant.disbursed} /></Figure>
          <Figure label={t('funding.grants.payable')}><MoneyText value={grant.payable} /></Figure>
        </SimpleGrid>
        {grant.purpose && <Text size="sm"><Text span fw={600}>{t('funding.grants.purpose')}:</Text> {grant.purpose}</Text>}
        <Text size="xs" c="dimmed">{t('funding.grants.awardedOn')} <DateTime value={grant.createdAt} /></Text>
        <Title order={4} size="h5">{t('funding.grants.tranches')}</Title>
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {grant.tranches.map((tranche) => (
            <TrancheRow key={tranche.id} grant={grant} tranche={tranche} milestoneTitle={tranche.milestoneId ? milestoneTitles.get(tranche.milestoneId) : undefined} staff={staff} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600}>{children}</Text>
    </div>
  );
}

function TrancheRow({ grant, tranche, milestoneTitle, staff }: { grant: Grant; tranche: Tranche; milestoneTitle?: string; staff: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug } = useOrganization();
  const [disbursing, setDisbursing] = useState(false);
  const trigger = tranche.milestoneId ? (
    <Anchor component={Link} to={`/o/${slug}/milestones/${tranche.milestoneId}`} size="sm">
      {milestoneTitle ? t('funding.grants.onMilestone', { title: milestoneTitle }) : t('funding.grants.onMilestoneUnknown')}
    </Anchor>
  ) : (
    <Text size="sm">{t('funding.grants.onDate', { date: formatDay(tranche.dueOn, locale) })}</Text>
  );
  return (
    <Paper component="li" withBorder p="xs" radius="sm" data-testid="tranche">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>{t('funding.grants.tranche', { position: tranche.position })}</Text>
            <Text size="sm" fw={600}><MoneyText value={tranche.amount} /></Text>
            <TrancheStatusBadge status={tranche.status} />
          </Group>
          {trigger}
          {tranche.status === 'payable' && tranche.payableSince && (
            <Text size="xs" c="dimmed">{t('funding.grants.payableSince')} <DateTime value={tranche.payableSince} /></Text>
          )}
          {tranche.status === 'disbursed' && (
            <Text size="xs">
              {t('funding.grants.disbursedOn', { date: formatDay(tranche.disbursedOn, locale) })}
              {tranche.bankReference && <> · {t('funding.grants.reference', { reference: tranche.bankReference })}</>}
            </Text>
          )}
        </Stack>
        {staff && tranche.status === 'payable' && (
          <Button size="xs" onClick={() => setDisbursing(true)} aria-label={t('funding.disburse.openLabel', { position: tranche.position })}>
            {t('funding.disburse.open')}
          </Button>
        )}
      </Group>
      {disbursing && <DisburseTrancheModal grant={grant} tranche={tranche} onClose={() => setDisbursing(false)} />}
    </Paper>
  );
}
