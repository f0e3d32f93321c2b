// The IAM actions of one call and the resource each applies to, with names resolved from the
// input where the code gives them: literals, constants, template strings; process.env.X stays a
// placeholder <X>, an unknown part <expression>.
import { findProperty } from './evaluate.mjs';
import { SPECIAL, TRANSACT_ITEM_ACTIONS, iamOperation, prefixOf } from './mapping.mjs';

// Per IAM prefix: the stack file's access list, its name key and the input fields naming it.
export const KINDS = {
  s3: { list: 's3', key: 'bucket', fields: ['Bucket'] },
  dynamodb: { list: 'dynamodb', key: 'table', fields: ['TableName'] },
  bedrock: { list: 'bedrock', key: 'model', fields: ['modelId'] },
  ses: { list: 'ses', key: 'identity', fields: ['FromEmailAddress', 'Source'] },
  sqs: { list: 'sqs', key: 'queue', fields: ['QueueUrl'] },
  sns: { list: 'sns', key: 'topic', fields: ['TopicArn'] },
  secretsmanager: { list: 'secretsmanager', key: 'secret', fields: ['SecretId'] },
  ssm: { list: 'ssm', key: 'parameter', fields: ['Name'] },
  lambda: { list: 'lambda', key: 'function', fields: ['FunctionName'] },
  states: { list: 'stepfunctions', key: 'stateMachine', fields: ['stateMachineArn'] },
  events: { list: 'eventbridge', key: 'bus', fields: ['EventBusName'] },
  kms: { list: 'kms', key: 'key', fields: ['KeyId'] },
};

// A cross-region inference profile id starts with its geography: us.anthropic.claude-...
// (https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html).
export const isInferenceProfile = (name) => /^(us|eu|apac|global|jp|au|ca|us-gov)\./.test(name ?? '');

export function render(parts) {
  if (!parts) return { text: null, env: [], exact: false };
  const env = parts.filter((p) => p.env).map((p) => p.env);
  const text = parts.map((p) => p.lit ?? (p.env ? `<${p.env}>` : `<${p.dyn}>`)).join('');
  return { text, env, exact: parts.every((p) => p.lit !== undefined) };
}

// The literal start of an object key up to its last '/', as an S3 grant prefix ('' for none).
export function keyPrefix(parts) {
  if (!parts) return '';
  let literal = '';
  for (const p of parts) { if (p.lit === undefined) break; literal += p.lit; }
  const whole = parts.every((p) => p.lit !== undefined);
  return whole ? literal : literal.slice(0, literal.lastIndexOf('/') + 1);
}

export function targetsOf(call, evaluator, reference) {
  const prefix = prefixOf(call.pkg, reference);
  const operation = iamOperation(call.pkg, call.operation);
  let input = call.input && evaluator.value(call.input, call.at);
  for (const step of call.inputPath ?? []) input = evaluator.property(input, step, 0);
  const field = (obj, name) => {
    const v = obj && evaluator.property(obj, name, 0);
    return v?.t === 'str' ? v.parts : null;
  };
  const name = (obj) => {
    for (const f of KINDS[prefix]?.fields ?? []) { const parts = field(obj, f); if (parts) return parts; }
    return null;
  };
  const special = SPECIAL[prefix]?.[operation];
  if (!special) {
    const action = reference.action(prefix, operation);
    if (!action) return { problem: `${prefix}:${operation} is no action in the service reference` };
    if (prefix === 'dynamodb' && /^Batch(Get|Write)Item$/.test(operation)) return { targets: batchTables(input, action, evaluator) };
    const target = { action, name: name(input), global: !reference.hasResources(action) };
    if (prefix === 's3') { target.key = field(input, 'Key'); target.keyPrefix = field(input, 'Prefix'); }
    if (prefix === 'dynamodb') target.index = field(input, 'IndexName');
    return { targets: [target] };
  }
  const targets = [];
  for (const row of special) {
    if (row.on === 'item') targets.push(...transactItems(input, row.action, evaluator));
    else if (row.on === 'copySource') {
      const source = field(input, 'CopySource');
      const slash = source ? splitSource(source) : null;
      targets.push({ action: row.action, name: slash?.bucket ?? null, key: slash?.key ?? null, copySource: true });
    } else if (!reference.hasResources(row.action)) targets.push({ action: row.action, name: null, global: true });
    else targets.push({ action: row.action, name: name(input), key: field(input, 'Key'), keyPrefix: field(input, 'Prefix') });
  }
  return { targets };
}

// 'bucket/key' (optionally URL-encoded, optionally starting with '/') into its two parts.
function splitSource(parts) {
  const flat = parts.map((p) => ({ ...p }));
  if (flat[0]?.lit?.startsWith('/')) flat[0].lit = flat[0].lit.slice(1);
  const i = flat.findIndex((p) => p.lit?.includes('/'));
  if (i < 0) return { bucket: flat, key: null };
  const cut = flat[i].lit.indexOf('/');
  const bucket = [...flat.slice(0, i), { lit: flat[i].lit.slice(0, cut) }].filter((p) => p.lit !== '');
  const key = [{ lit: flat[i].lit.slice(cut + 1) }, ...flat.slice(i + 1)];
  return { bucket, key };
}

function batchTables(input, action, evaluator) {
  const items = input && evaluator.property(input, 'RequestItems', 0);
  if (items?.t !== 'obj') return [{ action, name: null }];
  return items.node.properties.filter((p) => p.key).map((p) => {
    if (!p.computed) return { action, name: [{ lit: p.key.name ?? p.key.value }] };
    const v = evaluator.value(p.key, items.at);
    return { action, name: v?.t === 'str' ? v.parts : null };
  });
}

function transactItems(input, fixed, evaluator) {
  const list = input && evaluator.property(input, 'TransactItems', 0);
  if (list?.t !== 'arr') return [{ action: fixed === 'item' ? null : fixed, name: null }];
  const targets = [];
  for (const element of list.node.elements) {
    const item = evaluator.value(element, list.at);
    if (item?.t !== 'obj') { targets.push({ action: null, name: null }); continue; }
    for (const [kind, action] of Object.entries(TRANSACT_ITEM_ACTIONS)) {
      if (!findProperty(item.node, kind)) continue;
      const body = evaluator.property(item, kind, 0);
      const table = body && evaluator.property(body, 'TableName', 0);
      targets.push({ action: fixed === 'item' ? action : fixed, name: table?.t === 'str' ? table.parts : null });
    }
  }
  return targets;
}
