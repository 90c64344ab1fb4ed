import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';

export type Fields = Schemas['ApplicationFieldsDto'];
export type SaveState = { status: 'idle' | 'pending' | 'saving' | 'saved' | 'error'; savedAt?: Date; error?: unknown };

const DELAY_MS = 800;

function isEmpty(fields: Fields): boolean {
  return Object.keys(fields).length === 0 || (Object.keys(fields).length === 1 && !!fields.answers && Object.keys(fields.answers).length === 0);
}

function merge(into: Fields, patch: Fields): Fields {
  return { ...into, ...patch, ...(into.answers || patch.answers ? { answers: { ...into.answers, ...patch.answers } } : {}) };
}

/** The field paths a patch sends: "startupName", "founders", "answers.<key>". */
function pathsOf(fields: Fields): string[] {
  return Object.keys(fields).flatMap((key) => (key === 'answers' ? Object.keys(fields.answers ?? {}).map((answer) => `answers.${answer}`) : [key]));
}

const covers = (sent: string[], path: string) => sent.some((root) => path === root || path.startsWith(`${root}.`));

/** The patch without the parts the API refused, so one bad answer does not hold back the rest. */
function withoutRefused(fields: Fields, errors: Record<string, string>): Fields {
  const refused = Object.keys(errors);
  const kept: Fields = {};
  for (const [key, value] of Object.entries(fields) as [keyof Fields, Fields[keyof Fields]][]) {
    if (key === 'answers') continue;
    if (!refused.some((path) => path === key || path.startsWith(`${key}.`))) Object.assign(kept, { [key]: value });
  }
  if (fields.answers) {
    const answers = Object.fromEntries(Object.entries(fields.answers).filter(([answer]) => !covers(refused, `answers.${answer}`)));
    if (Object.keys(answers).length > 0) kept.answers = answers;
  }
  return kept;
}

/**
 * Saves a draft application as the applicant types: changes are gathered and sent as one PATCH
 * ~800 ms after the last keystroke, one request at a time. Parts the API refuses (a malformed URL,
 * a founder's bad email) stay unsaved with their field errors; the rest is saved anyway.
 */
export function useDraftAutosave(slug: string, applicationId: string, onSaved: (application: Schemas['ApplicationDto']) => void) {
  const pending = useRef<Fields>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const saved = useRef(onSaved);
  saved.current = onSaved;

  const send = useCallback(async (): Promise<void> => {
    while (running.current) await running.current;
    let body = pending.current;
    pending.current = {};
    if (isEmpty(body)) return;
    setState((current) => ({ ...current, status: 'saving' }));
    const work = (async () => {
      while (!isEmpty(body)) {
        try {
          const application = await unwrap(api.PATCH('/api/v1/organizations/{slug}/applications/{applicationId}', { params: { path: { slug, applicationId } }, body }));
          const sent = pathsOf(body);
          setFieldErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([path]) => !covers(sent, path))));
          saved.current(application);
          setState({ status: isEmpty(pending.current) ? 'saved' : 'pending', savedAt: new Date(application.updatedAt) });
          return;
        } catch (error) {
          const errors = error instanceof ApiError && error.status === 400 ? error.fieldErrors() : {};
          if (Object.keys(errors).length === 0) {
            pending.current = merge(body, pending.current);
            setState((current) => ({ ...current, status: 'error', error }));
            return;
          }
          setFieldErrors((current) => ({ ...current, ...errors }));
          body = withoutRefused(body, errors);
          if (isEmpty(body)) setState((current) => ({ ...current, status: current.savedAt ? 'saved' : 'idle' }));
        }
      }
    })();
    running.current = work;
    try {
      await work;
    } finally {
      running.current = null;
    }
  }, [slug, applicationId]);

  const queue = useCallback(
    (patch: Fields) => {
      pending.current = merge(pending.current, patch);
      setState((current) => ({ ...current, status: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), DELAY_MS);
    },
    [send],
  );

  /** Sends what is waiting now (before submitting). */
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    await send();
  }, [send]);

  // Leaving the page still saves the last keystrokes.
  useEffect(() => () => {
    clearTimeout(timer.current);
    void send();
  }, [send]);

  return { queue, flush, state, fieldErrors };
}
