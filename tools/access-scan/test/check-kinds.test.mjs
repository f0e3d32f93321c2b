// --check on the kinds whose requests need more than a name: a call through a Bedrock
// cross-region inference profile (the profile and the model it routes to), SES with a pinned
// From address; the scanner's own block pasted back (exact `actions`); the levels the scanner
// names, against the program's own rendering of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, scan, REPO } from './helpers.mjs';
import { LEVELS } from '../src/access.mjs';
import { render } from '../src/check.mjs';

const header = 'config:\n  aws:region: eu-west-1\n  amplify-compute-role:appId: d1a2b3c4d5e6f7\n  amplify-compute-role:branches:\n    - main\n';
const dir = app({
  'app/api/chat/route.ts': [
    "import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';",
    "import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';",
    'const bedrock = new BedrockRuntimeClient({});',
    'const ses = new SESv2Client({});',
    'export async function POST() {',
    "  await bedrock.send(new ConverseCommand({ modelId: 'eu.anthropic.claude-3-haiku-20240307-v1:0', messages: [] }));",
    "  return ses.send(new SendEmailCommand({ FromEmailAddress: 'Shop <orders@shop.example>', Destination: {}, Content: {} }));",
    '}',
  ].join('\n'),
});
const stack = (name, access) => {
  const path = join(dir, `Pulumi.${name}.yaml`);
  writeFileSync(path, `${header}  amplify-compute-role:access:\n${access}`);
  return path;
};
const ses = '    ses:\n      - identity: shop.example\n        fromAddress: orders@shop.example\n';

test('--check: a Converse through an inference profile needs the profile and, through it, the model', async () => {
  const ok = await scan(dir, '--check', stack('profile', `    bedrock:\n      - inferenceProfile: eu.anthropic.claude-3-haiku-20240307-v1:0\n${ses}`));
  assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /2 calls, 3 requests, 0 not allowed/);
  const model = await scan(dir, '--check', stack('model', `    bedrock:\n      - model: anthropic.claude-3-haiku-20240307-v1:0\n${ses}`));
  assert.equal(model.code, 1);
  assert.match(model.stdout, /route\.ts:6 Converse bedrock:InvokeModel on arn:aws:bedrock:eu-west-1:123456789012:inference-profile\/eu\.anthropic\.claude-3-haiku-20240307-v1:0: ImplicitlyDenied/);
});

test('--check: SES judges the From address against the identity\'s fromAddress', async () => {
  const profile = '    bedrock:\n      - inferenceProfile: eu.anthropic.claude-3-haiku-20240307-v1:0\n';
  const other = await scan(dir, '--check', stack('from', `${profile}    ses:\n      - identity: shop.example\n        fromAddress: noreply@shop.example\n`));
  assert.equal(other.code, 1);
  assert.match(other.stdout, /SendEmail ses:SendEmail on arn:aws:ses:eu-west-1:123456789012:identity\/shop\.example: ImplicitlyDenied/);
});

// The round trip: the block the scanner prints, pasted into a stack file, is what --check allows.
test('the scanner\'s block with exact actions, pasted into a stack file, passes --check', async () => {
  const reads = app({ 'app/page.tsx': [
    "import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';",
    "import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';",
    'export default async function Page() {',
    "  await new DynamoDBClient({}).send(new GetItemCommand({ TableName: 'acme-orders', Key: {} }));",
    "  return new S3Client({}).send(new GetObjectCommand({ Bucket: 'acme-files', Key: 'docs/index.md' }));",
    '}',
  ].join('\n') });
  const block = (await scan(reads)).stdout;
  assert.match(block, /actions:\n\s+- "s3:GetObject"/);
  const path = join(reads, 'Pulumi.pasted.yaml');
  writeFileSync(path, header + block.replace('config:\n', ''));
  const r = await scan(reads, '--check', path);
  assert.equal(r.code, 0, r.stdout + r.stderr);
});

test('each level the scanner names grants exactly its actions in the program\'s own rendering', () => {
  const entries = Object.entries(LEVELS).flatMap(([kind, levels]) => Object.keys(levels).map((level) => [kind, level]));
  const name = (kind, level) => `lv-${level.toLowerCase()}-${kind}`;
  const lists = Object.keys(LEVELS).map((kind) => `    ${kind}:\n${entries.filter(([k]) => k === kind)
    .map(([, level]) => `      - ${kind === 's3' ? 'bucket' : 'table'}: ${name(kind, level)}\n        access: ${level}\n`).join('')}`).join('');
  const path = join(dir, 'Pulumi.levels.yaml');
  writeFileSync(path, `${header}  amplify-compute-role:access:\n${lists}`);
  const rendered = render(REPO, path, { err: (s) => assert.fail(s) });
  const statements = Object.values(rendered.permissionPolicies).flatMap((p) => p.Statement);
  for (const [kind, level] of entries) {
    const own = new RegExp(`(:::|table/)${name(kind, level)}(/|$)`);
    const granted = new Set(statements.filter((s) => s.Resource.some((r) => own.test(r))).flatMap((s) => s.Action));
    assert.deepEqual([...granted].sort(), [...new Set(LEVELS[kind][level])].sort(), `${kind} ${level}`);
  }
});
