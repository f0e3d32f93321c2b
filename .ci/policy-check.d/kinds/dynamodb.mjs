// dynamodb: { table: name | ARN, access: read | write | readWrite } or { table, actions: [...] }
// grants the table and its indexes. Every action of every level is probed on the table, and on
// an index where iam-data lists the index resource type for it.
import { arnOrName, deny, rename } from './common.mjs';
import { probeActions } from './probe.mjs';

// The AWS CDK's grantReadData, grantWriteData and grantReadWriteData.
const READ = ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'];
const WRITE = ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DescribeTable'];
export const LEVELS = { read: READ, write: WRITE, readWrite: [...READ, ...WRITE] };

export async function requests(entry, { scope }) {
  const { arn: table, name, sibling: siblingName } = arnOrName(entry.table, scope, 'dynamodb', 'table/');
  const sibling = rename(table, name, siblingName);
  return [
    ...await probeActions(entry, LEVELS, { table, index: `${table}/index/by-customer` }),
    deny('read a sibling table', 'dynamodb:GetItem', sibling),
    deny('query a sibling table index', 'dynamodb:Query', `${sibling}/index/by-customer`),
    deny('delete the table', 'dynamodb:DeleteTable', table),
    deny('read the table stream', 'dynamodb:GetRecords', `${table}/stream/2024-01-01T00:00:00.000`),
  ];
}
