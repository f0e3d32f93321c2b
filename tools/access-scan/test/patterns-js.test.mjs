// The same real-app patterns in JavaScript, CommonJS: TypeScript's compiled require() form, a
// require() expression used in place, clients kept in `this` by a constructor, a singleton
// getter, `exports.x = new X()` across files, Promise.all of sends, Lambda Invoke.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { app, json, summary } from './helpers.mjs';

const dir = app({
  'lib/clients.js': [
    '"use strict";',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    'const client_lambda_1 = require("@aws-sdk/client-lambda");',
    'exports.lambda = new client_lambda_1.LambdaClient({});',
    'let s3;',
    'function storage() {',
    "  if (!s3) s3 = new (require('@aws-sdk/client-s3').S3)({});",
    '  return s3;',
    '}',
    'exports.storage = storage;',
  ].join('\n'),
  'lib/events.js': [
    "const { EventBridge } = require('@aws-sdk/client-eventbridge');",
    'class Events {',
    "  constructor() { this.bus = new EventBridge({}); }",
    "  emit(detail) { return this.bus.putEvents({ Entries: [{ EventBusName: 'orders', Detail: JSON.stringify(detail) }] }); }",
    '}',
    'module.exports = new Events();',
  ].join('\n'),
  'pages/api/thumbs.js': [
    'const clients_1 = require("../../lib/clients");',
    'const client_lambda_1 = require("@aws-sdk/client-lambda");',
    'const events = require("../../lib/events");',
    'module.exports = async function handler(req, res) {',
    '  const ids = req.body.ids;',
    "  await Promise.all(ids.map((id) => clients_1.lambda.send(new client_lambda_1.InvokeCommand({ FunctionName: 'thumbnailer', Payload: id }))));",
    "  const head = await (0, clients_1.storage)().headObject({ Bucket: 'thumbs', Key: `t/${ids[0]}.png` });",
    '  await events.emit({ ids });',
    '  res.json(head);',
    '};',
  ].join('\n'),
});

test('JavaScript CommonJS patterns of real apps: every call found, each with every action it needs', async () => {
  assert.deepEqual(summary(await json(dir)), [
    'lib/events.js:4 PutEvents events:PutEvents',
    'pages/api/thumbs.js:6 Invoke lambda:InvokeFunction',
    'pages/api/thumbs.js:7 HeadObject s3:GetObject',
  ]);
});
