import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';

type Answer = Schemas['ApplicationDto']['answers'][string];

/** An answer as its question type reads: yes/no in words, choices as tags, links as links. */
function AnswerValue({ question, value }: { question: Schemas['QuestionResponseDto'] | undefined; value: Answer | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <Text c="dimmed" size="sm">{t('selection.application.noAnswer')}</Text>;
  if (Array.isArray(value)) return <Group gap={4}>{value.map((v) => <Badge key={v} variant="outline">{v}</Badge>)}</Group>;
  if (typeof value === 'boolean') return <Text>{value ? t('selection.yes') : t('selection.no')}</Text>;
  if (typeof value === 'number') return <Text>{formatNumber(value, locale)}</Text>;
  if (question?.type === 'url' && /^https?:\/\//i.test(value)) return <Anchor href={value} target="_blank" rel="noopener noreferrer">{value}</Anchor>;
  if (question?.type === 'single_choice') return <Badge variant="outline">{value}</Badge>;
  return <Text style={{ whiteSpace: 'pre-wrap' }}>{value}</Text>;
}

/** An application as staff and reviewers read it: the profile, the answers in the call's order, the founders. */
export function ApplicationView({ application, questions }: { application: Schemas['ApplicationDto']; questions: Schemas['QuestionResponseDto'][] }) {
  const { t } = useTranslation();
  const known = new Set(questions.map((q) => q.key));
  const extra = Object.keys(application.answers).filter((key) => !known.has(key));
  const founders = application.founders;
  const hasDemographics = founders?.some((f) => f.gender != null || f.birthYear != null || f.group != null);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Fact label={t('selection.application.sector')} value={application.sector} />
        <Fact label={t('selection.application.stage')} value={application.stage ? t(`selection.stage.${application.stage}`) : null} />
        <Fact label={t('selection.application.teamSize')} value={application.teamSize?.toString() ?? null} />
      </SimpleGrid>
      <section>
        <Title order={2} size="h4" mb={4}>{t('selection.application.idea')}</Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{application.idea || '—'}</Text>
      </section>
      {application.previousExperience && (
        <section>
          <Title order={2} size="h4" mb={4}>{t('selection.application.previousExperience')}</Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{application.previousExperience}</Text>
        </section>
      )}
      <section>
        <Title order={2} size="h4" mb="xs">{t('selection.application.answers')}</Title>
        <Stack gap="sm">
          {questions.map((q) => (
            <Card key={q.key} withBorder padding="sm">
              <Text fw={600} size="sm" mb={4}>{q.label}</Text>
              <AnswerValue question={q} value={application.answers[q.key]} />
            </Card>
          ))}
          {extra.map((key) => (
            <Card key={key} withBorder padding="sm">
              <Text fw={600} size="sm" mb={4}>{key}</Text>
              <AnswerValue question={undefined} value={application.answers[key]} />
            </Card>
          ))}
        </Stack>
      </section>
      {founders ? (
        <section>
          <Title order={2} size="h4" mb="xs">{t('selection.application.founders')}</Title>
          <Table.ScrollContainer minWidth={500}>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('selection.founder.name')}</Table.Th>
                  <Table.Th>{t('selection.founder.role')}</Table.Th>
                  <Table.Th>{t('selection.founder.email')}</Table.Th>
                  {hasDemographics && <Table.Th>{t('selection.founder.gender')}</Table.Th>}
                  {hasDemographics && <Table.Th>{t('selection.founder.birthYear')}</Table.Th>}
                  {hasDemographics && <Table.Th>{t('selection.founder.group')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {founders.map((f) => (
                  <Table.Tr key={f.email}>
                    <Table.Td>{f.name}</Table.Td>
                    <Table.Td>{f.role}</Table.Td>
                    <Table.Td>{f.email}</Table.Td>
                    {hasDemographics && <Table.Td>{f.gender ? t(`selection.gender.${f.gender}`) : '—'}</Table.Td>}
                    {hasDemographics && <Table.Td>{f.birthYear ?? '—'}</Table.Td>}
                    {hasDemographics && <Table.Td>{f.group ?? '—'}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ) : (
        <Text size="sm" c="dimmed">{t('selection.application.blind')}</Text>
      )}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fw={600}>{value || '—'}</Text>
    </Card>
  );
}
