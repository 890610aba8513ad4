import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../ui/feedback';
import { useActionPlanAction, visitApi, type PlanAction, type SaveActionBody } from './api';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown };
export type ActionDraft = { action: string; responsible: string; dueOn: string; followUpNote: string };
export type ActionField = keyof ActionDraft;

/**
 * One action of the plan as it is edited: what is typed, what the server has, and each field saved
 * when it is left (if it changed); `track` lets the plan wait for saves still under way.
 */
export function useActionSave(reviewId: string, action: PlanAction, track: (save: Promise<unknown>) => void) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<ActionDraft>({
    action: action.action,
    responsible: action.responsible,
    dueOn: action.dueOn ?? '',
    followUpNote: action.followUpNote,
  });
  const [stored, setStored] = useState(draft);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = useActionPlanAction(reviewId, (body: SaveActionBody) => visitApi.saveAction(reviewId, action.id, body));

  const send = (body: SaveActionBody, next: ActionDraft) => {
    setState({ kind: 'saving' });
    const promise = save.mutateAsync(body).then(
      () => {
        setStored(next);
        setState({ kind: 'saved' });
      },
      (error: unknown) => setState({ kind: 'failed', error }),
    );
    track(promise);
  };
  /** Saves a text field when it is left, if it changed. */
  const leave = (field: ActionField) => {
    if (draft[field] === stored[field]) return;
    const value = field === 'dueOn' ? draft.dueOn || null : draft[field];
    send({ [field]: value }, { ...stored, [field]: draft[field] });
  };
  /** Saves a new status at once (a choice, not typing). */
  const setStatus = (status: PlanAction['status']) => send({ status }, stored);

  const stateText =
    state.kind === 'saving'
      ? t('visit.common.saving')
      : state.kind === 'saved'
        ? t('visit.common.saved')
        : state.kind === 'failed'
          ? `${t('visit.common.saveFailed')} ${errorText(state.error).detail}`
          : '';

  return { draft, setDraft, leave, setStatus, state: state.kind, stateText };
}
