// Writes small apps into temporary folders and scans them: in-process through src/cli.mjs (the
// scanner's own entry point, without a process per scan), or with the real executable where the
// command line itself is tested.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { after } from 'node:test';
import { run } from '../src/cli.mjs';

export const HOME = process.env.ACCESS_SCAN_HOME;
export const REPO = join(HOME, '../..');
const made = [];
after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

export function app(files, withPackageJson = true) {
  const dir = mkdtempSync(join(tmpdir(), 'access-scan-'));
  made.push(dir);
  if (withPackageJson) files = { 'package.json': '{"name":"app","private":true}', ...files };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export async function scan(...args) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, REPO, { out: (s) => { stdout += s; }, err: (s) => { stderr += s; } });
  return { code, stdout, stderr };
}

// The executable tools/access-scan/scan, for the tests of its command line.
export function cli(args, env = {}) {
  const r = spawnSync(join(HOME, 'scan'), args, { encoding: 'utf8', timeout: 120000, maxBuffer: 64 << 20, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function json(dir, ...args) {
  const r = await scan(dir, '--json', ...args);
  if (r.code !== 0) throw new Error(`scan exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// "file:line operation actions" of every call, to compare in one assertion.
export const summary = (result) => result.calls.map((c) => `${c.file}:${c.line} ${c.operation} ${c.actions.join(',')}`);
