import { useState } from 'react';
import { Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import { PhasesEditor } from './PhasesEditor';
import { moneyErrors, PROGRAMME_TYPES, type ProgrammeFormState } from './programme-form';
import { RubricEditor } from './RubricEditor';
import { currencyOptions } from './shared';

type Props = {
  initial: ProgrammeFormState;
  defaultCurrency: string;
  onSubmit: (state: ProgrammeFormState) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onCancel?: () => void;
};

/** Create and edit a programme: its phases, rubric, equity policy, grant range and perk cap. */
export function ProgrammeForm({ initial, defaultCurrency, onSubmit, pending, error, submitLabel, onCancel }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState(initial);
  const [localMoney, setLocalMoney] = useState<Record<string, true>>({});
  const apiError = fieldErrorsOf(error);
  const fieldError = (field: string) => (localMoney[field] ? t('selection.money.invalid') : apiError(field));
  const set = <K extends keyof ProgrammeFormState>(key: K, value: ProgrammeFormState[K]) => setState((current) => ({ ...current, [key]: value }));
  const currencies = currencyOptions(defaultCurrency);
  const types = PROGRAMME_TYPES.map((type) => ({ value: type, label: t(`selection.programmeType.${type}`) }));
  const equityKinds = (['none', 'range', 'fixed_after'] as const).map((kind) => ({ value: kind, label: t(`selection.equity.kind.${kind}`) }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const invalid = moneyErrors(state);
    setLocalMoney(invalid);
    if (Object.keys(invalid).length === 0) onSubmit(state);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Fieldset legend={t('selection.programme.basics')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('selection.programme.name')} value={state.name} onChange={(e) => set('name', e.currentTarget.value)} error={fieldError('name')} required />
              <Select label={t('selection.programme.type')} data={types} value={state.type} onChange={(v) => v && set('type', v as ProgrammeFormState['type'])} error={fieldError('type')} allowDeselect={false} />
            </SimpleGrid>
            <Textarea label={t('selection.programme.description')} value={state.description} onChange={(e) => set('description', e.currentTarget.value)} error={fieldError('description')} autosize minRows={2} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('selection.programme.phases')}>
          <PhasesEditor phases={state.phases} onChange={(phases) => set('phases', phases)} fieldError={fieldError} />
        </Fieldset>

        <Fieldset legend={t('selection.programme.rubric')}>
          <Text size="sm" c="dimmed" mb="xs">{t('selection.programme.rubricHint')}</Text>
          <RubricEditor rows={state.rubric} onChange={(rubric) => set('rubric', rubric)} field="rubric" fieldError={fieldError} />
        </Fieldset>

        <Fieldset legend={t('selection.programme.equity')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">{t('selection.equity.bpsHint')}</Text>
            <Select label={t('selection.equity.policy')} data={equityKinds} value={state.equity.kind} onChange={(v) => v && set('equity', { ...state.equity, kind: v as ProgrammeFormState['equity']['kind'] })} error={fieldError('equityPolicy.kind')} allowDeselect={false} w={280} />
            {state.equity.kind === 'range' && (
              <Group align="flex-start" wrap="wrap">
                <NumberInput label={t('selection.equity.minBps')} value={state.equity.minBps} onChange={(v) => set('equity', { ...state.equity, minBps: v })} error={fieldError('equityPolicy.minBps')} min={0} max={10000} allowDecimal={false} required w={240} />
                <NumberInput label={t('selection.equity.maxBps')} value={state.equity.maxBps} onChange={(v) => set('equity', { ...state.equity, maxBps: v })} error={fieldError('equityPolicy.maxBps')} min={0} max={10000} allowDecimal={false} required w={240} />
                <Checkbox label={t('selection.equity.neverMajority')} checked={state.equity.neverMajority} onChange={(e) => set('equity', { ...state.equity, neverMajority: e.currentTarget.checked })} error={fieldError('equityPolicy.neverMajority')} mt={30} />
              </Group>
            )}
            {state.equity.kind === 'fixed_after' && (
              <Group align="flex-start" wrap="wrap">
                <NumberInput label={t('selection.equity.bps')} value={state.equity.bps} onChange={(v) => set('equity', { ...state.equity, bps: v })} error={fieldError('equityPolicy.bps')} min={0} max={10000} allowDecimal={false} required w={240} />
                <NumberInput label={t('selection.equity.afterMonths')} value={state.equity.afterMonths} onChange={(v) => set('equity', { ...state.equity, afterMonths: v })} error={fieldError('equityPolicy.afterMonths')} min={0} allowDecimal={false} required w={200} />
              </Group>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('selection.programme.money')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">{t('selection.money.hint')}</Text>
            <Group align="flex-start" wrap="wrap">
              <TextInput label={t('selection.money.grantMin')} inputMode="decimal" value={state.grant.min} onChange={(e) => set('grant', { ...state.grant, min: e.currentTarget.value })} error={fieldError('grantPolicy.minAmountMinor')} w={180} />
              <TextInput label={t('selection.money.grantMax')} inputMode="decimal" value={state.grant.max} onChange={(e) => set('grant', { ...state.grant, max: e.currentTarget.value })} error={fieldError('grantPolicy.maxAmountMinor')} w={180} />
              <Select label={t('selection.money.grantCurrency')} data={currencies} value={state.grant.currency} onChange={(v) => v && set('grant', { ...state.grant, currency: v })} error={fieldError('grantPolicy.currency')} searchable allowDeselect={false} w={130} />
            </Group>
            <Group align="flex-start" wrap="wrap">
              <TextInput label={t('selection.money.perkCap')} inputMode="decimal" value={state.perkCap.amount} onChange={(e) => set('perkCap', { ...state.perkCap, amount: e.currentTarget.value })} error={fieldError('perkCap.amountMinor')} w={180} />
              <Select label={t('selection.money.perkCurrency')} data={currencies} value={state.perkCap.currency} onChange={(v) => v && set('perkCap', { ...state.perkCap, currency: v })} error={fieldError('perkCap.currency')} searchable allowDeselect={false} w={130} />
            </Group>
          </Stack>
        </Fieldset>

        <ProblemAlert error={error} />
        <Group>
          <Button type="submit" loading={pending}>{submitLabel}</Button>
          {onCancel && <Button variant="default" onClick={onCancel} disabled={pending}>{t('actions.cancel')}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
