import { useState } from 'react';
import { Anchor, Box, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import { billingKeys, notifyDone } from './queries';

type Plan = Schemas['RentPlanDto'];

/**
 * On a programme's page (staff): the rent plan its startups lease on while incubating, and the one
 * a graduate's lease moves to from the graduation date. Not set yet is a 404 from the API: an empty form.
 */
export function ProgrammeRentPlansSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const current = useQuery({
    queryKey: billingKeys.programmePlans(slug, programmeId),
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/organizations/{slug}/programmes/{programmeId}/rent-plans', { params: { path: { slug, programmeId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
  const plans = useQuery({
    queryKey: [slug, 'spaces', 'rent-plans'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/rent-plans', { params: { path: { slug } } })),
  });

  return (
    <Box component="section" aria-labelledby="programme-rent-plans">
      <Title order={2} size="h3" id="programme-rent-plans" mb="xs">{t('billing.programme.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('billing.programme.intro')}</Text>
      {current.isPending || plans.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : current.error || plans.error ? (
        <ProblemAlert error={current.error ?? plans.error} />
      ) : plans.data.items.length === 0 ? (
        <Text size="sm">
          {t('billing.programme.noPlans')} <Anchor component={Link} to={`/o/${slug}/rent-plans`}>{t('spaces.nav.plans')}</Anchor>
        </Text>
      ) : (
        <PlansForm key={JSON.stringify(current.data)} programmeId={programmeId} current={current.data} plans={plans.data.items} />
      )}
    </Box>
  );
}

function PlansForm({ programmeId, current, plans }: { programmeId: string; current: Schemas['ProgrammeRentPlansDto'] | null; plans: Plan[] }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [incubationPlanId, setIncubation] = useState<string | null>(current?.incubationPlanId ?? null);
  const [postIncubationPlanId, setPost] = useState<string | null>(current?.postIncubationPlanId ?? null);
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/api/v1/organizations/{slug}/programmes/{programmeId}/rent-plans', {
        params: { path: { slug, programmeId } },
        body: { incubationPlanId: incubationPlanId ?? '', postIncubationPlanId },
      })),
    onSuccess: (saved) => {
      queryClient.setQueryData(billingKeys.programmePlans(slug, programmeId), saved);
      notifyDone(t('billing.programme.saved'));
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  const options = plans.map((plan) => ({ value: plan.id, label: plan.name }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        {!current && <Text size="sm">{t('billing.programme.none')}</Text>}
        <Group align="flex-end" wrap="wrap">
          <Select label={t('billing.programme.incubation')} required data={options} value={incubationPlanId} onChange={setIncubation} error={fieldError('incubationPlanId')} w={280} />
          <Select
            label={t('billing.programme.postIncubation')}
            description={t('billing.programme.postIncubationHint')}
            placeholder={t('billing.programme.keep')}
            clearable
            data={options}
            value={postIncubationPlanId}
            onChange={setPost}
            error={fieldError('postIncubationPlanId')}
            w={280}
          />
        </Group>
        <ProblemAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!incubationPlanId}>{t('billing.programme.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
