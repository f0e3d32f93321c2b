// The same patterns in JavaScript: CommonJS require (whole and destructured), module.exports,
// a factory function, dynamic import(), ESM .mjs with a default export, an aggregated client.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { app, json, summary } from './helpers.mjs';

const dir = app({
  'lib/clients.js': [
    "const { S3Client } = require('@aws-sdk/client-s3');",
    "const sqs = require('@aws-sdk/client-sqs');",
    'function makeS3(region) { return new S3Client({ region }); }',
    'module.exports = { s3: makeS3(process.env.AWS_REGION), queue: new sqs.SQSClient({}) };',
  ].join('\n'),
  'pages/api/job.js': [
    "const { s3, queue } = require('../../lib/clients');",
    "const { DeleteObjectCommand } = require('@aws-sdk/client-s3');",
    "const { SendMessageCommand } = require('@aws-sdk/client-sqs');",
    'const QUEUE_URL = `https://sqs.eu-west-1.amazonaws.com/111122223333/${process.env.QUEUE}`;',
    'module.exports = async function handler(req, res) {',
    "  await s3.send(new DeleteObjectCommand({ Bucket: 'jobs-bucket', Key: 'done/' + req.query.id }));",
    '  await queue.send(new SendMessageCommand({ QueueUrl: QUEUE_URL, MessageBody: "x" }));',
    '  res.status(200).send("ok");',
    '};',
  ].join('\n'),
  'lib/secrets.mjs': [
    "import { SecretsManager } from '@aws-sdk/client-secrets-manager';",
    'export default new SecretsManager({});',
  ].join('\n'),
  'app/api/key/route.mjs': [
    "import secrets from '../../../lib/secrets.mjs';",
    'export async function GET() {',
    "  const { SSMClient, GetParameterCommand } = await import('@aws-sdk/client-ssm');",
    '  const ssm = new SSMClient({});',
    "  await ssm.send(new GetParameterCommand({ Name: '/shop/prod/flags' }));",
    "  return secrets.getSecretValue({ SecretId: 'shop/prod/stripe' });",
    '}',
  ].join('\n'),
});

test('JavaScript app, CommonJS and ESM: every pattern found, each call with its actions', async () => {
  assert.deepEqual(summary(await json(dir)), [
    'app/api/key/route.mjs:5 GetParameter ssm:GetParameter',
    'app/api/key/route.mjs:6 GetSecretValue secretsmanager:GetSecretValue',
    'pages/api/job.js:6 DeleteObject s3:DeleteObject',
    'pages/api/job.js:7 SendMessage sqs:SendMessage',
  ]);
});

test('JavaScript app: the access block groups by resource, with a level where one equals the actions', async () => {
  const { access } = await json(dir);
  assert.deepEqual(access, {
    s3: [{ bucket: 'jobs-bucket', prefix: 'done/', access: 'delete' }],
    secretsmanager: [{ secret: 'shop/prod/stripe', actions: ['secretsmanager:GetSecretValue'] }],
    sqs: [{ queue: '<QUEUE>', actions: ['sqs:SendMessage'] }],
    ssm: [{ parameter: '/shop/prod/flags', actions: ['ssm:GetParameter'] }],
  });
});
