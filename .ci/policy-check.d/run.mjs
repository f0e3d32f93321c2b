// Runs everything over a set of stacks and returns the counts and the findings, so that the
// self-test can feed it planted documents exactly as the real check feeds it the snapshots.
import { deployerRequests } from './deployer.mjs';
import { lint } from './lint.mjs';
import { permissionCaller, permissionRequests } from './permissions.mjs';
import { simulate } from './simulate.mjs';
import { ACCOUNT } from './stacks.mjs';
import { trustRequests } from './trust.mjs';

export async function check(stacks) {
  const findings = [];
  const { documents, statements } = await lint(stacks, findings);
  let requests = 0;
  const configs = JSON.stringify(stacks.map((s) => [s.name, s.config]));
  for (const stack of stacks) {
    const result = await rememberedCheck(stack, stacks, configs);
    requests += result.requests;
    findings.push(...result.findings);
  }
  return { documents, statements, requests, findings };
}

// A stack's requests and decisions follow from its own documents and every stack's config (the
// others' for stage isolation), all deterministic: a self-test plant re-simulates only the stacks
// whose inputs it changed.
const stackChecks = new Map();
async function rememberedCheck(stack, stacks, configs) {
  const key = JSON.stringify([stack.name, stack.snapshot]) + configs;
  if (!stackChecks.has(key)) stackChecks.set(key, await checkStack(stack, stacks));
  return stackChecks.get(key);
}

async function checkStack(stack, stacks) {
  const findings = [];
  let requests = 0;
  if (stack.snapshot.accountId !== ACCOUNT) {
    findings.push({ where: `${stack.name}: accountId`, value: stack.snapshot.accountId, message: `snapshots are rendered for ${ACCOUNT}` });
  }
  const deployer = { principal: `arn:aws:iam::${ACCOUNT}:role/ci-deployer`, account: ACCOUNT, policies: [{ name: 'deployerPolicy', policy: stack.snapshot.deployerPolicy }] };
  const batches = [
    ['permissionPolicies', await permissionRequests(stack, stacks, findings), permissionCaller(stack, ACCOUNT)],
    ['trustPolicy', trustRequests(stack), { account: ACCOUNT }],
    ['deployerPolicy', deployerRequests(stack, stacks), deployer],
  ];
  for (const [document, list, caller] of batches) {
    for (const request of list) {
      requests++;
      const who = { ...caller, ...request.caller, resourcePolicy: request.resourcePolicy };
      const { problem } = await simulate(request, who);
      if (problem) {
        const context = request.context && Object.keys(request.context).length ? ` ${JSON.stringify(request.context)}` : '';
        findings.push({
          where: `${stack.name}:${document}${request.grant ? ` (${request.grant})` : ''}`,
          value: `${request.action} ${request.resource}${context}`,
          message: `${request.what}: ${problem}`,
        });
      }
    }
  }
  return { requests, findings };
}

export const formatFinding = (f) => `${f.where}: ${f.value}: ${f.message}`;
export const totals = (r) => `policy-check: ${r.documents} documents, ${r.statements} statements, ${r.requests} requests, ${r.findings.length} findings`;
