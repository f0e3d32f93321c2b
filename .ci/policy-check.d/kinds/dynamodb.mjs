// dynamodb: { table: name | ARN, access: read | readWrite } grants the table and its indexes.
import { allow, arnOrName, deny, rename } from './common.mjs';

export function requests(entry, { scope }) {
  const { arn: table, name, sibling: siblingName } = arnOrName(entry.table, scope, 'dynamodb', 'table/');
  const sibling = rename(table, name, siblingName);
  const write = entry.access === 'readWrite' ? allow : deny;
  return [
    allow('read an item', 'dynamodb:GetItem', table),
    allow('query an index', 'dynamodb:Query', `${table}/index/by-customer`),
    allow('scan the table', 'dynamodb:Scan', table),
    write(`write an item (${entry.access})`, 'dynamodb:PutItem', table),
    write(`delete an item (${entry.access})`, 'dynamodb:DeleteItem', table),
    deny('read a sibling table', 'dynamodb:GetItem', sibling),
    deny('query a sibling table index', 'dynamodb:Query', `${sibling}/index/by-customer`),
    deny('delete the table', 'dynamodb:DeleteTable', table),
  ];
}
