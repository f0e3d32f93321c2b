// The patterns of real Next.js apps, in TypeScript ESM: a client exported from lib/aws.ts and
// imported through a barrel and a tsconfig path alias, a document client from a client, helper
// functions, commands built in a variable, presigners, lib-storage, aggregated clients.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { app, json, summary } from './helpers.mjs';

const dir = app({
  'tsconfig.json': '{\n  // comments are allowed\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] } }\n}\n',
  'src/lib/aws.ts': [
    "import { S3Client } from '@aws-sdk/client-s3';",
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    "import { DynamoDBDocumentClient, GetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';",
    'export const s3 = new S3Client({ region: process.env.AWS_REGION });',
    'export const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
    'export async function getItem(key: Record<string, string>) {',
    '  return ddb.send(new GetCommand({ TableName: process.env.TABLE, Key: key }));',
    '}',
    "const ORDERS = 'shop-orders';",
    'export const saveAll = (items: unknown[]) => ddb.send(new BatchWriteCommand({ RequestItems: { [ORDERS]: items, audit: items } }));',
  ].join('\n'),
  'src/lib/index.ts': "export * from './aws';\nexport { default as bedrock } from './bedrock';\n",
  'src/lib/bedrock.ts': "import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';\nexport default new BedrockRuntimeClient({});\n",
  'src/app/api/upload/route.ts': [
    "import { s3 } from '@/lib';",
    "import { PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';",
    "import { getSignedUrl } from '@aws-sdk/s3-request-presigner';",
    "import { createPresignedPost } from '@aws-sdk/s3-presigned-post';",
    'const BUCKET = process.env.UPLOADS_BUCKET!;',
    'export async function POST(request: Request) {',
    '  const id = crypto.randomUUID();',
    '  const command = new PutObjectCommand({ Bucket: BUCKET, Key: `uploads/${id}.png` });',
    '  const put = await getSignedUrl(s3, command, { expiresIn: 60 });',
    "  const get = await getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKET, Key: 'uploads/' + id }));",
    '  const post = await createPresignedPost(s3, { Bucket: BUCKET, Key: `uploads/${id}` });',
    '  return Response.json({ put, get, post });',
    '}',
  ].join('\n'),
  'src/app/api/chat/route.ts': [
    "import { bedrock } from '@/lib';",
    "import { ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';",
    "const modelId = 'anthropic.claude-3-haiku-20240307-v1:0';",
    'export async function POST() {',
    "  await bedrock.send(new ConverseCommand({ modelId, messages: [] }));",
    "  return bedrock.send(new ConverseStreamCommand({ modelId, messages: [] }));",
    '}',
  ].join('\n'),
  'src/app/api/mail/route.ts': [
    "import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';",
    "import { Upload } from '@aws-sdk/lib-storage';",
    "import { S3, CopyObjectCommand, paginateListObjectsV2 } from '@aws-sdk/client-s3';",
    "import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';",
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    'const ses = new SESv2Client({});',
    'const s3 = new S3({});',
    'const doc = DynamoDBDocument.from(new DynamoDBClient({}));',
    'export async function POST() {',
    "  await ses.send(new SendEmailCommand({ FromEmailAddress: 'orders@shop.example', Destination: {}, Content: {} }));",
    "  await new Upload({ client: s3, params: { Bucket: 'shop-media', Key: 'videos/a.mp4', Body: 'x' } }).done();",
    "  await s3.putObject({ Bucket: 'shop-media', Key: 'videos/b.mp4', Body: 'x' });",
    "  await s3.send(new CopyObjectCommand({ Bucket: 'shop-media', Key: 'videos/c.mp4', CopySource: 'shop-incoming/raw/c.mp4' }));",
    "  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: 'shop-media', Prefix: 'videos/' })) void page;",
    "  await doc.get({ TableName: 'shop-orders', Key: {} });",
    '}',
  ].join('\n'),
});

test('ESM TypeScript app: every pattern found, each call with the actions it needs', async () => {
  assert.deepEqual(summary(await json(dir)), [
    'src/app/api/chat/route.ts:5 Converse bedrock:InvokeModel',
    'src/app/api/chat/route.ts:6 ConverseStream bedrock:InvokeModelWithResponseStream',
    'src/app/api/mail/route.ts:10 SendEmail ses:SendEmail',
    'src/app/api/mail/route.ts:11 Upload s3:AbortMultipartUpload,s3:PutObject',
    'src/app/api/mail/route.ts:12 PutObject s3:PutObject',
    'src/app/api/mail/route.ts:13 CopyObject s3:GetObject,s3:PutObject',
    'src/app/api/mail/route.ts:14 ListObjectsV2 s3:ListBucket',
    'src/app/api/mail/route.ts:15 Get dynamodb:GetItem',
    'src/app/api/upload/route.ts:8 PutObject s3:PutObject',
    'src/app/api/upload/route.ts:10 GetObject s3:GetObject',
    'src/app/api/upload/route.ts:11 PresignedPost s3:PutObject',
    'src/lib/aws.ts:7 Get dynamodb:GetItem',
    'src/lib/aws.ts:10 BatchWrite dynamodb:BatchWriteItem',
  ]);
});

test('resource names: literals, constants, template strings, computed keys, process.env placeholders', async () => {
  const { calls, access } = await json(dir);
  const at = (file, line) => calls.find((c) => c.file === file && c.line === line);
  assert.deepEqual(at('src/app/api/upload/route.ts', 8).resource, { bucket: '<UPLOADS_BUCKET>', key: 'uploads/<id>.png' });
  assert.deepEqual(at('src/app/api/mail/route.ts', 13).resource, { each: [
    { action: 's3:GetObject', bucket: 'shop-incoming', key: 'raw/c.mp4' },
    { action: 's3:PutObject', bucket: 'shop-media', key: 'videos/c.mp4' },
  ] });
  assert.deepEqual(at('src/lib/aws.ts', 10).resource, { each: [
    { action: 'dynamodb:BatchWriteItem', table: 'shop-orders' },
    { action: 'dynamodb:BatchWriteItem', table: 'audit' },
  ] });
  assert.deepEqual(access.s3, [
    { bucket: '<UPLOADS_BUCKET>', prefix: 'uploads/', actions: ['s3:GetObject', 's3:PutObject'] },
    { bucket: 'shop-incoming', prefix: 'raw/', actions: ['s3:GetObject'] },
    { bucket: 'shop-media', prefix: 'videos/', actions: ['s3:AbortMultipartUpload', 's3:ListBucket', 's3:PutObject'] },
  ]);
  assert.deepEqual(access.bedrock, [{ model: 'anthropic.claude-3-haiku-20240307-v1:0', actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'] }]);
  assert.deepEqual(access.ses, [{ identity: 'orders@shop.example', actions: ['ses:SendEmail'] }]);
  assert.deepEqual(access.dynamodb.map((e) => e.table), ['<TABLE>', 'audit', 'shop-orders']);
});
