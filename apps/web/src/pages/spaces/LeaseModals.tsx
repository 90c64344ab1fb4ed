import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf, ProblemAlert, useProblemMessage } from '../../components/problem';
import { notifyDone, spaceKeys, todayIn, useRentPlans, useSpaces, useStartupNames } from './queries';

export function NewLeaseModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const startups = useStartupNames();
  const spaces = useSpaces();
  const plans = useRentPlans();
  const [startupId, setStartupId] = useState<string | null>(null);
  const [spaceId, setSpaceId] = useState<string | null>(null);
  const [planId, setPlanId] = useState<string | null>(null);
  const [desks, setDesks] = useState<number | string>('');
  const [startsOn, setStartsOn] = useState(todayIn(timezone));
  const [endsOn, setEndsOn] = useState('');
  const space = spaces.data?.items.find((s) => s.id === spaceId);
  const deskArea = space?.kind === 'desk_area';
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{slug}/leases', {
        params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey } },
        body: { startupId: startupId ?? '', spaceId: spaceId ?? '', planId: planId ?? '', startsOn, endsOn: endsOn || null, desks: deskArea ? Number(desks) : undefined },
      })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: spaceKeys.all(slug) });
      notifyDone(t('spaces.leases.created'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('spaces.leases.new')}>
      <form onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
        <Stack>
          <Select label={t('spaces.leases.startup')} required searchable data={(startups.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))} value={startupId} onChange={setStartupId} error={fieldError('startupId')} />
          <Select label={t('spaces.leases.space')} required searchable data={(spaces.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${t(`spaces.kinds.${s.kind}`)})` }))} value={spaceId} onChange={setSpaceId} error={fieldError('spaceId')} />
          {deskArea && <NumberInput label={t('spaces.leases.desks')} description={t('spaces.leases.desksOf', { count: space.capacity })} required min={1} max={space.capacity} allowDecimal={false} value={desks} onChange={setDesks} error={fieldError('desks')} />}
          <Select label={t('spaces.leases.plan')} required data={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} value={planId} onChange={setPlanId} error={fieldError('planId')} />
          <TextInput type="date" label={t('spaces.leases.startsOn')} required value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} error={fieldError('startsOn')} />
          <TextInput type="date" label={t('spaces.leases.endsOn')} description={t('spaces.leases.endsOnHint')} value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} error={fieldError('endsOn')} />
          <ProblemAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('spaces.leases.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function earliestOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'NOTICE_REQUIRED') return null;
  const earliest: unknown = (error.problem as Record<string, unknown>).earliestEndsOn;
  return typeof earliest === 'string' ? earliest : null;
}

export function EndLeaseModal({ lease, startupName, onClose }: { lease: Schemas['LeaseDto']; startupName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const [endsOn, setEndsOn] = useState(todayIn(timezone));
  const [reason, setReason] = useState('');
  const [needsReason, setNeedsReason] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PATCH('/api/v1/organizations/{slug}/leases/{leaseId}', { params: { path: { slug, leaseId: lease.id } }, body: { endsOn, reason: reason || undefined } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: spaceKeys.all(slug) });
      notifyDone(t('spaces.leases.ended'));
      onClose();
    },
    onError: (error) => {
      if (earliestOf(error) !== null) setNeedsReason(true);
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  const problemMessage = useProblemMessage();
  const earliest = earliestOf(save.error);
  const locked = save.error instanceof ApiError && save.error.code === 'PERIOD_LOCKED';
  // Both refusals are about the last day: told beside it (the notice names the earliest day without a reason).
  const endsOnError = fieldError('endsOn') ?? (earliest ? <>{t('spaces.leases.noticeEarliest')} <Day value={earliest} />. {t('spaces.leases.noticeReason')}</> : locked ? problemMessage(save.error) : undefined);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('spaces.leases.endTitle', { space: lease.spaceName, startup: startupName })}>
      <form onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
        <Stack>
          <TextInput type="date" label={t('spaces.leases.lastDay')} required value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} error={endsOnError} />
          {!earliest && !locked && <ProblemAlert error={save.error} />}
          {(needsReason || reason) && <Textarea label={t('spaces.leases.reason')} required={needsReason} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldError('reason')} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('spaces.leases.end')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
