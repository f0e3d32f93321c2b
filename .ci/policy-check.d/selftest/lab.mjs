// The lab stack: Pulumi.lab.yaml (every grant kind at every level) with the documents the
// program renders for it, lab.json (written by Infra.Core.Tests' LabSnapshotTests), loaded like
// a shipped stack. Its twin `labactions` writes each entry as the `actions` list of its level,
// so that the `actions` requests run against the same rendered documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KINDS } from '../kinds/index.mjs';
import { grantedBy } from '../kinds/probe.mjs';
import { stackConfig } from '../stacks.mjs';

export function labStacks(root) {
  const dir = join(root, '.ci', 'policy-check.d', 'selftest');
  const project = parse(readFileSync(join(root, 'Pulumi.yaml'), 'utf8')).name;
  const raw = parse(readFileSync(join(dir, 'Pulumi.lab.yaml'), 'utf8')).config ?? {};
  const snapshot = JSON.parse(readFileSync(join(dir, 'lab.json'), 'utf8'));
  const lab = { name: 'lab', snapshot, config: stackConfig(project, 'lab', raw) };
  const access = Object.fromEntries(Object.entries(lab.config.access).map(([kind, entries]) => [kind, entries.map((e) => asActions(kind, e))]));
  return [lab, { name: 'labactions', snapshot, config: { ...lab.config, stack: 'labactions', access } }];
}

// The entry with its level written out as `actions` (a kind without levels keeps its entry).
function asActions(kind, entry) {
  const { LEVELS, levelOf } = KINDS[kind] ?? {};
  if (!LEVELS || entry.actions) return entry;
  const { access, ...rest } = entry;
  return { ...rest, actions: grantedBy({ access: access ?? levelOf?.(entry), ...entry }, LEVELS).granted };
}
