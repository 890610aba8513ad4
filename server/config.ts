import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import path from 'node:path';

const LogLevel = Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)));

/** Every setting the server reads from its environment, with defaults. See README: Configuration. */
const Env = Type.Object({
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://', description: 'must start with postgres:// or postgresql://' })),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'must be a port number 0–65535' }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'must be a host name or address' }),
  DATA_DIR: Type.String({ minLength: 1, default: '.data', description: 'must be a folder path' }),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$', description: 'must be an http(s) URL such as https://spur.example.se' })),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://', description: 'must be an smtp:// or smtps:// URL' })),
  MAIL_FROM: Type.String({ minLength: 3, default: 'SPUR-granskning <no-reply@spur.localhost>', description: 'must be a sender address' }),
  OUTBOX_DIR: Type.Optional(Type.String({ minLength: 1, description: 'must be a folder path' })),
  CHROMIUM_PATH: Type.String({ minLength: 1, default: '/usr/bin/chromium', description: 'must be a path' }),
  LOG_LEVEL: { ...LogLevel, default: 'info', description: 'must be one of fatal, error, warn, info, debug, trace, silent' },
  TRUST_PROXY: Type.Optional(
    Type.String({
      pattern: '^\\s*[0-9A-Fa-f:./]+(\\s*,\\s*[0-9A-Fa-f:./]+)*\\s*$',
      description: 'must be a comma-separated list of proxy addresses or CIDR ranges, e.g. 10.0.0.0/8',
    }),
  ),
});

export interface Config {
  /** Unset: the embedded PostgreSQL (PGlite) in `dataDir` is used. */
  databaseUrl: string | undefined;
  port: number;
  host: string;
  dataDir: string;
  /** Where people reach the app; links in mails point here. */
  publicUrl: string;
  logLevel: Static<typeof LogLevel>;
  /** Unset: mails are written as .eml files to `outboxDir` and listed in the admins' outbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  outboxDir: string;
  /** Chromium for server-side PDFs; without it the PDF route explains what is missing. */
  chromiumPath: string;
  /**
   * Load balancers whose X-Forwarded-For is believed. Without it every request behind one seems
   * to come from the balancer, and the per-address limits would block everyone together.
   */
  trustProxy: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment once; throws ConfigError listing every bad value. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw = Object.fromEntries(
    Object.keys(Env.properties)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const converted = Value.Default(Env, Value.Convert(Env, raw));
  const problems = [...Value.Errors(Env, converted)].map((error) => {
    const key = error.path.slice(1);
    const description = (Env.properties as Record<string, { description?: string }>)[key]?.description;
    return `${key} ${description ?? error.message} (got ${JSON.stringify(raw[key])})`;
  });
  if (problems.length > 0) throw new ConfigError(problems);

  const env_ = converted as Static<typeof Env>;
  return {
    databaseUrl: env_.DATABASE_URL,
    port: env_.PORT,
    host: env_.HOST,
    dataDir: path.resolve(env_.DATA_DIR),
    publicUrl: (env_.PUBLIC_URL ?? `http://localhost:${env_.PORT}`).replace(/\/$/, ''),
    logLevel: env_.LOG_LEVEL,
    smtpUrl: env_.SMTP_URL,
    mailFrom: env_.MAIL_FROM,
    chromiumPath: env_.CHROMIUM_PATH,
    outboxDir: path.resolve(env_.OUTBOX_DIR ?? path.join(env_.DATA_DIR, 'outbox')),
    trustProxy: env_.TRUST_PROXY?.split(',').map((a) => a.trim()) ?? [],
  };
}
