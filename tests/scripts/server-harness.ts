// Starting the real static server for a test: a free port, and the moment it listens.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const SERVER_SCRIPT = join(__dirname, '../../scripts/serve-static.mjs');

export function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Spawns scripts/serve-static.mjs with these arguments and resolves once it says it is serving. */
export async function startServer(args: string[]): Promise<ChildProcess> {
  const server = spawn(process.execPath, [SERVER_SCRIPT, ...args]);
  await new Promise<void>((ready, failed) => {
    server.stdout!.once('data', () => ready());
    server.once('exit', (code) => failed(new Error(`The server exited (${code}) before serving`)));
  });
  return server;
}
