import { ActionIcon, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

type Gender = Schemas['Gender'];
export type FounderRow = { key: string; name: string; email: string; role: string; gender: Gender | null; birthYear: number | null; group: string };

const GENDERS: Gender[] = ['female', 'male', 'other', 'prefer_not_to_say'];
let counter = 0;
export const newFounderKey = () => `founder-${++counter}`;

export function founderRows(founders: Schemas['FounderResponseDto'][] | undefined): FounderRow[] {
  const rows = (founders ?? []).map((f) => ({ key: newFounderKey(), name: f.name, email: f.email, role: f.role, gender: f.gender ?? null, birthYear: f.birthYear ?? null, group: f.group ?? '' }));
  return rows.length > 0 ? rows : [{ key: newFounderKey(), name: '', email: '', role: '', gender: null, birthYear: null, group: '' }];
}

const isComplete = (row: FounderRow) => !!row.name.trim() && !!row.email.trim() && !!row.role.trim();

/** The founders the API is sent (rows with name, email and role), and where each came from. */
export function foundersPayload(rows: FounderRow[]): { founders: Schemas['FounderDto'][]; rowIndex: number[] } {
  const complete = rows.map((row, index) => ({ row, index })).filter(({ row }) => isComplete(row));
  return {
    founders: complete.map(({ row }) => ({
      name: row.name.trim(),
      email: row.email.trim(),
      role: row.role.trim(),
      ...(row.gender ? { gender: row.gender } : {}),
      ...(row.birthYear ? { birthYear: row.birthYear } : {}),
      ...(row.group.trim() ? { group: row.group.trim() } : {}),
    })),
    rowIndex: complete.map(({ index }) => index),
  };
}

type Props = {
  rows: FounderRow[];
  onChange: (rows: FounderRow[]) => void;
  /** The API's error for a row's field ("email"), or for the list ("" → "founders"). */
  error: (rowIndex: number | null, field: string) => string | undefined;
};

export function FoundersFields({ rows, onChange, error }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<FounderRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const listError = error(null, '');

  return (
    <Stack gap="sm">
      <div>
        <Title order={2} size="h4">
          {t('account.application.founders')} <Text span c="red" aria-hidden>*</Text>
        </Title>
        <Text size="sm" c="dimmed">{t('account.application.foundersHelp')}</Text>
        {listError && <Text size="sm" c="red" role="alert" id="founders-error">{listError}</Text>}
      </div>
      {rows.map((row, index) => (
        <Card key={row.key} withBorder radius="md" padding="sm" role="group" aria-labelledby={`${row.key}-legend`}>
          <Group justify="space-between" mb={4}>
            <Text id={`${row.key}-legend`} fw={600} size="sm">{t('account.application.founder', { n: index + 1 })}</Text>
            {rows.length > 1 && (
              <ActionIcon variant="subtle" color="red" aria-label={t('account.application.removeFounder', { n: index + 1 })} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t('account.application.founderName')} required value={row.name} onChange={(e) => update(index, { name: e.currentTarget.value })} error={error(index, 'name')} autoComplete="off" />
            <TextInput label={t('account.application.founderEmail')} required type="email" value={row.email} onChange={(e) => update(index, { email: e.currentTarget.value })} error={error(index, 'email')} autoComplete="off" />
            <TextInput label={t('account.application.founderRole')} required description={t('account.application.founderRoleHelp')} value={row.role} onChange={(e) => update(index, { role: e.currentTarget.value })} error={error(index, 'role')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="sm">{t('account.application.selfDeclared')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt={4}>
            <Select
              label={t('account.application.gender')}
              data={GENDERS.map((value) => ({ value, label: t(`account.gender.${value}`) }))}
              value={row.gender}
              onChange={(value) => update(index, { gender: value as Gender | null })}
              clearable
              error={error(index, 'gender')}
            />
            <NumberInput
              label={t('account.application.birthYear')}
              value={row.birthYear ?? ''}
              min={1900}
              max={2100}
              allowDecimal={false}
              thousandSeparator=""
              onChange={(value) => update(index, { birthYear: typeof value === 'number' ? value : null })}
              error={error(index, 'birthYear')}
            />
            <TextInput label={t('account.application.group')} description={t('account.application.groupHelp')} value={row.group} onChange={(e) => update(index, { group: e.currentTarget.value })} error={error(index, 'group')} />
          </SimpleGrid>
        </Card>
      ))}
      <Button
        variant="default"
        leftSection={<IconPlus size={16} />}
        w="fit-content"
        onClick={() => onChange([...rows, { key: newFounderKey(), name: '', email: '', role: '', gender: null, birthYear: null, group: '' }])}
      >
        {t('account.application.addFounder')}
      </Button>
    </Stack>
  );
}
