// tools/access-scan/scan APP_DIR [--json] [--check STACK_FILE] [--env NAME=value ...], as a
// function: the tests call it in-process, main.mjs from the command line. io: { out, err }.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scan } from './scan.mjs';
import { accessOf, stackEntry, toYaml } from './access.mjs';
import { table } from './report.mjs';

const usage = 'usage: tools/access-scan/scan APP_DIR [--json] [--check STACK_FILE] [--env NAME=value ...]';

class UsageError extends Error {}
const fail = (message) => { throw new UsageError(message); };

function options(args) {
  const o = { json: false, check: null, env: {}, positional: [] };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') o.json = true;
    else if (args[i] === '--check') o.check = args[++i] ?? fail(`--check needs a stack file\n${usage}`);
    else if (args[i] === '--env') {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(args[++i] ?? '');
      if (!m) fail(`--env needs NAME=value, got '${args[i] ?? ''}'\n${usage}`);
      o.env[m[1]] = m[2];
    } else if (args[i].startsWith('-')) fail(`unknown option '${args[i]}'\n${usage}`);
    else o.positional.push(args[i]);
  }
  if (o.positional.length !== 1) fail(usage);
  return o;
}

// The exit code: 0, 1 (--check: a call not allowed) or 2 (bad usage or input).
export async function run(args, repoRoot, io) {
  try {
    return await runChecked(args, repoRoot, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`access-scan: ${e.message}\n`);
    return 2;
  }
}

async function runChecked(args, repoRoot, io) {
  const o = options(args);
  const appDir = resolve(o.positional[0]);
  if (!existsSync(appDir) || !statSync(appDir).isDirectory()) fail(`${o.positional[0]} is not a folder\n${usage}`);
  const result = await scan(appDir, repoRoot);
  if (result.files === 0 && !existsSync(join(appDir, 'package.json'))) {
    fail(`${o.positional[0]} is not an app: no package.json and no .js/.ts source files outside node_modules`);
  }
  io.err(table(result));
  if (o.check) {
    const { check } = await import('./check.mjs');
    return check(result.calls, resolve(o.check), repoRoot, o.env, io);
  }
  const lists = accessOf(result.calls);
  if (!o.json) { io.out(toYaml(lists)); return 0; }
  const calls = result.calls.map((c) => ({ file: c.file, line: c.line, client: c.pkg, operation: c.operation, actions: c.actions, resource: c.resource }));
  const access = Object.fromEntries(Object.entries(lists).map(([l, entries]) => [l, entries.map(stackEntry)]));
  const browser = result.browser.map((b) => ({ file: b.file, line: b.line, client: b.pkg, operation: b.operation }));
  io.out(JSON.stringify({ calls, access, browser }, null, 2) + '\n');
  return 0;
}
