import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading, RequireRole } from '../../session/guards';
import { createCallDto, emptyCall, type CallFormState } from './call-form';
import { CallForm } from './CallForm';
import { useIdempotencyKey } from './shared';

function CallNew() {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const { programmeId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const programme = useQuery({ queryKey: [slug, 'programmes', programmeId], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/programmes/{programmeId}', { params: { path: { slug, programmeId } } })) });
  const create = useMutation({
    mutationFn: (state: CallFormState) => {
      const body = createCallDto(state, timezone);
      return unwrap(api.POST('/api/v1/organizations/{slug}/programmes/{programmeId}/calls', { params: { path: { slug, programmeId }, header: { 'Idempotency-Key': idempotencyKey(body) } }, body }));
    },
    onSuccess: (call) => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'calls'] });
      notifications.show({ color: 'green', message: t('selection.call.created', { title: call.title }) });
      navigate(`/o/${slug}/calls/${call.id}`);
    },
  });
  if (programme.isPending) return <Loading />;
  if (programme.error) return <QueryError error={programme.error} />;
  return (
    <>
      <PageHeader title={t('selection.calls.new')} description={t('selection.call.forProgramme', { name: programme.data.name })} />
      <CallForm initial={emptyCall(programme.data.rubric)} programmeRubric={programme.data.rubric} timeZone={timezone} onSubmit={(state) => create.mutate(state)} pending={create.isPending} error={create.error} submitLabel={t('selection.call.createDraft')} />
    </>
  );
}

export function CallNewPage() {
  return <RequireRole roles={STAFF}><CallNew /></RequireRole>;
}
