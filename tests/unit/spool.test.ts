import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../server/http/errors.js';
import { spoolToFile } from '../../server/http/spool.js';

const body = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

describe('spooling an upload to a temporary file', () => {
  it('keeps every byte, and removes the file when asked', async () => {
    const spooled = await spoolToFile(body('role,hospital_code\n', 'st,SU\n'), 1024);
    expect(fs.readFileSync(spooled.path, 'utf8')).toBe('role,hospital_code\nst,SU\n');
    expect(spooled.bytes).toBe(25);
    await spooled.remove();
    expect(fs.existsSync(spooled.path)).toBe(false);
  });

  it('refuses a body over the limit with 413, saying the limit, and leaves no file behind', async () => {
    // A temporary folder of this test's own, so that nothing else's uploads are counted.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spool-test-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const refusal = await spoolToFile(body('x'.repeat(600_000), 'x'.repeat(600_000)), 1024 * 1024).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(DomainError);
      expect(refusal).toMatchObject({ status: 413, message: expect.stringContaining('larger than 1 MB') });
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
