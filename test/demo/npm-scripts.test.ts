/**
 * The npm scripts a newcomer runs first behave on a bare machine: `npm start` on a server with no
 * desktop (no xdg-open) serves without an error, and `npm test` with no Chromium stops at once with
 * one line that says how to get one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scripts = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** A PATH with node and nothing else: no xdg-open, no browser, as on a bare server. */
function barePath(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bare-path-'));
  symlinkSync(process.execPath, path.join(dir, 'node'));
  return dir;
}

describe('npm start', () => {
  it('serves the demo with no desktop, and tries to open nothing', async () => {
    const args = scripts['start']!.split(/\s+/);
    expect(args[0]).toBe('vite');
    const vite = path.join(repo, 'node_modules/vite/bin/vite.js');
    // The script's own flags, on a free port.
    const child = spawn(process.execPath, [vite, ...args.slice(1), '--port', '0'], {
      cwd: repo, env: { ...process.env, PATH: barePath(), BROWSER: '' },
    });
    // Vite colours its banner when the environment asks for colour (FORCE_COLOR on CI): read it plain.
    let output = '';
    const read = (d: Buffer) => (output += stripVTControlCharacters(d.toString()));
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    try {
      const start = Date.now();
      while (!/Local:\s+http/.test(output) && Date.now() - start < 40_000) await new Promise((r) => setTimeout(r, 100));
      expect(output).toMatch(/Local:\s+http:\/\/127\.0\.0\.1:\d+/);
      // An attempt to open a browser fails only after the server is up: give it a moment.
      await new Promise((r) => setTimeout(r, 1500));
      expect(output).not.toMatch(/xdg-open|ENOENT|Error/);
    } finally {
      child.kill();
    }
  }, 60_000);
});

describe('npm test without Chromium', () => {
  it('stops before any test with one line naming apt-get and CHROMIUM_PATH', () => {
    expect(scripts['pretest']).toMatch(/^node scripts\/check-chromium\.mjs && /);
    const result = spawnSync(process.execPath, [path.join(repo, 'scripts/check-chromium.mjs')], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/apt-get install chromium/);
    expect(lines[0]).toMatch(/CHROMIUM_PATH/);
  });

  it('is quiet when Chromium is there', () => {
    const result = spawnSync(process.execPath, [path.join(repo, 'scripts/check-chromium.mjs')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
