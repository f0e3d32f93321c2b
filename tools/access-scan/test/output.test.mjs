// stdout: the access block of a stack file, with comments naming file:line and env variables;
// stderr: the table of calls. The block is valid YAML that the program accepts (see check.test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { app, scan } from './helpers.mjs';

const dir = app({
  'app/api/files/route.ts': [
    "import { S3Client, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';",
    'const s3 = new S3Client({});',
    'export async function GET() {',
    "  await s3.send(new ListObjectsV2Command({ Bucket: process.env.FILES_BUCKET, Prefix: 'docs/' }));",
    "  return s3.send(new GetObjectCommand({ Bucket: process.env.FILES_BUCKET, Key: 'docs/readme.md' }));",
    '}',
  ].join('\n'),
});

test('stdout is the access block: grouped by resource, a level where it equals the actions, comments', async () => {
  const r = await scan(dir);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, [
    'config:',
    '  amplify-compute-role:access:',
    '    s3:',
    '      # app/api/files/route.ts:4 ListObjectsV2',
    '      # app/api/files/route.ts:5 GetObject',
    '      # <FILES_BUCKET> is process.env.FILES_BUCKET: write the value it has in this stage',
    '      - bucket: "<FILES_BUCKET>"',
    '        prefix: "docs/"',
    '        access: "read"',
    '',
  ].join('\n'));
});

test('stderr is the table of the calls found', async () => {
  const r = await scan(dir);
  assert.match(r.stderr, /^access-scan: 1 source files, 2 calls found, 0 not resolved, 0 files not scanned\n\ncalls found:\n {2}app\/api\/files\/route\.ts:4 {2}ListObjectsV2 +s3:ListBucket\n {2}app\/api\/files\/route\.ts:5 {2}GetObject +s3:GetObject\n$/);
});

test('--json has the documented shape', async () => {
  const out = JSON.parse((await scan(dir, '--json')).stdout);
  assert.deepEqual(out.calls[0], { file: 'app/api/files/route.ts', line: 4, client: '@aws-sdk/client-s3', operation: 'ListObjectsV2', actions: ['s3:ListBucket'], resource: { bucket: '<FILES_BUCKET>', prefix: 'docs/' } });
  assert.deepEqual(out.access, { s3: [{ bucket: '<FILES_BUCKET>', prefix: 'docs/', access: 'read' }] });
  assert.deepEqual(out.browser, []);
});
