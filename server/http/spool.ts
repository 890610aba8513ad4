import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from './errors.js';

/** A request body written to a temporary file; `remove()` deletes it. */
export interface Spooled {
  path: string;
  bytes: number;
  remove(): Promise<void>;
}

/**
 * Writes an upload to a temporary file at the network's pace, so a long import reads a file that
 * is already here: read straight from the socket, a large import would keep the request
 * unfinished for longer than the server's request timeout allows, and be cut off half-way.
 * Refuses (413) a body larger than `maxBytes` without writing more than that.
 */
export async function spoolToFile(body: Readable, maxBytes: number): Promise<Spooled> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'spur-upload-'));
  const file = path.join(dir, 'body');
  const remove = () => fs.promises.rm(dir, { recursive: true, force: true });
  let bytes = 0;
  try {
    await pipeline(
      body,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          bytes += chunk.length;
          if (bytes > maxBytes) {
            throw new DomainError(413, 'Content Too Large', { code: 'upload.tooLarge', params: { megabytes: Math.round(maxBytes / 1024 / 1024) } });
          }
          yield chunk;
        }
      },
      fs.createWriteStream(file),
    );
  } catch (error) {
    await remove();
    throw error;
  }
  return { path: file, bytes, remove };
}
