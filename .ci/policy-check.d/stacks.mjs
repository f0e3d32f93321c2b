// Every stack file: each Infra.Core.Tests/Snapshots/[<folder>/]<stack>.json with its
// [<folder>/]Pulumi.<stack>.yaml, the shipped ones ("dev") and the samples ("examples/dev").
// Requests are built from the stack file, never from the snapshot, so that the simulation is an
// oracle independent of the C# code that rendered the snapshot.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { scopeOf } from './arn.mjs';

// The account the snapshots are rendered for (the C# tests' placeholder).
export const ACCOUNT = '123456789012';

export function loadStacks(root) {
  const dir = join(root, 'Infra.Core.Tests', 'Snapshots');
  const project = parse(readFileSync(join(root, 'Pulumi.yaml'), 'utf8')).name;
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      const stack = basename(name);
      const snapshot = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const yaml = parse(readFileSync(join(root, dirname(name), `Pulumi.${stack}.yaml`), 'utf8'));
      return { name, snapshot, config: stackConfig(project, stack, yaml.config ?? {}) };
    });
}

// The keys that decide what the documents grant, read as the README defines them.
export function stackConfig(project, stack, raw) {
  const key = (name) => raw[`${project}:${name}`];
  const region = raw['aws:region'];
  return {
    stack,
    region,
    scope: scopeOf(region, ACCOUNT),
    appId: key('appId'),
    branches: key('branches') ?? [],
    roleName: key('roleName') || `${project}-${stack}-amplify-compute`,
    permissionsBoundaryArn: key('permissionsBoundaryArn') || undefined,
    associateApp: String(key('associateApp')) === 'true',
    managedPolicyLimit: Number(key('managedPolicyLimit') || 10),
    trustSourceConditions: String(key('trustSourceConditions')) === 'true',
    driftCheck: key('driftCheck') || 'warn',
    access: key('access') ?? {},
  };
}

// The stacks of the other stages, whose resources this one must never reach. A shipped stack file
// and its sample are two versions of one stage (a user deploys one of them), so neither is isolated
// from the other.
export const otherStages = (stack, stacks) => stacks.filter((s) => s.config.stack !== stack.config.stack);
