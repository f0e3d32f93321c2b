// One simulated request through iam-simulate, and whether its decision is the expected one.
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { parseArn } from './arn.mjs';
import { relevantTo } from './relevance.mjs';

// The resource side is modelled as trusting the caller's account wherever AWS would need it
// to: a KMS key policy (always needed) and the resource policy of a resource in another
// account. Then only the identity policy under test can deny, so a deny proves its narrowness.
function modelledResourcePolicy(request, callerAccount, resourceAccount) {
  const service = request.action.split(':')[0];
  if (service !== 'kms' && resourceAccount === callerAccount) return undefined;
  return {
    Version: '2012-10-17',
    Statement: [{
      Sid: 'ModelledTargetTrustsCallerAccount',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${callerAccount}:root` },
      Action: request.action,
      Resource: request.resource,
    }],
  };
}

// iam-simulate is deterministic, so a decision is remembered by everything that goes into it:
// the self-test re-checks every stack once per planted defect and most inputs repeat.
const decisions = new Map();

// caller: { principal, account, policies: [{ name, policy }], resourcePolicy? }
export async function simulate(request, caller) {
  const policies = relevantTo(caller.policies ?? [], request.action);
  const key = JSON.stringify([request.action, request.resource, request.context, request.expect,
    caller.principal, caller.account, caller.resourcePolicy, policies.key]);
  if (!decisions.has(key)) decisions.set(key, await decide(request, { ...caller, policies: policies.list }));
  return decisions.get(key);
}

async function decide(request, caller) {
  const resourceAccount = parseArn(request.resource)?.account || caller.account;
  const result = await runSimulation({
    request: {
      principal: caller.principal,
      action: request.action,
      resource: { resource: request.resource, accountId: resourceAccount },
      contextVariables: request.context ?? {},
    },
    identityPolicies: caller.policies,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: caller.resourcePolicy ?? modelledResourcePolicy(request, caller.account, resourceAccount),
  }, { simulationMode: 'Strict' });
  if (result.resultType !== 'single') {
    return { problem: `iam-simulate could not run it (${result.errors?.message ?? result.resultType})` };
  }
  const ignored = result.result.ignoredContextKeys ?? [];
  if (ignored.length) return { problem: `iam-simulate ignored context keys ${ignored.join(', ')}` };
  const allowed = result.overallResult === 'Allowed';
  if (allowed !== (request.expect === 'allow')) {
    return { problem: `expected ${request.expect}, got ${result.overallResult}${allowedBy(result.result.analysis)}` };
  }
  return {};
}

// Names the statements that let an unexpected request through, to point at what widened.
function allowedBy(analysis) {
  // iam-simulate hands back iam-policy statement objects; toJSON() is the statement as written.
  const statements = [analysis.identityAnalysis, analysis.resourceAnalysis]
    .flatMap((a) => a?.allowStatements ?? [])
    .map((s) => ({ policy: s.policyId ?? 'trustPolicy', sid: s.statement?.toJSON?.().Sid ?? s.statement?.Sid }))
    .filter((s) => s.sid !== 'ModelledTargetTrustsCallerAccount')
    .map((s) => `${s.policy} [${s.sid}]`);
  return statements.length ? ` (allowed by ${statements.join(', ')})` : '';
}
