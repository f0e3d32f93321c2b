// The first run installs the scanner's packages into the cache; two scans started at once (as
// .ci/run starts its checks) install once, and neither replaces the folder the other runs from.
// A stand-in npm on PATH records each install, so no registry is reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, HOME } from './helpers.mjs';

const tools = app({}, false);
writeFileSync(join(tools, 'npm'), `#!/usr/bin/env bash\necho "$PWD" >> "${tools}/installs"\nsleep 1\nmkdir -p node_modules\n`);
chmodSync(join(tools, 'npm'), 0o755);

const install = (cache) => new Promise((done) => {
  const child = spawn(join(HOME, 'scan'), ['--install-only'], { env: { ...process.env, PATH: `${tools}:${process.env.PATH}`, ACCESS_SCAN_CACHE_DIR: cache } });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', (code) => done({ code, dir: out.trim() }));
});

test('two installs started at once: npm runs once, both get the same complete folder', async () => {
  const cache = app({}, false);
  const [a, b] = await Promise.all([install(cache), install(cache)]);
  assert.deepEqual([a.code, b.code], [0, 0]);
  assert.equal(a.dir, b.dir);
  assert.ok(existsSync(join(a.dir, '.complete')));
  assert.equal(readFileSync(join(tools, 'installs'), 'utf8').trim().split('\n').length, 1);
});
