import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFor, parsePort, portOf, serveStatic } from '../../src/cli/exploreCommand.ts';
import { InputError } from '../../src/scenario/index.ts';
import { runCli, tempFiles } from './runCli.ts';

function site(): string {
  const { dir } = tempFiles({ 'index.html': '<!doctype html><title>x</title>', 'secret.txt': 'no' });
  const root = join(dir, 'site');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  return root;
}

function get(
  port: number,
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('leadline explore', () => {
  it('fileFor(root, url) serves files under root and index.html for folders, nothing outside', () => {
    const root = site();
    expect(fileFor(root, '/')).toBe(join(root, 'index.html'));
    expect(fileFor(root, '/assets/app.js?x=1#y')).toBe(join(root, 'assets', 'app.js'));
    expect(fileFor(root, '/../secret.txt')).toBeNull();
    expect(fileFor(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(fileFor(root, '/assets/%00.js')).toBeNull();
    expect(fileFor(root, '/missing.js')).toBeNull();
  });

  it('serveStatic(root, 0) listens on 127.0.0.1 with content types, 404 and 405', async () => {
    const root = site();
    const server = await serveStatic(root, 0);
    try {
      const port = portOf(server);
      expect(server.address()).toMatchObject({ address: '127.0.0.1' });
      await expect(get(port, '/')).resolves.toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      await expect(get(port, '/assets/app.js')).resolves.toMatchObject({
        status: 200,
        type: 'text/javascript; charset=utf-8',
      });
      await expect(get(port, '/../../etc/passwd')).resolves.toMatchObject({ status: 404 });
      await expect(get(port, '/', 'POST')).resolves.toMatchObject({ status: 405 });
    } finally {
      server.close();
    }
  });

  it('parsePort(text) takes 0–65535 and refuses anything else as bad input', () => {
    expect(parsePort(undefined)).toBe(4178);
    expect(parsePort('8080')).toBe(8080);
    expect(() => parsePort('http')).toThrow(InputError);
    expect(() => parsePort('70000')).toThrow(
      'expected a port number from 0 (any free port) to 65535, found "70000"',
    );
  });

  it('explore --port with a port in use exits 2 and names it', async () => {
    const server = await serveStatic(site(), 0);
    try {
      const port = String(portOf(server));
      const { code, stderr } = await runCli('explore', '--port', port);
      expect(code).toBe(2);
      expect(stderr).toContain(`expected a free port, found ${port} (in use)`);
    } finally {
      server.close();
    }
  });

  it('explore --help documents --port', async () => {
    const { code, stdout } = await runCli('explore', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--port <n>');
  });
});
