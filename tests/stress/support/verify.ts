import { isDeepStrictEqual } from 'node:util';
import { hashToken } from '../../../server/security/tokens.js';
import type { Inspector } from './database.js';
import { poolContribution, type Outcome } from './load.js';

export interface StoredCheck {
  /** Responses stored for the review. */
  stored: number;
  /** Tokens with more than one response (must be none). */
  duplicates: string[];
  /** Acknowledged submissions with no response stored (must be none). */
  lostAfterAck: string[];
  /** Stored responses whose content differs from what the client sent (must be none). */
  contentMismatch: string[];
  /** Stored responses whose invitation is not marked answered (must be none). */
  notMarkedAnswered: string[];
  /** Stored although the client never got a success: allowed only with a visible failure. */
  storedWithoutAck: string[];
  /** The national pool counts of the hospital against what the stored answers add up to. */
  pool: { counted: { answered: number; agreeing: number }; expected: { answered: number; agreeing: number } };
}

/** Compares what clients were told with what the database holds, token by token. */
export async function checkStored(db: Inspector, reviewId: string, hospitalCode: string, outcomes: Outcome[]): Promise<StoredCheck> {
  const rows = await db.query<{ hash: string; responses: number; raw: unknown; answered: boolean }>(
    `SELECT encode(t.token_hash, 'hex') AS hash, count(r.id)::int AS responses, min(r.raw::text)::jsonb AS raw,
            bool_and(i.answered_at IS NOT NULL) AS answered
       FROM invitation_tokens t
       JOIN invitations i ON i.id = t.invitation_id
       LEFT JOIN responses r ON r.invitation_id = i.id
      GROUP BY t.token_hash`,
  );
  const byHash = new Map(rows.map((r) => [r.hash, r]));
  const [{ stored }] = await db.query<{ stored: number }>('SELECT count(*)::int AS stored FROM responses WHERE campaign_id = $1', [reviewId]);

  const check: StoredCheck = {
    stored,
    duplicates: [],
    lostAfterAck: [],
    contentMismatch: [],
    notMarkedAnswered: [],
    storedWithoutAck: [],
    pool: { counted: { answered: 0, agreeing: 0 }, expected: { answered: 0, agreeing: 0 } },
  };
  for (const outcome of outcomes) {
    const row = byHash.get(hashToken(outcome.token).toString('hex'));
    const label = `${outcome.token.slice(0, 8)}… (${outcome.role})`;
    if (!row || row.responses === 0) {
      if (outcome.acknowledged) check.lostAfterAck.push(label);
      continue;
    }
    if (row.responses > 1) check.duplicates.push(label);
    if (!isDeepStrictEqual(row.raw, outcome.data)) check.contentMismatch.push(label);
    if (!row.answered) check.notMarkedAnswered.push(label);
    if (!outcome.acknowledged) check.storedWithoutAck.push(label);
    const contribution = poolContribution(outcome.role, outcome.data);
    check.pool.expected.answered += contribution.answered;
    check.pool.expected.agreeing += contribution.agreeing;
  }
  const [pool] = await db.query<{ answered: number; agreeing: number }>(
    // The counts and the submissions' deltas not yet folded into them (docs/pool.md).
    `SELECT coalesce(sum(answered), 0)::int AS answered, coalesce(sum(agreeing), 0)::int AS agreeing FROM (
       SELECT answered, agreeing FROM pool_hospital_counts WHERE hospital_code = $1
       UNION ALL SELECT answered, agreeing FROM pool_deltas WHERE hospital_code = $1 AND value IS NULL) c`,
    [hospitalCode],
  );
  check.pool.counted = pool;
  return check;
}
