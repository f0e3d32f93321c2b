// The AWS CDK side of the benchmark: N imported tables (one global index each) granted
// readWrite to one role, minimizePolicies on; sizes counted as IAM counts them.
// Prints "key value" lines for bench/packing/run. NODE_PATH points at the cached install.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const { resolve } = require('./resolve');

const INLINE_LIMIT = 10240; // all inline policies of a role together
const MANAGED_LIMIT = 6144; // one managed policy
const MANAGED_COUNT = 10; // IAM's default quota of managed policies on a role
const MOVES_AT = 140;

const table = (i) => `acme-shop-prod-table-${String(i).padStart(4, '0')}`;
const tables = (n) => Array.from({ length: n }, (_, i) => table(i));

// The role's policies after synthesis: logical id, kind and resolved document.
function synth(names) {
  const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
  const stack = new cdk.Stack(app, 'Bench');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('amplify.amazonaws.com') });
  names.forEach((tableName, i) =>
    dynamodb.Table.fromTableAttributes(stack, `Table${i}`, { tableName, globalIndexes: ['gsi'] }).grantReadWriteData(role));
  const template = app.synth().getStackByName('Bench').template;
  return Object.entries(template.Resources)
    .filter(([, r]) => r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy')
    .map(([id, r]) => ({ id, managed: r.Type === 'AWS::IAM::ManagedPolicy', document: resolve(r.Properties.PolicyDocument) }));
}

function fits(policies) {
  const size = (p) => JSON.stringify(p.document).length;
  const managed = policies.filter((p) => p.managed);
  const inline = policies.filter((p) => !p.managed).reduce((sum, p) => sum + size(p), 0);
  return inline <= INLINE_LIMIT && managed.length <= MANAGED_COUNT && managed.every((p) => size(p) <= MANAGED_LIMIT);
}

// Which policies hold each table's ARN (or its index ARN).
function homes(policies, names) {
  const text = policies.map((p) => ({ id: p.id, json: JSON.stringify(p.document) }));
  return new Map(names.map((n) => [n, text.filter((p) => p.json.includes(`:table/${n}"`) || p.json.includes(`:table/${n}/`)).map((p) => p.id).join(',')]));
}

let fit = 0;
while (fits(synth(tables(fit + 1)))) fit++;
console.log(`cdk.fit.10 ${fit}`);

// Tables of the MOVES_AT-table stack whose policy changes when `names` are deployed instead.
const policies = synth(tables(MOVES_AT));
const before = homes(policies, tables(MOVES_AT));
const firstManaged = policies.find((p) => p.managed).id;
console.log(`cdk.onePolicy ${[...before.values()].filter((home) => home === firstManaged).length}`);
const moved = (names) => [...homes(synth(names), names)].filter(([n, home]) => before.has(n) && before.get(n) !== home).length;
console.log(`cdk.moves.removeFirst ${moved(tables(MOVES_AT).slice(1))}`);
console.log(`cdk.moves.addFront ${moved([table(9999), ...tables(MOVES_AT)])}`);
