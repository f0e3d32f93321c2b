// --check STACK_FILE judges the calls against the documents the program renders for the stack
// file (tools/render-stack, the program's own code) with iam-simulate: exit 0 when all are
// allowed, 1 listing each call that is not. The scanner's own output, pasted into a stack file,
// passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, scan } from './helpers.mjs';

const dir = app({
  'app/api/files/route.ts': [
    "import { S3Client, GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';",
    'const s3 = new S3Client({});',
    'const Bucket = process.env.FILES_BUCKET;',
    'export async function GET(id: string) {',
    "  await s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'docs/' }));",
    '  return s3.send(new GetObjectCommand({ Bucket, Key: `docs/${id}.md` }));',
    '}',
    "export const PUT = (id: string) => s3.send(new PutObjectCommand({ Bucket, Key: `docs/${id}.md`, Body: '' }));",
  ].join('\n'),
});
const header = 'config:\n  aws:region: eu-west-1\n  amplify-compute-role:appId: d1a2b3c4d5e6f7\n  amplify-compute-role:branches:\n    - main\n';
const stack = (name, access) => {
  const path = join(dir, `Pulumi.${name}.yaml`);
  writeFileSync(path, `${header}  amplify-compute-role:access:\n${access}`);
  return path;
};

test('--check exits 0 when the stack allows every call', async () => {
  const r = await scan(dir, '--check', stack('ok', '    s3:\n      - bucket: acme-files\n        prefix: docs/\n        access: readWrite\n'), '--env', 'FILES_BUCKET=acme-files');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^access-scan --check: 3 calls, 3 requests, 0 not allowed\n$/);
});

test('--check exits 1 and lists each call the role does not allow', async () => {
  const r = await scan(dir, '--check', stack('narrow', '    s3:\n      - bucket: acme-files\n        prefix: docs/\n        access: read\n'), '--env', 'FILES_BUCKET=acme-files');
  assert.equal(r.code, 1);
  assert.equal(r.stdout, [
    'not allowed: app/api/files/route.ts:8 PutObject s3:PutObject on arn:aws:s3:::acme-files/docs/sample.md: ImplicitlyDenied by the role of ' + join(dir, 'Pulumi.narrow.yaml'),
    'access-scan --check: 3 calls, 3 requests, 1 not allowed',
    '',
  ].join('\n'));
});

test('--check judges the prefix too: another prefix is denied', async () => {
  const r = await scan(dir, '--check', stack('other', '    s3:\n      - bucket: acme-files\n        prefix: images/\n        access: readWrite\n'), '--env', 'FILES_BUCKET=acme-files');
  assert.equal(r.code, 1);
  assert.match(r.stdout, /3 calls, 3 requests, 3 not allowed/);
});

test('--check cannot judge a name from an unset variable, and says which', async () => {
  const r = await scan(dir, '--check', stack('env', '    s3:\n      - bucket: acme-files\n        access: readWrite\n'));
  assert.equal(r.code, 1);
  assert.match(r.stdout, /route\.ts:5 ListObjectsV2 s3:ListBucket: the name comes from process\.env\.FILES_BUCKET: pass --env FILES_BUCKET=<value>/);
});

test('--check with a stack file the program refuses exits 2 with the program\'s problems', async () => {
  const r = await scan(dir, '--check', stack('bad', '    s3:\n      - bucket: Not_A_Bucket\n        access: readWrite\n'));
  assert.equal(r.code, 2);
  assert.match(r.stderr, /the program refuses .*Pulumi\.bad\.yaml:\n.*Not_A_Bucket/s);
});

test('the scanner\'s own output, completed with the bucket, passes --check', async () => {
  const reads = app({ 'app/page.tsx': [
    "import { S3Client, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';",
    'const s3 = new S3Client({});',
    'export default async function Page() {',
    "  await s3.send(new ListObjectsV2Command({ Bucket: process.env.FILES_BUCKET, Prefix: 'docs/' }));",
    "  return s3.send(new GetObjectCommand({ Bucket: process.env.FILES_BUCKET, Key: 'docs/index.md' }));",
    '}',
  ].join('\n') });
  const block = (await scan(reads)).stdout.replace('config:\n', '').replaceAll('"<FILES_BUCKET>"', 'acme-files');
  const path = join(dir, 'Pulumi.pasted.yaml');
  writeFileSync(path, header + block);
  assert.match(block, /access: "read"/);
  const r = await scan(reads, '--check', path, '--env', 'FILES_BUCKET=acme-files');
  assert.equal(r.code, 0, r.stdout + r.stderr);
});
