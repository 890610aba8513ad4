import { useCallback, useState, type RefObject } from 'react';
import type { Model } from 'survey-core';
import type { RespondentView } from '../../api/client';
import { focusPageTitle } from './survey-model';

export interface Progress {
  page: number;
  pages: number;
}

/**
 * The survey's model as the respondent goes through it: resumed from the draft, one h2 per page
 * (an area) under the page's title, where they are (or that they look their answers over), and
 * the model's events passed on to the autosave and the submission.
 */
export function useSurveyModel({
  draft,
  modelRef,
  containerRef,
  editingPageRef,
  onAnswer,
  onPageChanged,
  onComplete,
}: {
  draft: RespondentView['draft'];
  modelRef: RefObject<Model | null>;
  containerRef: RefObject<HTMLDivElement | null>;
  /** The page being answered; while the answers are looked over, the last one answered. */
  editingPageRef: RefObject<number>;
  onAnswer: (field: string) => void;
  onPageChanged: () => void;
  onComplete: (model: Model) => Promise<unknown> | void;
}) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [previewing, setPreviewing] = useState(false);

  const onModelReady = useCallback(
    (model: Model) => {
      modelRef.current = model;
      // The page's h1 is the survey title; each page (an area) is an h2 below it.
      model.showTitle = false;
      model.onGetTitleTagName.add((_, options) => {
        if (options.element.getType() === 'page') options.tagName = 'h2';
      });
      // Resume: the answers and the page from the saved draft (this device or another).
      if (draft) {
        model.data = draft.data;
        model.currentPageNo = Math.max(0, Math.min(draft.currentPage, model.visiblePageCount - 1));
      }
      const showProgress = () => {
        const previewing = model.state === 'preview';
        setPreviewing(previewing);
        if (previewing) return;
        editingPageRef.current = model.currentPageNo;
        setProgress({ page: model.currentPageNo + 1, pages: model.visiblePageCount });
      };
      showProgress();
      model.registerFunctionOnPropertyValueChanged('isShowingPreview', () => {
        showProgress();
        focusPageTitle(containerRef.current);
      });
      model.onValueChanged.add((_, options) => onAnswer(options.name));
      model.onCurrentPageChanged.add(() => {
        showProgress();
        onPageChanged();
        focusPageTitle(containerRef.current);
      });
      model.onCompleting.add((sender, options) => {
        // The server validates and stores; the model never completes on its own.
        options.allow = false;
        void onComplete(sender);
      });
    },
    // The model is made once (one form per link); the draft is read when it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onComplete],
  );

  return { onModelReady, progress, previewing };
}
