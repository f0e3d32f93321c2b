// Groups the calls' actions by resource into the stack file's access lists. An entry names its
// exact `actions`, or the level (docs/config.md) whose actions are exactly those.
import { KINDS, render, keyPrefix, isInferenceProfile } from './resources.mjs';

// The CDK-style levels of CONTRACT.md, as sets of actions.
const S3_READ = ['s3:GetObject', 's3:ListBucket'];
const S3_PUT = ['s3:AbortMultipartUpload', 's3:ListMultipartUploadParts', 's3:PutObject'];
const S3_DELETE = ['s3:DeleteObject'];
const DDB_READ = ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'];
const DDB_WRITE = ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:DescribeTable', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
export const LEVELS = {
  s3: { read: S3_READ, put: S3_PUT, delete: S3_DELETE, write: [...S3_PUT, ...S3_DELETE], readWrite: [...S3_READ, ...S3_PUT, ...S3_DELETE] },
  dynamodb: { read: DDB_READ, write: DDB_WRITE, readWrite: [...DDB_READ, ...DDB_WRITE] },
};
const same = (a, b) => a.length === new Set(b).size && b.every((x) => a.includes(x));

// calls: [{ file, line, operation, targets }] -> { lists: { list: [entry] } } with entry
// { fields: {...}, actions: [...], level?, refs: ['file:line Op'], env: [...] }.
export function accessOf(calls) {
  const groups = new Map();
  for (const call of calls) {
    for (const t of call.targets) {
      if (!t.action) continue;
      const prefix = t.action.split(':')[0];
      const kind = t.global ? null : KINDS[prefix];
      const name = render(t.name);
      const list = kind ? kind.list : 'statements';
      const id = `${list}\u0000${kind ? name.text ?? '<unresolved>' : `${prefix}\u0000${!!t.global}`}`;
      if (!groups.has(id)) groups.set(id, { list, prefix, kind, global: !!t.global, name: name.text ?? '<unresolved>', actions: new Set(), refs: new Set(), env: new Set(name.env), keyPrefixes: [] });
      const g = groups.get(id);
      g.actions.add(t.action);
      g.refs.add(`${call.file}:${call.line} ${call.operation}`);
      if (!name.text && !t.global) g.unresolved = true;
      if (prefix === 's3') g.keyPrefixes.push(t.key || t.keyPrefix ? keyPrefix(t.key ?? t.keyPrefix) : '');
      for (const p of [t.key, t.keyPrefix]) for (const e of render(p).env) g.env.add(e);
    }
  }
  const lists = {};
  for (const g of [...groups.values()].sort((a, b) => (a.list + a.name < b.list + b.name ? -1 : 1))) {
    const actions = [...g.actions].sort();
    const entry = { fields: {}, actions, refs: [...g.refs], env: [...g.env].sort(), unresolved: !!g.unresolved, global: g.global };
    if (g.kind) {
      entry.fields[keyOf(g)] = g.prefix === 'sqs' && /^https?:\/\//.test(g.name) ? g.name.replace(/\/$/, '').split('/').pop() : g.name;
      const prefix = commonPrefix(g.keyPrefixes);
      if (prefix) entry.fields.prefix = prefix;
      const level = Object.entries(LEVELS[g.prefix] ?? {}).find(([, set]) => same(actions, set));
      if (level) entry.level = level[0];
    } else {
      entry.fields.resources = [g.global ? '*' : `<ARN of the ${g.prefix} resources>`];
    }
    (lists[g.list] ??= []).push(entry);
  }
  return lists;
}

// The entry's name key: a Bedrock name is a model id or a cross-region inference profile id.
const keyOf = (g) => (g.prefix === 'bedrock' && isInferenceProfile(g.name) ? 'inferenceProfile' : g.kind.key);

function commonPrefix(prefixes) {
  if (!prefixes.length || prefixes.includes('')) return '';
  let p = prefixes[0];
  for (const q of prefixes) while (!q.startsWith(p)) p = p.slice(0, -1);
  return p.slice(0, p.lastIndexOf('/') + 1) || (prefixes.every((q) => q === p) ? p : '');
}

// The entry as the stack file writes it (JSON for --json).
export function stackEntry(entry) {
  return { ...entry.fields, ...(entry.level ? { access: entry.level } : { actions: entry.actions }) };
}

const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

export function toYaml(lists) {
  const lines = ['config:', '  amplify-compute-role:access:'];
  for (const [list, entries] of Object.entries(lists)) {
    lines.push(`    ${list}:`);
    for (const entry of entries) {
      for (const ref of entry.refs) lines.push(`      # ${ref}`);
      for (const env of entry.env) lines.push(`      # <${env}> is process.env.${env}: write the value it has in this stage`);
      if (entry.unresolved) lines.push('      # the name is not in the code: write the resource this call reaches');
      if (entry.global) lines.push('      # these actions apply to no resource ARN (IAM\'s Resource "*"), which the program does not grant');
      const fields = Object.entries(stackEntry(entry));
      fields.forEach(([k, v], i) => {
        const lead = i === 0 ? '      - ' : '        ';
        if (Array.isArray(v)) { lines.push(`${lead}${k}:`); for (const x of v) lines.push(`          - ${q(x)}`); }
        else lines.push(`${lead}${k}: ${q(v)}`);
      });
    }
  }
  return lines.join('\n') + '\n';
}
