// The table of operations that do not map one to one names only actions that exist, spelt as
// AWS spells them, in the service reference the scanner reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SPECIAL, TRANSACT_ITEM_ACTIONS, DOCUMENT_OPERATIONS, PREFIXES } from '../src/mapping.mjs';
import { LEVELS } from '../src/access.mjs';
import { loadReference } from '../src/reference.mjs';
import { REPO, app } from './helpers.mjs';

const actions = [
  ...Object.values(SPECIAL).flatMap((ops) => Object.values(ops).flat().map((r) => r.action)).filter((a) => a !== 'item'),
  ...Object.values(TRANSACT_ITEM_ACTIONS),
  ...Object.values(DOCUMENT_OPERATIONS).filter((op) => !SPECIAL.dynamodb[op]).map((op) => `dynamodb:${op}`),
  ...Object.values(LEVELS).flatMap((levels) => Object.values(levels).flat()),
];
const reference = loadReference(REPO);

test('every action of the mapping table and the levels exists in the reference, exactly spelt', async () => {
  const wrong = [...new Set(actions)].filter((a) => reference.action(...a.split(':')) !== a);
  assert.deepEqual(wrong, []);
});

test('every client-package prefix names a service of the reference', async () => {
  assert.deepEqual([...new Set(Object.values(PREFIXES))].filter((p) => !reference.hasService(p)), []);
});

test('the check itself catches a misspelt action and an SDK operation that is no IAM action', async () => {
  assert.equal(reference.action('dynamodb', 'TransactGetItems'), null);
  assert.equal(reference.action('s3', 'ListObjectsV2'), null);
  assert.equal(reference.action('s3', 'putobject'), 's3:PutObject');
});

test('the scanner reads the committed service reference, not a copy: a reference without an action makes it unknown', async () => {
  const root = app({ 'Infra.Core/Reference/service-reference.json': JSON.stringify({ services: { s3: { actions: { GetObject: { resources: [] } }, resourceTypes: {} } } }) });
  const narrow = loadReference(root);
  assert.equal(narrow.action('s3', 'GetObject'), 's3:GetObject');
  assert.equal(narrow.action('s3', 'PutObject'), null);
  assert.equal(reference.action('s3', 'PutObject'), 's3:PutObject');
});
