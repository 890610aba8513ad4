import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, UserRole } from '../../../contract/auth.js';
import { ApiError, request } from './client';

export type { Me, UserRole };

export const meKey = ['me'] as const;

/**
 * Who is logged in. Kept apart from the console's other calls because the layout (in the main
 * bundle) needs it on every page.
 */
export const sessionApi = {
  /** The logged-in user, or null when there is no session (401). */
  async me(signal?: AbortSignal): Promise<Me | null> {
    try {
      return await request<Me>('GET', '/api/auth/me', undefined, { signal });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  login: (email: string, password: string) => request<Me>('POST', '/api/auth/login', { email, password }),
  logout: () => request<{ ok: true }>('POST', '/api/auth/logout'),
  setupNeeded: (signal?: AbortSignal) => request<{ needed: boolean }>('GET', '/api/auth/setup', undefined, { signal }),
  setup: (body: { token: string; email: string; name: string; password: string }) => request<{ ok: true }>('POST', '/api/auth/setup', body),
  requestPasswordReset: (email: string) => request<{ message: string }>('POST', '/api/auth/password-reset', { email }),
  resetPassword: (token: string, password: string) => request<{ ok: true }>('POST', '/api/auth/password-reset/confirm', { token, password }),
};

export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => sessionApi.me(signal),
    staleTime: 5 * 60_000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => sessionApi.login(email, password),
    onSuccess: (me) => {
      // Nothing cached for someone else (or for nobody) may show to the new user.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, me);
    },
  });
}

/**
 * Logs out, then loads the login page afresh: a full page load drops everything this session
 * had in memory (cached reviews, respondents), which clearing a cache here and there might miss.
 */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await sessionApi.logout();
      } catch (error) {
        // Already logged out (the session expired): the goal is reached all the same.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => window.location.assign('/login?notice=loggedOut'),
  });
}

/** The console areas each role may use; the server decides, this only shapes the menu and pages. */
export const canUseConsole = (role: UserRole) => role === 'admin' || role === 'inspector';
export const isAdmin = (role: UserRole) => role === 'admin';
