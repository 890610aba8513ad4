import { useQuery } from '@tanstack/react-query';
import type { Review } from '../../../contract/reviews.js';
import { api, request, type LanguageCode, type Role } from './client';

export const queryKeys = {
  health: ['health'] as const,
  surveys: ['surveys'] as const,
  review: (id: string) => ['reviews', id] as const,
  surveyForm: (key: string, version: string, role: Role, lang: LanguageCode) => ['surveys', key, 'versions', version, 'roles', role, lang] as const,
};

export function useHealth() {
  return useQuery({
    queryKey: queryKeys.health,
    queryFn: ({ signal }) => api.health(signal),
  });
}

export function useSurveys() {
  return useQuery({
    queryKey: queryKeys.surveys,
    queryFn: ({ signal }) => api.surveys(signal),
  });
}

/**
 * One role's form of a survey version in one language. A fixed version's content never changes,
 * so it is never refetched; 'current' may move to a new version when the server is upgraded.
 */
export function useSurveyForm(key: string, version: string, role: Role, lang: LanguageCode) {
  const queryKey = queryKeys.surveyForm(key, version, role, lang);
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => api.surveyForm(key, version, role, lang, signal),
    staleTime: version === 'current' ? 0 : Infinity,
    // The form is the same in both languages but for `locale`, and SurveyForm switches the locale
    // itself: on a language switch keep showing the form instead of a loading state.
    placeholderData: (previousData, previousQuery) => {
      const previousKey = previousQuery?.queryKey;
      const sameForm = previousKey !== undefined && queryKey.slice(0, -1).every((part, i) => part === previousKey[i]);
      return sameForm ? previousData : undefined;
    },
  });
}

/** One review: the console's pages and the visit pages' header show it. */
export function useReview(id: string) {
  return useQuery({
    queryKey: queryKeys.review(id),
    queryFn: ({ signal }) => request<Review>('GET', `/api/reviews/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}
