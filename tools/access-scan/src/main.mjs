// tools/access-scan/scan APP_DIR [--json] [--check STACK_FILE] [--env NAME=value ...]
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan } from './scan.mjs';
import { accessOf, stackEntry, toYaml } from './access.mjs';
import { table } from './report.mjs';

const usage = 'usage: tools/access-scan/scan APP_DIR [--json] [--check STACK_FILE] [--env NAME=value ...]';
const fail = (message) => { process.stderr.write(`access-scan: ${message}\n`); process.exit(2); };

const args = process.argv.slice(2);
const options = { json: false, check: null, env: {} };
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--json') options.json = true;
  else if (args[i] === '--check') options.check = args[++i] ?? fail(`--check needs a stack file\n${usage}`);
  else if (args[i] === '--env') {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(args[++i] ?? '');
    if (!m) fail(`--env needs NAME=value, got '${args[i] ?? ''}'\n${usage}`);
    options.env[m[1]] = m[2];
  } else if (args[i].startsWith('-')) fail(`unknown option '${args[i]}'\n${usage}`);
  else positional.push(args[i]);
}
if (positional.length !== 1) fail(usage);
const appDir = resolve(positional[0]);
if (!existsSync(appDir) || !statSync(appDir).isDirectory()) fail(`${positional[0]} is not a folder\n${usage}`);

const repoRoot = process.env.ACCESS_SCAN_HOME ? resolve(process.env.ACCESS_SCAN_HOME, '../..') : resolve(fileURLToPath(import.meta.url), '../../../..');
const result = await scan(appDir, repoRoot);
if (result.files === 0 && !existsSync(join(appDir, 'package.json'))) {
  fail(`${positional[0]} is not an app: no package.json and no .js/.ts source files outside node_modules`);
}
const lists = accessOf(result.calls);
process.stderr.write(table(result));

if (options.check) {
  const { check } = await import('./check.mjs');
  process.exit(await check(result.calls, resolve(options.check), repoRoot, options.env));
}
if (options.json) {
  const calls = result.calls.map((c) => ({ file: c.file, line: c.line, client: c.pkg, operation: c.operation, actions: c.actions, resource: c.resource }));
  const access = Object.fromEntries(Object.entries(lists).map(([l, entries]) => [l, entries.map(stackEntry)]));
  process.stdout.write(JSON.stringify({ calls, access }, null, 2) + '\n');
} else {
  process.stdout.write(toYaml(lists));
}
