// --check STACK_FILE: is each call allowed by the role that the program renders for the stack
// file? The documents come from tools/render-stack (the program's own code); each request is
// decided by @cloud-copilot/iam-simulate, as in .ci/policy-check.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { requestsOf } from './requests.mjs';

export async function check(calls, stackFile, repoRoot, env, io) {
  if (!existsSync(stackFile)) { io.err(`access-scan: no stack file ${stackFile}\n`); return 2; }
  const rendered = render(repoRoot, stackFile, io);
  if (!rendered) return 2;
  const region = parseYaml(readFileSync(stackFile, 'utf8'))?.config?.['aws:region'] ?? 'us-east-1';
  const policies = Object.entries(rendered.permissionPolicies ?? {}).map(([name, policy]) => ({ name, policy }));
  const denied = [];
  let requests = 0;
  for (const call of calls) {
    for (const r of await requestsOf(call, { region, account: rendered.accountId, env: { ...process.env, ...env }, repoRoot })) {
      requests++;
      if (r.problem) { denied.push(`${call.file}:${call.line} ${call.operation} ${r.action}: ${r.problem}`); continue; }
      const decision = await allowed(r, rendered.accountId, policies);
      if (decision !== 'Allowed') denied.push(`${call.file}:${call.line} ${call.operation} ${r.action} on ${r.resource}: ${decision} by the role of ${stackFile}`);
    }
  }
  for (const d of denied) io.out(`not allowed: ${d}\n`);
  io.out(`access-scan --check: ${calls.length} calls, ${requests} requests, ${denied.length} not allowed\n`);
  return denied.length ? 1 : 0;
}

async function allowed(request, account, policies) {
  const result = await runSimulation({
    request: {
      principal: `arn:aws:sts::${account}:assumed-role/compute/amplify`,
      action: request.action,
      resource: { resource: request.resource, accountId: request.account ?? account },
      contextVariables: request.context ?? {},
    },
    identityPolicies: policies,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  }, { simulationMode: 'Strict' });
  if (result.resultType !== 'single') return `not simulated (${result.errors?.message ?? result.resultType})`;
  return result.overallResult;
}

// The stack's rendered documents, from the program's own code; built first when stale (checked
// once per process: the tests run many checks in one).
const built = new Set();
export function ensureBuilt(repoRoot) {
  const project = join(repoRoot, 'tools/render-stack');
  const dll = join(project, 'bin/Debug/net10.0/render-stack.dll');
  if (!built.has(dll) && (!existsSync(dll) || newestSource(repoRoot) > statSync(dll).mtimeMs)) {
    execFileSync('dotnet', ['build', project, '-v', 'q', '--nologo'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  built.add(dll);
  return dll;
}

export function render(repoRoot, stackFile, io) {
  try {
    const dll = ensureBuilt(repoRoot);
    return JSON.parse(execFileSync('dotnet', [dll, stackFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }));
  } catch (e) {
    io.err(`access-scan: the program refuses ${stackFile}:\n${e.stderr ?? e.message}\n`);
    return null;
  }
}

function newestSource(repoRoot) {
  let newest = 0;
  const visit = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'bin' || e.name === 'obj') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.(cs|csproj|json|sh)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['Infra.Core', 'tools/render-stack', 'Infra.Core.Tests/Support']) visit(join(repoRoot, d));
  for (const f of ['Directory.Build.props', 'Directory.Packages.props', 'Pulumi.yaml']) newest = Math.max(newest, statSync(join(repoRoot, f)).mtimeMs);
  return newest;
}
