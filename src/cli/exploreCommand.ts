/**
 * `leadline explore [--port N]`: serves the explorer (the static site `npm run build:web` writes
 * to dist/web) on 127.0.0.1 only, and prints its address. In a checkout where the site is not
 * built yet, it is built first (with Vite, a development dependency), with a progress message.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../scenario/errors.ts';

/** dist/web of this package (this file is src/cli/exploreCommand.ts). */
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
export const DEFAULT_EXPLORE_PORT = 4178;
export const EXPLORE_HOST = '127.0.0.1';

/** The port a listening server got (the one asked for, or the free one chosen for 0). */
export function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_EXPLORE_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InputError([
      {
        file: 'option --port',
        path: [],
        expected: 'a port number from 0 (any free port) to 65535',
        found: JSON.stringify(text),
      },
    ]);
  }
  return port;
}

/** Builds the site when dist/web has no index.html; `say` reports what happens. */
export async function ensureBuilt(say: (text: string) => void, root = WEB_DIST): Promise<void> {
  if (existsSync(join(root, 'index.html'))) return;
  if (!existsSync(VITE_CONFIG)) {
    throw new Error(`the explorer is not built (no ${join(root, 'index.html')}) and its sources are missing`);
  }
  say('Building the explorer (first use; about half a minute)…\n');
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error(
      'the explorer is not built and Vite is not installed: run `npm ci` in the checkout first',
    );
  }
  await vite.build({ configFile: VITE_CONFIG, logLevel: 'warn' });
  say(`Built into ${root}\n`);
}

/** A static file server for `root`, on 127.0.0.1 only; resolves once it listens. */
export async function serveStatic(root: string, port: number): Promise<Server> {
  // loaded here, not at start-up: node:http costs ~40 ms to load (docs/PERFORMANCE.md)
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(root, req.url ?? '/');
    if (file === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') {
        reject(error);
        return;
      }
      const why = error.code === 'EADDRINUSE' ? 'in use' : 'not allowed';
      reject(
        new InputError([
          { file: 'option --port', path: [], expected: 'a free port', found: `${port} (${why})` },
        ]),
      );
    });
    server.listen(port, EXPLORE_HOST, () => resolve(server));
  });
}

/** The file under `root` a URL path names, or null (outside root, missing, or a folder without index.html). */
export function fileFor(root: string, url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const full = normalize(join(root, path));
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  if (full !== root && !full.startsWith(rootWithSep)) return null;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) {
      const index = join(full, 'index.html');
      return existsSync(index) ? index : null;
    }
    return stat.isFile() ? full : null;
  } catch {
    return null;
  }
}

/** `leadline explore [--port N]`: listens first (a port in use is reported before any build). */
export function registerExploreCommand(
  program: Command,
  io: { out(text: string): void; err(text: string): void },
): void {
  program
    .command('explore')
    .description('serve the explorer (the model in a web page) on 127.0.0.1 and print its address')
    .option('--port <n>', `port to listen on, 0 for any free one (default ${DEFAULT_EXPLORE_PORT})`)
    .action(async (opts: { port?: string }) => {
      const port = parsePort(opts.port);
      const server = await serveStatic(WEB_DIST, port);
      await ensureBuilt(io.err);
      io.out(`leadline explorer: http://${EXPLORE_HOST}:${portOf(server)}/  (Ctrl-C to stop)\n`);
      await new Promise<never>(() => {});
    });
}
