// AWS's Service Authorization Reference, as the repository's committed snapshot
// Infra.Core/Reference/service-reference.json: the file the program reads (C# ServiceReference.Aws),
// so the scanner and the program never disagree on an action's name or its ARN formats.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_PATH = 'Infra.Core/Reference/service-reference.json';

const loaded = new Map();
function snapshot(repoRoot) {
  const path = join(repoRoot, REFERENCE_PATH);
  if (!loaded.has(path)) loaded.set(path, JSON.parse(readFileSync(path, 'utf8')).services);
  return loaded.get(path);
}

export function loadReference(repoRoot) {
  const services = snapshot(repoRoot);
  const byService = new Map(Object.entries(services).map(([p, s]) => [p, new Map(Object.keys(s.actions).map((a) => [a.toLowerCase(), a]))]));
  return {
    hasService: (prefix) => byService.has(prefix),
    // 'service:Action' as AWS spells it, or null.
    action(prefix, name) {
      const found = byService.get(prefix)?.get(name.toLowerCase());
      return found ? `${prefix}:${found}` : null;
    },
    // Whether the action names resource types (false: it applies to "*" only).
    hasResources: (action) => {
      const [prefix, name] = action.split(':');
      return (services[prefix]?.actions[name]?.resources ?? []).length > 0;
    },
  };
}

// The ARN formats of the resource types an action applies to: [{ type, arns }].
export function resourceFormats(repoRoot, action) {
  const [prefix, name] = action.split(':');
  const service = snapshot(repoRoot)[prefix];
  return (service?.actions[name]?.resources ?? []).map((r) => ({ type: r.type, arns: service.resourceTypes[r.type]?.arns ?? [] }));
}
