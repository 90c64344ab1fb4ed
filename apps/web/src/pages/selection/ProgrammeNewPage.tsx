import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { RequireRole } from '../../session/guards';
import { useIdempotencyKey } from './shared';
import { emptyProgramme, programmeDto, type ProgrammeFormState } from './programme-form';
import { ProgrammeForm } from './ProgrammeForm';

function ProgrammeNew() {
  const { t } = useTranslation();
  const { slug, defaultCurrency } = useOrganization();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const create = useMutation({
    mutationFn: (state: ProgrammeFormState) => {
      const { grantPolicy, perkCap, ...rest } = programmeDto(state);
      const body = { ...rest, grantPolicy: grantPolicy ?? undefined, perkCap: perkCap ?? undefined };
      return unwrap(api.POST('/api/v1/organizations/{slug}/programmes', { params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey(body) } }, body }));
    },
    onSuccess: (programme) => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'programmes'] });
      notifications.show({ color: 'green', message: t('selection.programme.created', { name: programme.name }) });
      navigate(`/o/${slug}/programmes/${programme.id}`);
    },
  });
  return (
    <>
      <PageHeader title={t('selection.programmes.new')} />
      <ProgrammeForm initial={emptyProgramme(defaultCurrency)} defaultCurrency={defaultCurrency} onSubmit={(state) => create.mutate(state)} pending={create.isPending} error={create.error} submitLabel={t('actions.create')} />
    </>
  );
}

export function ProgrammeNewPage() {
  return <RequireRole roles={STAFF}><ProgrammeNew /></RequireRole>;
}
