// ARNs: parsing, building in a stack's scope, and matching a policy's resource pattern
// against an ARN format of AWS's service authorization reference (iam-data), such as
// arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}.

// arn:partition:service:region:account:resource (the resource part may hold more colons).
// The one test of whether a stack-file value is an ARN rather than a name (as NamePatterns.IsArn).
export const isArn = (value) => value.startsWith('arn:');

export function parseArn(arn) {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition, service, region, account] = parts;
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}

// The partition follows from the region, as the C# side derives it.
export function partitionOf(region) {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

// A stack's scope: where a name without an ARN lives.
export function scopeOf(region, account) {
  const partition = partitionOf(region);
  const arn = (service, resource, { regional = true, inAccount = true } = {}) =>
    `arn:${partition}:${service}:${regional ? region : ''}:${inAccount ? account : ''}:${resource}`;
  return { partition, region, account, arn };
}

// What each ${Variable} of a format may stand for in the fields before the resource part.
const FIELD = {
  Partition: /^aws(-[a-z]+)*$/,
  Region: /^[a-z]{2}(-[a-z]+)+-\d+$/,
  Account: /^\d{12}$/,
};

// Inside the resource part a variable is one segment (no '/'), except names that AWS documents
// as paths, object keys or names that may hold '/' (secret names such as app/db), which may
// span segments; a name "WithoutLeadingSlash" must not start with one.
const PATH_VARIABLE = /Path|ObjectName|SecretId/;
const NO_LEADING_SLASH = /WithoutLeadingSlash/;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function formatRegex(format) {
  let source = '';
  for (const piece of format.split(/(\$\{[A-Za-z0-9]+\})/)) {
    const name = /^\$\{([A-Za-z0-9]+)\}$/.exec(piece)?.[1];
    if (!name) source += escape(piece);
    else if (NO_LEADING_SLASH.test(name)) source += '[^/].*';
    else source += PATH_VARIABLE.test(name) ? '.+' : '[^/]+';
  }
  return new RegExp(`^${source}$`);
}

// One concrete ARN the pattern stands for: each wildcard becomes one ordinary character. A
// pattern fits a format when that ARN does, so `table/x-*` fits table/${TableName} while
// `table/x/index/*` fits only the index format.
const sample = (pattern) => pattern.replace(/[*?]/g, 'x');

// True when a policy resource pattern has the shape of the ARN format.
export function fitsFormat(pattern, format) {
  const arn = parseArn(sample(pattern));
  const want = parseArn(format);
  if (!arn || !want) return false;
  for (const field of ['partition', 'service', 'region', 'account']) {
    const expected = want[field];
    const variable = /^\$\{([A-Za-z]+)\}$/.exec(expected)?.[1];
    if (variable ? !FIELD[variable]?.test(arn[field]) : arn[field] !== expected) return false;
  }
  return formatRegex(want.resource).test(arn.resource);
}

// A copy of the ARN in another account or region; undefined when the ARN has no such field.
export function withField(arn, field, value) {
  const parsed = parseArn(arn);
  if (!parsed || !parsed[field]) return undefined;
  const p = { ...parsed, [field]: value };
  return `arn:${p.partition}:${p.service}:${p.region}:${p.account}:${p.resource}`;
}
