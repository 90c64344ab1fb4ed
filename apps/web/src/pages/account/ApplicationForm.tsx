import { useRef, useState } from 'react';
import { Alert, Anchor, Button, Card, Group, List, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { ProblemAlert, useProblemMessage } from '../../components/problem';
import { useLocale } from '../../i18n';
import { useDraftAutosave, type Fields, type SaveState } from './draft-autosave';
import { founderRows, FoundersFields, foundersPayload, type FounderRow } from './FoundersFields';
import { QuestionField, type Answer } from './QuestionField';

type Application = Schemas['ApplicationDto'];
type Question = Schemas['QuestionResponseDto'];
type Stage = Schemas['Stage'];

const STAGES: Stage[] = ['idea', 'pre_seed', 'seed', 'reinvestment', 'ipo'];
const FIXED = ['startupName', 'sector', 'stage', 'idea', 'teamSize', 'previousExperience'] as const;
type Fixed = (typeof FIXED)[number];

const isRequiredMessage = (message: string) => /\bis required$|at least one founder is required/.test(message);

/** The draft: the startup, its founders and the call's questions, saved as typed, then submitted. */
export function ApplicationForm({ slug, application, questions }: { slug: string; application: Application; questions: Question[] | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queryKey = [slug, 'applications', application.id];
  const [values, setValues] = useState({
    startupName: application.startupName ?? '',
    sector: application.sector ?? '',
    stage: (application.stage as Stage | null) ?? null,
    idea: application.idea ?? '',
    teamSize: application.teamSize ?? ('' as number | ''),
    previousExperience: application.previousExperience ?? '',
  });
  const [founders, setFounders] = useState<FounderRow[]>(() => founderRows(application.founders));
  const rowIndex = useRef<number[]>(foundersPayload(founders).rowIndex);
  const [answers, setAnswers] = useState<Record<string, Answer>>(application.answers);
  const [submitErrors, setSubmitErrors] = useState<Record<string, string>>({});
  const errorList = useRef<HTMLDivElement>(null);

  const save = useDraftAutosave(slug, application.id, (saved) => queryClient.setQueryData(queryKey, saved));
  const clearSubmitError = (prefix: string) =>
    setSubmitErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([path]) => path !== prefix && !path.startsWith(`${prefix}.`))));

  const errorFor = (path: string): string | undefined => {
    const message = submitErrors[path] ?? save.fieldErrors[path];
    if (!message) return undefined;
    if (isRequiredMessage(message)) return t('account.application.requiredError');
    return /must be an http\(s\) URL$/.test(message) ? t('account.application.urlInvalid') : message;
  };
  const founderError = (row: number | null, field: string) => {
    if (row === null) return errorFor('founders');
    const position = rowIndex.current.indexOf(row);
    return position >= 0 ? errorFor(`founders.${position}.${field}`) : undefined;
  };

  const setFixed = <K extends Fixed>(field: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    clearSubmitError(field);
    // The API keeps a name or sector once given (it refuses an empty one): a blank is not sent.
    if ((field === 'startupName' || field === 'sector') && typeof value === 'string' && !value.trim()) return;
    if (value === null || value === '') {
      if (field === 'idea' || field === 'previousExperience') save.queue({ [field]: '' });
      return;
    }
    save.queue({ [field]: typeof value === 'string' && (field === 'startupName' || field === 'sector') ? value.trim() : value } as Fields);
  };
  const setFoundersAndSave = (rows: FounderRow[]) => {
    setFounders(rows);
    const payload = foundersPayload(rows);
    rowIndex.current = payload.rowIndex;
    clearSubmitError('founders');
    save.queue({ founders: payload.founders });
  };
  const setAnswer = (key: string, value: Answer) => {
    setAnswers((current) => ({ ...current, [key]: value }));
    clearSubmitError(`answers.${key}`);
    save.queue({ answers: { [key]: value } });
  };

  const submit = useMutation({
    mutationFn: async () => {
      await save.flush();
      return unwrap(api.POST('/api/v1/organizations/{slug}/applications/{applicationId}/submit', { params: { path: { slug, applicationId: application.id } } }));
    },
    onSuccess: (submitted) => {
      queryClient.setQueryData(queryKey, submitted);
      void queryClient.invalidateQueries({ queryKey: ['account', 'applications'] });
      notifications.show({ color: 'teal', message: t('account.application.submitted') });
      window.scrollTo({ top: 0 });
    },
    onError: (error) => {
      setSubmitErrors(error instanceof ApiError ? error.fieldErrors() : {});
      requestAnimationFrame(() => errorList.current?.focus());
    },
  });

  const labelOf = (path: string): string => {
    if ((FIXED as readonly string[]).includes(path)) return t(`account.application.${path}`);
    if (path === 'founders') return t('account.application.founders');
    const founder = /^founders\.(\d+)\.(\w+)$/.exec(path);
    if (founder) {
      const row = (rowIndex.current[Number(founder[1])] ?? Number(founder[1])) + 1;
      const field = { name: 'founderName', email: 'founderEmail', role: 'founderRole' }[founder[2]] ?? founder[2];
      return `${t('account.application.founder', { n: row })}: ${t(`account.application.${field}`)}`;
    }
    const key = path.replace(/^answers\./, '');
    return questions?.find((question) => question.key === key)?.label ?? key;
  };
  const inputIdOf = (path: string) => (path.startsWith('answers.') ? `answer-${path.slice(8)}` : `field-${path.split('.')[0]}`);
  const problems = Object.entries(submitErrors);
  const allMissing = problems.every(([, message]) => isRequiredMessage(message));

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">{t('account.application.draftIntro')}</Text>

      {submit.error && (
        <div ref={errorList} tabIndex={-1} style={{ outline: 'none' }}>
          {problems.length > 0 ? (
            <Alert color="red" variant="light" role="alert" title={allMissing ? t('account.application.missingTitle') : t('account.application.fixTitle')}>
              <List size="sm" spacing={4}>
                {problems.map(([path, message]) => (
                  <List.Item key={path}>
                    <Anchor component="button" type="button" size="sm" ta="left" onClick={() => document.getElementById(inputIdOf(path))?.focus()}>
                      {labelOf(path)}
                    </Anchor>
                    {!isRequiredMessage(message) && <Text span size="sm"> — {message}</Text>}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <ProblemAlert error={submit.error} />
          )}
        </div>
      )}

      <Card withBorder radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('account.application.startup')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput id="field-startupName" label={t('account.application.startupName')} required maxLength={200} value={values.startupName} onChange={(e) => setFixed('startupName', e.currentTarget.value)} error={errorFor('startupName')} />
            <TextInput id="field-sector" label={t('account.application.sector')} description={t('account.application.sectorHelp')} required maxLength={100} value={values.sector} onChange={(e) => setFixed('sector', e.currentTarget.value)} error={errorFor('sector')} />
            <Select
              id="field-stage"
              label={t('account.application.stage')}
              required
              data={STAGES.map((stage) => ({ value: stage, label: t(`account.stage.${stage}`) }))}
              value={values.stage}
              onChange={(value) => setFixed('stage', value as Stage | null)}
              error={errorFor('stage')}
            />
            <NumberInput id="field-teamSize" label={t('account.application.teamSize')} min={1} max={10000} allowDecimal={false} value={values.teamSize} onChange={(value) => setFixed('teamSize', typeof value === 'number' ? value : '')} error={errorFor('teamSize')} />
          </SimpleGrid>
          <Textarea id="field-idea" label={t('account.application.idea')} description={t('account.application.ideaHelp')} required autosize minRows={3} maxRows={12} maxLength={10000} value={values.idea} onChange={(e) => setFixed('idea', e.currentTarget.value)} error={errorFor('idea')} />
          <Textarea id="field-previousExperience" label={t('account.application.previousExperience')} description={t('account.application.previousExperienceHelp')} autosize minRows={2} maxRows={10} maxLength={10000} value={values.previousExperience} onChange={(e) => setFixed('previousExperience', e.currentTarget.value)} error={errorFor('previousExperience')} />
        </Stack>
      </Card>

      <div id="field-founders" tabIndex={-1}>
        <FoundersFields rows={founders} onChange={setFoundersAndSave} error={founderError} />
      </div>

      {questions && questions.length > 0 && (
        <Card withBorder radius="md">
          <Stack gap="md">
            <Title order={2} size="h4">{t('account.application.questions')}</Title>
            {questions.map((question) => (
              <QuestionField key={question.key} question={question} value={answers[question.key]} onChange={(value) => setAnswer(question.key, value)} error={errorFor(`answers.${question.key}`)} />
            ))}
          </Stack>
        </Card>
      )}

      <Paper withBorder shadow="sm" p="sm" radius="md" pos="sticky" bottom={8} style={{ zIndex: 2 }}>
        <Group justify="space-between" gap="sm">
          <SaveStatus state={save.state} held={Object.keys(save.fieldErrors).length > 0} onRetry={() => void save.flush()} />
          <Button onClick={() => submit.mutate()} loading={submit.isPending} w={{ base: '100%', xs: 'auto' }}>{t('account.application.submit')}</Button>
        </Group>
      </Paper>
    </Stack>
  );
}

function SaveStatus({ state, held, onRetry }: { state: SaveState; held: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const problem = useProblemMessage();
  const message = state.error ? problem(state.error) : '';
  const time = state.savedAt ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(state.savedAt) : null;
  return (
    <Stack gap={2} aria-live="polite" role="status" style={{ flex: 1, minWidth: 180 }}>
      <Text size="sm" c={state.status === 'error' ? 'red' : 'dimmed'} data-testid="save-status">
        {state.status === 'pending' || state.status === 'saving'
          ? t('account.application.saving')
          : state.status === 'error'
            ? t('account.application.saveFailed', { message })
            : time
              ? t('account.application.savedAt', { time })
              : null}
        {state.status === 'error' && (
          <Anchor component="button" type="button" size="sm" ml={6} onClick={onRetry}>{t('actions.retry')}</Anchor>
        )}
      </Text>
      {held && <Text size="xs" c="orange.8">{t('account.application.invalidHeld')}</Text>}
    </Stack>
  );
}
