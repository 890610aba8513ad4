import type { Problem } from '../../../contract/problem.js';
import type { Health } from '../../../contract/health.js';
import type { Role } from '../../../contract/domain.js';
import type { LanguageCode, SurveyDefinition, SurveyList } from '../../../contract/surveys.js';

import type { RespondentView } from '../../../contract/respond.js';

export type { Problem, Health, LanguageCode, Role, SurveyDefinition, SurveyList, RespondentView };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  signal?: AbortSignal;
  /** Non-2xx statuses whose body is a regular result rather than a problem. */
  acceptStatus?: readonly number[];
}

/** An API call that failed; carries the RFC 9457 problem details. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get errors(): Problem['errors'] {
    return this.problem.errors;
  }
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && typeof v.status === 'number';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export async function request<T>(method: HttpMethod, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  // The page's language (i18n keeps <html lang> current): the server writes problems' details in it.
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': document.documentElement.lang || 'sv',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    // Network failure: no response at all. Status 0 keeps it distinguishable from HTTP errors.
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: err instanceof Error ? err.message : String(err),
    });
  }

  const data = await readJson(response);
  if (response.ok) return data as T;
  if (isProblem(data)) {
    throw new ApiError({
      ...data,
      type: data.type ?? 'about:blank',
      detail: data.detail ?? '',
    });
  }
  if (data !== undefined && options.acceptStatus?.includes(response.status)) {
    return data as T;
  }
  // A proxy or server in front of the API may answer without problem details.
  throw new ApiError({
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: '',
  });
}

function isHealth(value: unknown): value is Health {
  return typeof value === 'object' && value !== null && 'status' in value && 'db' in value;
}

export const api = {
  /** The endpoint answers 503 with a Health body (db 'down') when the database is unreachable. */
  async health(signal?: AbortSignal): Promise<Health> {
    const data = await request<unknown>('GET', '/api/health', undefined, { signal, acceptStatus: [503] });
    if (!isHealth(data)) {
      // e.g. a 503 from a proxy in front of the API, with some other body
      throw new ApiError({ type: 'about:blank', title: 'Unexpected health response', status: 502, detail: '' });
    }
    return data;
  },

  surveys(signal?: AbortSignal): Promise<SurveyList> {
    return request<SurveyList>('GET', '/api/surveys', undefined, { signal });
  },

  /** The SurveyJS form of one survey version (an id or 'current') for one role, in one language. */
  surveyForm(key: string, version: string, role: Role, lang: LanguageCode, signal?: AbortSignal): Promise<SurveyDefinition> {
    const path = `/api/surveys/${encodeURIComponent(key)}/versions/${encodeURIComponent(version)}/roles/${encodeURIComponent(role)}`;
    return request<SurveyDefinition>('GET', `${path}?lang=${encodeURIComponent(lang)}`, undefined, { signal });
  },

  /** What a respondent's personal link opens (no login: the token is the key). */
  respondent(token: string, signal?: AbortSignal): Promise<RespondentView> {
    return request<RespondentView>('GET', `/api/respond/${encodeURIComponent(token)}`, undefined, { signal });
  },

  /** Autosave of a respondent's answers so far. */
  saveDraft(token: string, body: { data: Record<string, unknown>; currentPage: number }, signal?: AbortSignal): Promise<{ savedAt: string }> {
    return request<{ savedAt: string }>('PUT', `/api/respond/${encodeURIComponent(token)}/draft`, body, { signal });
  },

  /** Submits a respondent's answers; 422 lists each question's problem (errors: field = item id). */
  submitAnswers(token: string, body: { data: Record<string, unknown>; lang: LanguageCode }): Promise<{ status: 'answered'; submittedAt: string }> {
    return request<{ status: 'answered'; submittedAt: string }>('POST', `/api/respond/${encodeURIComponent(token)}/submit`, body);
  },
};

export interface UploadOptions {
  signal?: AbortSignal;
  /** Called as the body goes out: bytes sent and the total. */
  onProgress?: (loaded: number, total: number) => void;
}

/**
 * Sends a file as the request body. XMLHttpRequest rather than fetch: fetch cannot report upload
 * progress, and a large spreadsheet on a slow line needs a progress bar. Errors as in `request`.
 */
export function uploadFile<T>(path: string, file: Blob, contentType: string, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (event) => options.onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText === '' ? undefined : (JSON.parse(xhr.responseText) as unknown);
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else if (isProblem(data)) reject(new ApiError({ ...data, type: data.type ?? 'about:blank', detail: data.detail ?? '' }));
      else reject(new ApiError({ type: 'about:blank', title: xhr.statusText || `HTTP ${xhr.status}`, status: xhr.status, detail: '' }));
    };
    xhr.onerror = () => reject(new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: 'The upload failed.' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
