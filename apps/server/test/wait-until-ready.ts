import type { ChildProcess } from 'node:child_process';

export const isRunning = (child: ChildProcess) =>
  child.exitCode === null && child.signalCode === null;

/** Polls `url` until it answers 2xx; fails at once if the child process exits first. */
export async function waitUntilReady(
  url: string,
  child: ChildProcess,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(child)) {
      throw new Error(
        `${url}: the server exited early (code ${child.exitCode ?? child.signalCode})`,
      );
    }
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false, // not listening yet
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
