import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportApi, useReportAction, type Authoring, type ReportContent } from './api';
import { AREAS } from '../../../../contract/domain.js';
import { contentProblems } from './i18n/problems';

export const emptyArea = (): ReportContent['areas'][string] => ({ grade: null, justification: '', strengths: '', weaknesses: '', recommendations: [] });

function withAllAreas(content: ReportContent): ReportContent {
  return { ...content, areas: Object.fromEntries(AREAS.map((a) => [a, content.areas[a] ?? emptyArea()])) };
}

/**
 * The report's text as it is written: the form's content, whether it has unsaved changes, the
 * server's problems by field, and saving. A new revision (a correction started, or someone
 * else's save fetched afresh) replaces the form unless it has unsaved changes.
 */
export function useReportDraft(id: string, current: Authoring['current']) {
  const { t } = useTranslation();
  const [content, setContent] = useState(() => withAllAreas(current.content));
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const save = useReportAction(id, (c: ReportContent) => reportApi.saveContent(id, c));

  useEffect(() => {
    if (!dirty) setContent(withAllAreas(current.content));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current.id, current.updatedAt]);

  const edit = (next: ReportContent) => {
    setContent(next);
    setDirty(true);
    setNotice(null);
  };
  /** Saves the text; false when the server refused it (its problems are then shown at their fields). */
  const doSave = async (): Promise<boolean> => {
    try {
      await save.mutateAsync(content);
      setDirty(false);
      setProblems({});
      setNotice(t('report.edit.saved'));
      return true;
    } catch (error) {
      setProblems(contentProblems(error));
      return false;
    }
  };
  const showProblems = (error: unknown) => setProblems(contentProblems(error));

  return { content, edit, dirty, problems, notice, save, doSave, showProblems };
}
