// The patterns the real apps of docs/access-scan.md use, in TypeScript ESM: singletons, clients
// held in class fields or injected through typed parameters, SDK re-export barrels, generic
// helpers given a command class, Promise.all of sends, and the operations that do not map one
// to one (Lambda Invoke, SQS and SNS batches, ListBuckets).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { app, json, scan, summary } from './helpers.mjs';

const dir = app({
  'lib/sdk.ts': "export * from '@aws-sdk/client-s3';\nexport * from '@aws-sdk/client-lambda';\n",
  'lib/storage.ts': [
    "import { S3 } from './sdk';",
    'let s3: S3 | null = null;',
    '// a lazy singleton, built on first use',
    'export function storage(): S3 {',
    '  if (!s3) s3 = new S3({});',
    '  return s3;',
    '}',
  ].join('\n'),
  'lib/orders.ts': [
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    "import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';",
    "import { S3, S3Client } from '@aws-sdk/client-s3';",
    'export class Orders {',
    '  private doc = DynamoDBDocument.from(new DynamoDBClient({}));',
    '  private client: S3Client;',
    '  constructor(private readonly archive: S3, client: S3Client) { this.client = client; }',
    "  get(id: string) { return this.doc.get({ TableName: 'orders', Key: { id } }); }",
    "  drop(id: string) { return this.archive.deleteObject({ Bucket: 'orders-archive', Key: `orders/${id}.json` }); }",
    '  raw(name: string) { return this.client.send(commands[name]); }',
    '}',
    "export async function restore(s3: S3, id: string) { await s3.copyObject({ Bucket: 'orders-live', Key: id, CopySource: `orders-archive/orders/${id}.json` }); }",
  ].join('\n'),
  'app/api/jobs/route.ts': [
    "import { storage } from '@/lib/storage';",
    "import { LambdaClient, InvokeCommand, S3Client, DeleteObjectCommand, ListBucketsCommand } from '@/lib/sdk';",
    "import { SQSClient, SendMessageBatchCommand } from '@aws-sdk/client-sqs';",
    "import * as SNS from '@aws-sdk/client-sns';",
    "import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';",
    'const clients = { lambda: new LambdaClient({}), s3: new S3Client({}), sqs: new SQSClient({}) };',
    'const secrets = new SecretsManagerClient({});',
    'async function run<I>(Command: new (input: I) => never, input: I) { return secrets.send(new Command(input)); }',
    'export async function POST(request: Request) {',
    '  const keys: string[] = await request.json();',
    "  await storage().getObject({ Bucket: 'jobs', Key: 'config.json' });",
    "  await clients.lambda.send(new InvokeCommand({ FunctionName: 'thumbnailer', Payload: '{}' }));",
    "  await Promise.all(keys.map((Key) => clients.s3.send(new DeleteObjectCommand({ Bucket: 'jobs', Key }))));",
    "  const batch = new SendMessageBatchCommand({ QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/111122223333/jobs', Entries: [] });",
    '  await clients.sqs.send(batch);',
    "  await new SNS.SNSClient({}).send(new SNS.PublishBatchCommand({ TopicArn: 'arn:aws:sns:eu-west-1:111122223333:jobs', PublishBatchRequestEntries: [] }));",
    '  await clients.s3.send(new ListBucketsCommand({}));',
    "  const { SSMClient, GetParameterCommand } = await import('@aws-sdk/client-ssm');",
    "  await new SSMClient({}).send(new GetParameterCommand({ Name: '/jobs/flags' }));",
    "  return run(GetSecretValueCommand, { SecretId: 'jobs/api-key' });",
    '}',
  ].join('\n'),
  'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }',
  'app/cart/page.tsx': [
    "'use client';",
    "import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';",
    "export const save = () => new DynamoDBClient({}).send(new PutItemCommand({ TableName: 'carts', Item: {} }));",
  ].join('\n'),
});

test('TypeScript patterns of real apps: every call found, each with every action it needs', async () => {
  assert.deepEqual(summary(await json(dir)), [
    'app/api/jobs/route.ts:11 GetObject s3:GetObject',
    'app/api/jobs/route.ts:12 Invoke lambda:InvokeFunction',
    'app/api/jobs/route.ts:13 DeleteObject s3:DeleteObject',
    'app/api/jobs/route.ts:14 SendMessageBatch sqs:SendMessage',
    'app/api/jobs/route.ts:16 PublishBatch sns:Publish',
    'app/api/jobs/route.ts:17 ListBuckets s3:ListAllMyBuckets',
    'app/api/jobs/route.ts:19 GetParameter ssm:GetParameter',
    'app/api/jobs/route.ts:20 GetSecretValue secretsmanager:GetSecretValue',
    'lib/orders.ts:8 Get dynamodb:GetItem',
    'lib/orders.ts:9 DeleteObject s3:DeleteObject',
    'lib/orders.ts:12 CopyObject s3:GetObject,s3:PutObject',
  ]);
});

test('a client in a typed field whose command is not in the code is reported, with the reason', async () => {
  const r = await scan(dir, '--json');
  assert.match(r.stderr, /lib\/orders\.ts:10 {2}this\.client\.send\(expression\) {2}\(@aws-sdk\/client-s3\): the command sent is not a known SDK command/);
});

test('the access block: a queue by its name, ListBuckets (no resource ARN) as a statement', async () => {
  const { access } = await json(dir);
  assert.deepEqual(access.sqs, [{ queue: 'jobs', actions: ['sqs:SendMessage'] }]);
  assert.deepEqual(access.lambda, [{ function: 'thumbnailer', actions: ['lambda:InvokeFunction'] }]);
  assert.deepEqual(access.secretsmanager, [{ secret: 'jobs/api-key', actions: ['secretsmanager:GetSecretValue'] }]);
  assert.deepEqual(access.statements, [{ resources: ['*'], actions: ['s3:ListAllMyBuckets'] }]);
  assert.deepEqual(access.s3.map((e) => e.bucket), ['jobs', 'orders-archive', 'orders-live']);
});

test("a 'use client' module's calls run in the browser: listed apart, not in the access block", async () => {
  const out = await json(dir);
  assert.deepEqual(out.browser, [{ file: 'app/cart/page.tsx', line: 3, client: '@aws-sdk/client-dynamodb', operation: 'PutItem' }]);
  assert.equal(out.access.dynamodb.some((e) => e.table === 'carts'), false);
  assert.match((await scan(dir)).stderr, /in 'use client' modules \(the browser's credentials, not the compute role: not granted\):\n {2}app\/cart\/page\.tsx:3 {2}PutItem/);
});

test('a name resolves in its own function: a parameter or a local hides the same name declared elsewhere', async () => {
  const scoped = app({ 'app/actions.ts': [
    "import { S3Client, PutObjectCommand, DeleteObjectCommand } from '@aws-sdk/client-s3';",
    'const s3 = new S3Client({});',
    "export async function upload(id: string) { const key = `uploads/${id}`; const Bucket = 'media-in'; await s3.send(new PutObjectCommand({ Bucket, Key: key })); }",
    "export async function remove({ input: { key } }: { input: { key: string } }) { const Bucket = 'media-out'; await s3.send(new DeleteObjectCommand({ Bucket, Key: key })); }",
  ].join('\n') });
  const { calls } = await json(scoped);
  assert.deepEqual(calls.map((c) => c.resource), [{ bucket: 'media-in', key: 'uploads/<id>' }, { bucket: 'media-out' }]);
});
