// Bad input: no folder, a folder that is no app, unparseable files, symlink loops, huge files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { app, scan, json, cli } from './helpers.mjs';

const call = "import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({});\nexport const get = () => s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));\n";

test('a folder that does not exist, or no folder, is refused with the usage (the executable itself)', async () => {
  const r = cli(['/nonexistent/app']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\/nonexistent\/app is not a folder\nusage: /);
  assert.equal((await scan()).code, 2);
  assert.match((await scan(app({}), '--bogus')).stderr, /unknown option '--bogus'/);
});

test('a folder with no package.json and no source file is not an app', async () => {
  const r = await scan(app({ 'notes.txt': 'hello' }, false));
  assert.equal(r.code, 2);
  assert.match(r.stderr, /is not an app: no package\.json and no \.js\/\.ts source files/);
});

test('an unparseable file is reported and the rest is still scanned', async () => {
  const dir = app({ 'lib/broken.ts': 'export const = = ;\n}}}', 'lib/s3.ts': call });
  const r = await scan(dir, '--json');
  assert.equal(r.code, 0);
  assert.match(r.stderr, /not scanned:\n {2}lib\/broken\.ts: does not parse: /);
  assert.deepEqual(JSON.parse(r.stdout).calls.map((c) => c.operation), ['GetObject']);
});

test('a symlink loop is reported, not followed; node_modules and .next are skipped', async () => {
  const dir = app({ 'src/s3.ts': call, 'node_modules/x/index.js': call, '.next/server/page.js': call });
  symlinkSync(join(dir, 'src'), join(dir, 'src', 'again'));
  const r = await scan(dir, '--json');
  assert.equal(r.code, 0);
  assert.match(r.stderr, /src\/again: symlink loop or second link to a folder already scanned; not followed/);
  assert.deepEqual(JSON.parse(r.stdout).calls.map((c) => c.file), ['src/s3.ts']);
});

test('a huge file is reported and skipped', async () => {
  const dir = app({ 'public/bundle.js': `// ${'x'.repeat(3 * 1024 * 1024)}\n${call}`, 'src/s3.ts': call });
  const r = await scan(dir, '--json');
  assert.match(r.stderr, /public\/bundle\.js: 3145\d{3} bytes, over 2097152: generated or bundled code, not scanned/);
  assert.deepEqual(JSON.parse(r.stdout).calls.map((c) => c.file), ['src/s3.ts']);
});

test('a call the scanner cannot resolve is listed with its reason, and a command no service has', async () => {
  const dir = app({
    'src/a.ts': [
      "import { S3Client, FrobnicateCommand } from '@aws-sdk/client-s3';",
      'const s3 = new S3Client({});',
      'export const run = (name: string) => s3.send(commands[name]);',
      "export const frob = () => s3.send(new FrobnicateCommand({ Bucket: 'b' }));",
    ].join('\n'),
  });
  const r = await scan(dir, '--json');
  assert.equal(r.code, 0);
  assert.match(r.stderr, /src\/a\.ts:3 {2}s3\.send\(expression\) {2}\(@aws-sdk\/client-s3\): the command sent is not a known SDK command/);
  assert.match(r.stderr, /src\/a\.ts:4 {2}Frobnicate {2}\(@aws-sdk\/client-s3\): unknown command: s3:Frobnicate is no action in the service reference/);
  assert.deepEqual((await json(dir)).calls, []);
});
