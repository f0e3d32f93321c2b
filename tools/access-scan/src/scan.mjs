// Scans an app folder: every source file, its SDK calls, their actions and resources.
import { relative } from 'node:path';
import { sourceFiles } from './files.mjs';
import { Modules } from './modules.mjs';
import { Evaluator } from './evaluate.mjs';
import { findCalls } from './calls.mjs';
import { targetsOf, render, KINDS } from './resources.mjs';
import { loadReference } from './reference.mjs';

export async function scan(appDir, repoRoot) {
  const { files, problems } = sourceFiles(appDir);
  const modules = new Modules(appDir);
  const evaluator = new Evaluator(modules);
  const found = [];
  const unresolved = [];
  const browser = [];
  for (const file of files) {
    const facts = modules.get(file);
    if (!facts) continue;
    const rel = relative(appDir, file);
    const r = findCalls(facts, evaluator);
    // A 'use client' module runs in the browser, with the browser's credentials: its calls need
    // no access of the compute role (listed apart, not granted).
    if (facts.ast.program.directives?.some((d) => d.value.value === 'use client')) {
      browser.push(...r.calls.map((c) => ({ file: rel, line: c.line, operation: c.operation, pkg: c.pkg })));
      continue;
    }
    found.push(...r.calls.map((c) => ({ ...c, file: rel })));
    unresolved.push(...r.unresolved.map((u) => ({ ...u, file: rel })));
  }
  const reference = loadReference(repoRoot);
  const calls = [];
  for (const c of found) {
    // A command from a barrel of several SDK packages: the first whose service has the operation.
    if (c.alternatives) c.pkg = [c.pkg, ...c.alternatives].find((p) => !targetsOf({ ...c, pkg: p }, evaluator, reference).problem) ?? c.pkg;
    const r = targetsOf(c, evaluator, reference);
    if (r.problem) { unresolved.push({ file: c.file, line: c.line, pkg: c.pkg, what: c.operation, reason: `unknown command: ${r.problem}` }); continue; }
    const targets = r.targets.filter((t) => t.action);
    if (targets.length < r.targets.length) unresolved.push({ file: c.file, line: c.line, pkg: c.pkg, what: c.operation, reason: 'a transaction item whose kind is not in the code' });
    calls.push({ file: c.file, line: c.line, pkg: c.pkg, operation: c.operation, targets, actions: [...new Set(targets.map((t) => t.action))].sort(), resource: resourceOf(targets) });
  }
  for (const p of modules.problems) problems.push({ file: relative(appDir, p.file), reason: p.reason });
  const byPlace = (a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1);
  return { files: files.length, calls: calls.sort(byPlace), unresolved: unresolved.sort(byPlace), browser: browser.sort(byPlace), problems };
}

// The call's resource for --json: { bucket, key } and the like; a call on several resources
// (a copy, a batch, a transaction) lists each with its actions under "each".
function resourceOf(targets) {
  const describe = (t) => {
    const kind = KINDS[t.action.split(':')[0]];
    const r = {};
    if (kind) r[kind.key] = render(t.name).text;
    if (t.key) r.key = render(t.key).text;
    if (t.keyPrefix) r.prefix = render(t.keyPrefix).text;
    if (t.index) r.index = render(t.index).text;
    return r;
  };
  const all = targets.map(describe);
  const keys = new Set(all.map((r) => JSON.stringify(r)));
  if (keys.size <= 1) return all[0] ?? {};
  return { each: targets.map((t, i) => ({ action: t.action, ...all[i] })) };
}
