import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import type { Answer } from './QuestionField';

type Application = Schemas['ApplicationDto'];
type Question = Schemas['QuestionResponseDto'];

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>{label}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{children}</Text>
    </div>
  );
}

/** A submitted (or withdrawn) application as text: it can no longer change. */
export function ApplicationSummary({ application, questions }: { application: Application; questions: Question[] | null }) {
  const { t } = useTranslation();
  const none = t('account.application.noAnswer');
  const show = (answer: Answer | undefined) =>
    answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0) ? none
    : answer === true ? t('account.application.yes')
    : answer === false ? t('account.application.no')
    : Array.isArray(answer) ? answer.join(', ')
    : String(answer);
  const asked = questions ?? Object.keys(application.answers).map((key) => ({ key, label: key }));

  return (
    <Stack gap="lg">
      <Card withBorder radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('account.application.startup')}</Title>
          <Item label={t('account.application.startupName')}>{application.startupName || none}</Item>
          <Item label={t('account.application.sector')}>{application.sector || none}</Item>
          <Item label={t('account.application.stage')}>{application.stage ? t(`account.stage.${application.stage}`) : none}</Item>
          <Item label={t('account.application.teamSize')}>{application.teamSize ?? none}</Item>
          <Item label={t('account.application.idea')}>{application.idea || none}</Item>
          <Item label={t('account.application.previousExperience')}>{application.previousExperience || none}</Item>
        </Stack>
      </Card>
      <Card withBorder radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('account.application.founders')}</Title>
          {(application.founders ?? []).length === 0 && <Text size="sm">{none}</Text>}
          {(application.founders ?? []).map((founder, index) => (
            <Item key={`${founder.email}-${index}`} label={t('account.application.founder', { n: index + 1 })}>
              {founder.name} · {founder.role} · {founder.email}
              {[founder.gender && t(`account.gender.${founder.gender}`), founder.birthYear, founder.group].filter(Boolean).length > 0 &&
                `\n${[founder.gender && t(`account.gender.${founder.gender}`), founder.birthYear, founder.group].filter(Boolean).join(' · ')}`}
            </Item>
          ))}
        </Stack>
      </Card>
      {asked.length > 0 && (
        <Card withBorder radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">{t('account.application.questions')}</Title>
            {!questions && <Text size="xs" c="dimmed">{t('account.application.questionsMissing')}</Text>}
            {asked.map((question) => <Item key={question.key} label={question.label}>{show(application.answers[question.key])}</Item>)}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
