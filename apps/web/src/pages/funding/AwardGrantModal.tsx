import { useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { decimalToMinor, formatMoney } from '../../format';
import { useLocale } from '../../i18n';
import { FundingProblem } from './FundingProblem';
import { notifyDone } from './notify';
import { grantsKey, useEnrolmentProgramme } from './queries';
import { DATE_TRIGGER, newTranche, TranchesEditor, type TrancheRow } from './TranchesEditor';

type Enrolment = Schemas['TimelineEnrolmentDto'];
type TrancheInput = Schemas['TrancheInputDto'];

/** Awards a grant within the programme's range, in tranches that must sum to it (checked as they type). */
export function AwardGrantModal({ startupId, startupName, enrolments, onClose }: { startupId: string; startupName: string; enrolments: Enrolment[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [enrolmentId, setEnrolmentId] = useState(enrolments[0]?.enrolment.id ?? '');
  const chosen = enrolments.find((e) => e.enrolment.id === enrolmentId);
  const { cohort, programme } = useEnrolmentProgramme(chosen?.cohort.id);
  const policy = programme.data?.grantPolicy;
  const pending = Boolean(chosen) && (cohort.isPending || programme.isPending);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('funding.award.title', { name: startupName })} size="xl">
      <Stack>
        {enrolments.length === 0 && <Alert color="yellow" variant="light">{t('funding.award.notEnrolled')}</Alert>}
        {enrolments.length > 1 && (
          <Select
            label={t('funding.award.enrolment')}
            required
            allowDeselect={false}
            data={enrolments.map((e) => ({ value: e.enrolment.id, label: e.cohort.name }))}
            value={enrolmentId}
            onChange={(value) => value && setEnrolmentId(value)}
          />
        )}
        {pending && <Loader size="sm" aria-label={t('app.loading')} />}
        <FundingProblem error={cohort.error ?? programme.error} />
        {chosen && programme.data && !policy && <Alert color="yellow" variant="light">{t('funding.award.noGrants')}</Alert>}
        {chosen && cohort.data && policy && (
          <AwardForm key={chosen.enrolment.id} startupId={startupId} enrolment={chosen} policy={policy} timezone={cohort.data.timezone} onClose={onClose} />
        )}
        {!(chosen && cohort.data && policy) && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}

function AwardForm({ startupId, enrolment, policy, timezone, onClose }: { startupId: string; enrolment: Enrolment; policy: Schemas['MoneyRangeResponseDto']; timezone: string; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [amount, setAmount] = useState('');
  const [purpose, setPurpose] = useState('');
  const [rows, setRows] = useState<TrancheRow[]>(() => [newTranche()]);
  const [checked, setChecked] = useState(false);
  const currency = policy.currency;
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency }, locale);
  const milestones = enrolment.milestones.filter((m) => !m.dropped).sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  const awardMinor = decimalToMinor(amount, currency);
  const trancheMinors = rows.map((row) => decimalToMinor(row.amount, currency));

  const award = useMutation({
    mutationFn: (body: Schemas['CreateGrantDto']) =>
      unwrap(api.POST('/api/v1/organizations/{slug}/startups/{startupId}/grants', { params: { path: { slug, startupId }, header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: grantsKey(slug, startupId) });
      notifyDone(t('funding.award.done'));
      onClose();
    },
  });
  const apiError = fieldErrorsOf(award.error);

  const localError = (index: number, field: 'amount' | 'trigger' | 'dueOn'): string | undefined => {
    if (!checked) return undefined;
    const row = rows[index];
    if (field === 'amount' && (trancheMinors[index] === null || trancheMinors[index]! <= 0)) return t('funding.award.invalidAmount');
    if (field === 'trigger' && !row.trigger) return t('funding.award.chooseTrigger');
    if (field === 'dueOn' && row.trigger === DATE_TRIGGER && !row.dueOn) return t('funding.award.chooseTrigger');
    return undefined;
  };
  const rowError = (index: number, field: 'amount' | 'trigger' | 'dueOn') =>
    localError(index, field) ?? apiError(`tranches.${index}.${field === 'amount' ? 'amountMinor' : field === 'trigger' ? 'milestoneId' : 'dueOn'}`) ?? (field === 'trigger' ? apiError(`tranches.${index}`) : undefined);

  const submit = () => {
    setChecked(true);
    if (awardMinor === null || awardMinor <= 0) return;
    if (rows.some((_, index) => localError(index, 'amount') ?? localError(index, 'trigger') ?? localError(index, 'dueOn'))) return;
    if (trancheMinors.some((minor) => minor === null || minor <= 0) || rows.some((row) => !row.trigger || (row.trigger === DATE_TRIGGER && !row.dueOn))) return;
    const tranches: TrancheInput[] = rows.map((row, index) => (row.trigger === DATE_TRIGGER ? { amountMinor: trancheMinors[index]!, dueOn: row.dueOn } : { amountMinor: trancheMinors[index]!, milestoneId: row.trigger }));
    award.mutate({ enrolmentId: enrolment.enrolment.id, amount: { amountMinor: awardMinor, currency }, tranches, ...(purpose.trim() ? { purpose: purpose.trim() } : {}) });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack>
        <TextInput
          label={t('funding.award.amount', { currency })}
          description={t('funding.award.range', { min: money(policy.minAmountMinor), max: money(policy.maxAmountMinor) })}
          required
          inputMode="decimal"
          maw={320}
          rightSection={<Text size="xs" c="dimmed">{currency}</Text>}
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          error={(checked && (awardMinor === null || awardMinor <= 0) ? t('funding.award.invalidAmount') : undefined) ?? apiError('amount.amountMinor') ?? apiError('amount.currency')}
        />
        <Textarea label={t('funding.award.purpose')} autosize minRows={1} maxLength={500} value={purpose} onChange={(event) => setPurpose(event.currentTarget.value)} error={apiError('purpose')} />
        <Title order={3} size="h5">{t('funding.award.tranches')}</Title>
        <TranchesEditor rows={rows} onChange={setRows} milestones={milestones} currency={currency} timezone={timezone} errors={rowError} />
        <SumCheck award={awardMinor} tranches={trancheMinors} money={money} />
        <FundingProblem error={award.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" loading={award.isPending}>{t('funding.award.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The live check of the tranches against the award, naming the difference. */
function SumCheck({ award, tranches, money }: { award: number | null; tranches: (number | null)[]; money: (minor: number) => string }) {
  const { t } = useTranslation();
  const known = award !== null && tranches.every((minor) => minor !== null);
  const sum = known ? tranches.reduce<number>((n, minor) => n + minor!, 0) : 0;
  let message = t('funding.award.sumUnknown');
  let color = 'gray';
  if (known && sum === award) {
    message = t('funding.award.sumMatches', { sum: money(sum) });
    color = 'green';
  } else if (known) {
    message = t(sum < award! ? 'funding.award.sumShort' : 'funding.award.sumOver', { sum: money(sum), award: money(award!), difference: money(Math.abs(award! - sum)) });
    color = 'orange';
  }
  return (
    <Alert color={color} variant="light" aria-live="polite" data-testid="tranche-sum">
      <Text size="sm">{message}</Text>
    </Alert>
  );
}
