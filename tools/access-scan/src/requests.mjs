// The requests a call makes, for the simulator: each action on a concrete ARN filled into the
// reference's ARN format of the resource type it reaches. A name from process.env.X takes the
// value of X (--env X=value or the environment); a name not in the code cannot be judged.
import { resourceFormats } from './reference.mjs';
import { isInferenceProfile } from './resources.mjs';

// The resource type a name of each service reaches (the reference gives its ARN format).
const TYPES = {
  s3: (t) => (t.key || t.copySource || /:(PutObject|GetObject|DeleteObject|AbortMultipartUpload|ListMultipartUploadParts|GetObjectAttributes)$/.test(t.action) ? 'object' : 'bucket'),
  dynamodb: (t) => (t.index ? 'index' : 'table'),
  bedrock: (t, name) => (isInferenceProfile(name) ? 'inference-profile' : 'foundation-model'),
  ses: () => 'identity', sqs: () => 'queue', sns: () => 'topic', secretsmanager: () => 'Secret',
  ssm: () => 'parameter', lambda: () => 'function', states: () => 'stateMachine', events: () => 'event-bus', kms: () => 'key',
};

export async function requestsOf(call, { region, account, env, repoRoot }) {
  const out = [];
  for (const t of call.targets) {
    const prefix = t.action.split(':')[0];
    if (t.global) { out.push({ action: t.action, resource: '*' }); continue; }
    const name = fill(t.name, env, false);
    if (name.missing) { out.push({ action: t.action, problem: name.missing }); continue; }
    const key = fill(t.key ?? t.keyPrefix, env, true);
    if (key.missing) { out.push({ action: t.action, problem: key.missing }); continue; }
    if (name.text.startsWith('arn:')) { out.push({ action: t.action, resource: name.text }); continue; }
    const type = TYPES[prefix]?.(t, name.text);
    const format = type && resourceFormats(repoRoot, t.action).find((f) => f.type === type)?.arns[0];
    if (!format) { out.push({ action: t.action, problem: `no ARN format of a ${type ?? prefix} resource for ${t.action} in the reference` }); continue; }
    const value = nameFor(prefix, name.text);
    const values = { Partition: 'aws', Region: region, Account: account, BucketName: value, ObjectName: key.text || 'object', IndexName: t.index ? fill(t.index, env, true).text : 'index' };
    const resource = format.replace(/\$\{(\w+)\}/g, (_, p) => values[p] ?? value);
    const context = {};
    if (t.action === 's3:ListBucket') context['s3:prefix'] = key.text ?? '';
    if (prefix === 'ses' && name.text.includes('@')) context['ses:FromAddress'] = name.text.replace(/^.*</, '').replace(/>$/, '');
    out.push({ action: t.action, resource, context });
    // A request through a cross-region profile is also authorised on the model it routes to, in
    // the destination region, with the profile as context (docs/config.md, bedrock).
    if (type === 'inference-profile') {
      const model = resourceFormats(repoRoot, t.action).find((f) => f.type === 'foundation-model')?.arns[0];
      const id = name.text.slice(name.text.indexOf('.') + 1);
      if (model) out.push({ action: t.action, resource: model.replace(/\$\{(\w+)\}/g, (_, p) => ({ Partition: 'aws', Region: region }[p] ?? id)), context: { 'bedrock:InferenceProfileArn': resource } });
    }
  }
  return out;
}

// The name a resource type's format takes: a queue URL's last part, an address's domain, a
// secret's name with a random suffix as AWS appends it, a parameter without its leading slash.
function nameFor(prefix, name) {
  if (prefix === 'sqs') return name.replace(/\/$/, '').split('/').pop();
  if (prefix === 'ses') return name.replace(/^.*@/, '').replace(/>$/, '');
  if (prefix === 'secretsmanager') return `${name}-AbCdEf`;
  if (prefix === 'ssm') return name.replace(/^\//, '');
  return name;
}

function fill(parts, env, dynamicAllowed) {
  if (!parts) return dynamicAllowed ? { text: '' } : { missing: 'the resource name is not in the code' };
  let text = '';
  for (const p of parts) {
    if (p.lit !== undefined) text += p.lit;
    else if (p.env) {
      if (env[p.env] === undefined) return { missing: `the name comes from process.env.${p.env}: pass --env ${p.env}=<value>` };
      text += env[p.env];
    } else if (dynamicAllowed) text += 'sample';
    else return { missing: `part of the name (${p.dyn}) is computed at run time` };
  }
  return { text };
}
