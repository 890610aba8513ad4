import type { RateWindows } from './rate-windows.js';

/**
 * Counts failed look-ups (e.g. unknown survey links) per client address, so guessing tokens is
 * slowed down without limiting people who use their real link. Counted where the request limits
 * are (app.ts): in PostgreSQL, so all servers on it count together.
 */
export class FailureLimiter {
  constructor(
    private readonly windows: RateWindows,
    private readonly name: string,
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  async blocked(address: string): Promise<boolean> {
    return (await this.windows.count(this.key(address), this.windowMs)) >= this.max;
  }

  async record(address: string): Promise<void> {
    await this.windows.hit(this.key(address), this.windowMs);
  }

  private key(address: string): string {
    return `${this.name}|${address}`;
  }
}
