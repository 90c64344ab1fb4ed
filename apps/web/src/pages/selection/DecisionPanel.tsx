import { useState } from 'react';
import { Alert, Button, Code, Group, List, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useIdempotencyKey } from './shared';

type Props = {
  call: Schemas['CallDto'];
  selected: string[];
  /** Names for the ids, to show what was decided. */
  names?: Map<string, string>;
  onDecided: () => void;
};

/** Accept, reject or waitlist the selected applications at once; acceptance may place them in a cohort. */
export function DecisionPanel({ call, selected, names, onDecided }: Props) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const [decision, setDecision] = useState<Schemas['Decision']>('accept');
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<string[] | null>(null);
  const cohorts = useQuery({
    queryKey: [slug, 'cohorts', { programmeId: call.programmeId }],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/cohorts', { params: { path: { slug }, query: { programmeId: call.programmeId, limit: 100 } } })),
  });
  const decide = useMutation({
    mutationFn: () => {
      const body: Schemas['DecideDto'] = { applicationIds: selected, decision, cohortId: decision === 'accept' && cohortId ? cohortId : undefined };
      return unwrap(api.POST('/api/v1/organizations/{slug}/calls/{callId}/decisions', { params: { path: { slug, callId: call.id }, header: { 'Idempotency-Key': idempotencyKey(body) } }, body }));
    },
    onSuccess: (answer) => {
      setResult(answer.decided);
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: [slug, 'applications'] });
      void queryClient.invalidateQueries({ queryKey: [slug, 'calls', call.id] });
      notifications.show({ color: 'green', message: t('selection.decide.done', { count: answer.decided.length, decision: t(`selection.decide.${decision}`) }) });
      onDecided();
    },
  });
  const capacityReached = decide.error instanceof ApiError && decide.error.code === 'CALL_CAPACITY_REACHED';
  const cohortOptions = (cohorts.data?.items ?? []).filter((c) => c.status !== 'completed').map((c) => ({ value: c.id, label: c.name }));

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('selection.decide.title')}</Title>
        <Text size="sm" c="dimmed">{t('selection.decide.selected', { count: selected.length, capacity: call.capacity })}</Text>
        <Group align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="decision-label">{t('selection.decide.decision')}</Text>
            <SegmentedControl
              aria-labelledby="decision-label"
              value={decision}
              onChange={(value) => setDecision(value as Schemas['Decision'])}
              data={(['accept', 'reject', 'waitlist'] as const).map((value) => ({ value, label: t(`selection.decide.${value}`) }))}
            />
          </Stack>
          {decision === 'accept' && (
            <Select
              label={t('selection.decide.cohort')}
              description={t('selection.decide.cohortHint')}
              placeholder={t('selection.decide.noCohort')}
              data={cohortOptions}
              value={cohortId}
              onChange={setCohortId}
              clearable
              w={280}
            />
          )}
          <Button onClick={() => { decide.reset(); setConfirming(true); }} disabled={selected.length === 0}>
            {t('selection.decide.submit', { count: selected.length })}
          </Button>
        </Group>
        {capacityReached && !confirming && (
          <Alert color="red" title={t('selection.decide.capacityTitle')} role="alert">
            {t('errors.CALL_CAPACITY_REACHED')} {t('selection.decide.capacityHint', { capacity: call.capacity })}
          </Alert>
        )}
        {result && (
          <Alert color="green" title={t('selection.decide.resultTitle', { count: result.length })}>
            <List size="sm">
              {result.map((id) => <List.Item key={id}>{names?.get(id) ?? <Code>{id}</Code>}</List.Item>)}
            </List>
          </Alert>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('selection.decide.confirmTitle')}
        confirmLabel={t('selection.decide.submit', { count: selected.length })}
        color={decision === 'reject' ? 'red' : undefined}
        onConfirm={() => decide.mutate()}
        onClose={() => setConfirming(false)}
        pending={decide.isPending}
        error={capacityReached ? undefined : decide.error}
      >
        <Text size="sm">{t('selection.decide.confirmBody', { count: selected.length, decision: t(`selection.decide.${decision}`) })}</Text>
        {capacityReached && (
          <Alert color="red" title={t('selection.decide.capacityTitle')} role="alert">
            {t('errors.CALL_CAPACITY_REACHED')} {t('selection.decide.capacityHint', { capacity: call.capacity })}
          </Alert>
        )}
      </ConfirmModal>
    </Paper>
  );
}
