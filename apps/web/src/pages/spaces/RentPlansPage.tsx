import { useState } from 'react';
import { Button, Card, Group, Loader, Modal, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { fieldErrorsOf, ProblemAlert, useProblemMessage } from '../../components/problem';
import { decimalToMinor } from '../../format';
import { notifyDone, spaceKeys, todayIn, useRentPlans } from './queries';

type Plan = Schemas['RentPlanDto'];
type Kind = Schemas['RentPlanKind'];
const KINDS: Kind[] = ['free', 'share_of_market', 'fixed'];

/** The terms' inputs for a kind: a share in % (sent as basis points) or a fixed amount. */
function TermsFields({ kind, share, setShare, amount, setAmount, currency, fieldError }: { kind: Kind; share: number | string; setShare: (v: number | string) => void; amount: string; setAmount: (v: string) => void; currency: string; fieldError: (f: string) => string | undefined }) {
  const { t } = useTranslation();
  if (kind === 'share_of_market') return <NumberInput label={t('spaces.plans.sharePercent')} required min={0} max={1000} decimalScale={2} suffix=" %" value={share} onChange={setShare} error={fieldError('terms.shareBps') ?? fieldError('shareBps')} />;
  if (kind === 'fixed') return <TextInput label={t('spaces.plans.fixedAmount', { currency })} required inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={fieldError('terms.amount.amountMinor') ?? fieldError('amount.amountMinor') ?? (amount && decimalToMinor(amount, currency) === null ? t('spaces.rate.invalid') : undefined)} />;
  return null;
}

function termsBody(kind: Kind, effectiveFrom: string, share: number | string, amount: string, currency: string): Schemas['RentPlanTermsInputDto'] {
  if (kind === 'share_of_market') return { effectiveFrom, shareBps: Math.round(Number(share) * 100) };
  if (kind === 'fixed') return { effectiveFrom, amount: { amountMinor: decimalToMinor(amount, currency) ?? 0, currency } };
  return { effectiveFrom };
}

function PlanModal({ plan, onClose }: { plan?: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone, defaultCurrency } = useOrganization();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>(plan?.kind ?? 'free');
  const [noticeDays, setNotice] = useState<number | string>(30);
  const [effectiveFrom, setFrom] = useState(todayIn(timezone));
  const [share, setShare] = useState<number | string>('');
  const [amount, setAmount] = useState('');
  const currency = plan?.terms.at(-1)?.amount?.currency ?? defaultCurrency;
  const terms = termsBody(kind, effectiveFrom, share, amount, currency);
  const save = useMutation({
    mutationFn: () =>
      plan
        ? unwrap(api.POST('/api/v1/organizations/{slug}/rent-plans/{planId}/terms', { params: { path: { slug, planId: plan.id }, header: { 'Idempotency-Key': idempotencyKey } }, body: terms }))
        : unwrap(api.POST('/api/v1/organizations/{slug}/rent-plans', { params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey } }, body: { name, kind, noticeDays: Number(noticeDays), terms } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: spaceKeys.plans(slug) });
      notifyDone(plan ? t('spaces.plans.termsAdded') : t('spaces.plans.added'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  const problemMessage = useProblemMessage();
  const exists = save.error instanceof ApiError && save.error.code === 'TERMS_EXIST';
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={plan ? t('spaces.plans.addTermsTo', { name: plan.name }) : t('spaces.plans.new')}>
      <form onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
        <Stack>
          {!plan && (
            <>
              <TextInput label={t('spaces.plans.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} />
              <Select label={t('spaces.plans.kind')} required data={KINDS.map((value) => ({ value, label: t(`spaces.planKinds.${value}`) }))} value={kind} onChange={(value) => value && setKind(value as Kind)} error={fieldError('kind')} />
              <NumberInput label={t('spaces.plans.noticeDays')} required min={0} allowDecimal={false} value={noticeDays} onChange={setNotice} error={fieldError('noticeDays')} />
            </>
          )}
          <TextInput type="date" label={t('spaces.plans.from')} required value={effectiveFrom} onChange={(e) => setFrom(e.currentTarget.value)} error={fieldError('terms.effectiveFrom') ?? fieldError('effectiveFrom') ?? (exists ? problemMessage(save.error) : undefined)} />
          <TermsFields kind={kind} share={share} setShare={setShare} amount={amount} setAmount={setAmount} currency={currency} fieldError={fieldError} />
          {!exists && <ProblemAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{plan ? t('spaces.plans.addTerms') : t('spaces.plans.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function RentPlansPage() {
  const { t } = useTranslation();
  const plans = useRentPlans();
  const [modal, setModal] = useState<Plan | 'new' | null>(null);
  return (
    <>
      <PageHeader title={t('spaces.plans.title')} actions={<Button leftSection={<IconPlus size={16} />} onClick={() => setModal('new')}>{t('spaces.plans.new')}</Button>} />
      {plans.isPending ? (
        <Loader />
      ) : plans.isError ? (
        <QueryError error={plans.error} />
      ) : plans.data.items.length === 0 ? (
        <Text c="dimmed">{t('spaces.plans.empty')}</Text>
      ) : (
        <Stack>
          {plans.data.items.map((plan) => (
            <Card withBorder key={plan.id}>
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4">{plan.name}</Title>
                <Button size="xs" variant="light" onClick={() => setModal(plan)} aria-label={t('spaces.plans.addTermsTo', { name: plan.name })}>{t('spaces.plans.addTerms')}</Button>
              </Group>
              <Text size="sm">{t(`spaces.planKinds.${plan.kind}`)} · {t('spaces.plans.notice', { count: plan.noticeDays })}</Text>
              <Table mt="xs">
                <Table.Caption>{t('spaces.plans.termsOf', { name: plan.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('spaces.plans.from')}</Table.Th>
                    <Table.Th>{t('spaces.plans.terms')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.terms.map((terms) => (
                    <Table.Tr key={terms.id}>
                      <Table.Td><Day value={terms.effectiveFrom} /></Table.Td>
                      <Table.Td>
                        {terms.shareBps !== null ? t('spaces.plans.shareOf', { percent: terms.shareBps / 100 }) : terms.amount ? <><MoneyText value={terms.amount} /> {t('spaces.plans.perMonth')}</> : t('spaces.planKinds.free')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          ))}
        </Stack>
      )}
      {modal && <PlanModal plan={modal === 'new' ? undefined : modal} onClose={() => setModal(null)} />}
    </>
  );
}
