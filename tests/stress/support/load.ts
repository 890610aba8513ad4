import { currentSurvey } from '../../../server/features/surveys/service.js';
import type { Role } from '../../../contract/domain.js';
import { completeAnswers } from '../../support/answers.js';

/** What one simulated respondent ended with. */
export interface Outcome {
  token: string;
  role: Role;
  data: Record<string, unknown>;
  /** The 2xx reply's submittedAt, or null when the client never got a success. */
  acknowledged: string | null;
  attempts: number;
  /** Why the client gave up, shown to the person (never silently dropped). */
  failure: string | null;
  /** Every failed attempt by kind: 'ECONNREFUSED', 'ECONNRESET', 'http 503', 'timeout', … */
  errors: string[];
}

const statementIds = (role: Role) =>
  currentSurvey('spur-external')
    .items.filter((i) => i.kind === 'statement' && i.roles.includes(role))
    .map((i) => i.id);

/**
 * A complete, valid answer set that differs per respondent: statement values spread over the
 * whole scale (don't know included) and an own suggestion, so a mix-up of two responses shows.
 */
export function answersFor(role: Role, index: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [k, id] of statementIds(role).entries()) values[id] = (index + k) % 5;
  return completeAnswers(role, { ...values, 'suggestion-1': `Förslag ${index}: mer tid för handledning (${role})` });
}

/** Statement answers on the four-level scale, and the agreeing ones, in one answer set. */
export function poolContribution(role: Role, data: Record<string, unknown>): { answered: number; agreeing: number } {
  let answered = 0;
  let agreeing = 0;
  for (const id of statementIds(role)) {
    const value = Number(data[id]);
    if (value >= 1 && value <= 4) answered++;
    if (value >= 3) agreeing++;
  }
  return { answered, agreeing };
}

function kindOf(error: unknown): string {
  const err = error as Error & { cause?: { code?: string; name?: string } };
  if (err.name === 'TimeoutError' || err.cause?.name === 'TimeoutError') return 'timeout';
  return err.cause?.code ?? err.name ?? 'error';
}

/** Statuses worth another try: the server or its database is away, or asks us to slow down. */
const retryable = (status: number) => status >= 500 || status === 429 || status === 408;

/**
 * Submits until a 2xx, retrying connection errors, 5xx and 429 with exponential backoff
 * (with jitter, so 200 clients do not come back in step) until `budgetMs` is spent.
 * A 4xx other than 408/429 is final: the person sees that message.
 */
export async function submitWithRetries(
  baseUrl: () => string,
  token: string,
  role: Role,
  data: Record<string, unknown>,
  budgetMs: number,
  onAck: () => void = () => {},
): Promise<Outcome> {
  const outcome: Outcome = { token, role, data, acknowledged: null, attempts: 0, failure: null, errors: [] };
  const deadline = Date.now() + budgetMs;
  let delay = 200;
  for (;;) {
    outcome.attempts++;
    let last: string;
    try {
      const res = await fetch(`${baseUrl()}/api/respond/${token}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data, lang: 'sv' }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      if (res.ok) {
        outcome.acknowledged = (JSON.parse(text) as { submittedAt: string }).submittedAt;
        onAck();
        return outcome;
      }
      last = `http ${res.status}`;
      if (!retryable(res.status)) {
        outcome.errors.push(last);
        outcome.failure = `${last}: ${text.slice(0, 300)}`;
        return outcome;
      }
      const retryAfter = Number(res.headers.get('retry-after'));
      if (retryAfter > 0) delay = Math.max(delay, retryAfter * 1000);
    } catch (error) {
      last = kindOf(error);
    }
    outcome.errors.push(last);
    if (Date.now() + delay > deadline) {
      outcome.failure = `gave up after ${outcome.attempts} attempts (last: ${last})`;
      return outcome;
    }
    await new Promise((resolve) => setTimeout(resolve, delay * (0.5 + Math.random())));
    delay = Math.min(delay * 2, 5_000);
  }
}

export interface Summary {
  submitted: number;
  acknowledged: number;
  failedVisibly: number;
  requests: number;
  retries: number;
  errorsByKind: Record<string, number>;
}

export function summarise(outcomes: Outcome[]): Summary {
  const errorsByKind: Record<string, number> = {};
  for (const kind of outcomes.flatMap((o) => o.errors)) errorsByKind[kind] = (errorsByKind[kind] ?? 0) + 1;
  return {
    submitted: outcomes.length,
    acknowledged: outcomes.filter((o) => o.acknowledged).length,
    failedVisibly: outcomes.filter((o) => !o.acknowledged && o.failure).length,
    requests: outcomes.reduce((sum, o) => sum + o.attempts, 0),
    retries: outcomes.reduce((sum, o) => sum + o.attempts - 1, 0),
    errorsByKind,
  };
}
