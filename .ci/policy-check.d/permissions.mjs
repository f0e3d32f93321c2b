// The compute role's requests: each grant's representative calls from its kind's builder, the
// account and region variants, and the other stages' calls (which must all be denied).
import { KINDS } from './kinds/index.mjs';
import { ProbeError } from './kinds/probe.mjs';
import { otherStages } from './stacks.mjs';
import { isolationOf, variantsOf } from './variants.mjs';

// Requests of one stack's own grants; an unknown kind, or an entry the oracle cannot probe,
// becomes a finding.
export async function grantRequests(stack, findings) {
  const found = [];
  for (const [kind, entries] of Object.entries(stack.config.access)) {
    const builder = KINDS[kind];
    if (!builder) {
      findings.push({ where: `${stack.name}: access.${kind}`, value: kind, message: 'no request builder for this kind in .ci/policy-check.d/kinds/index.mjs' });
      continue;
    }
    for (const [i, entry] of (entries ?? []).entries()) {
      const grant = `access.${kind}[${i}]`;
      try {
        for (const r of await builder.requests(entry, stack.config)) found.push({ ...r, stack: stack.name, grant });
      } catch (error) {
        if (!(error instanceof ProbeError)) throw error;
        findings.push({ where: `${stack.name}: ${grant}`, value: JSON.stringify(entry), message: error.message });
      }
    }
  }
  return found;
}

export async function permissionRequests(stack, stacks, findings) {
  const own = await grantRequests(stack, findings);
  const others = [];
  for (const s of otherStages(stack, stacks)) others.push(...await grantRequests(s, []));
  return [...own, ...variantsOf(own, stack.config.region), ...isolationOf(own, others)];
}

export function permissionCaller(stack, account) {
  return {
    principal: `arn:aws:sts::${account}:assumed-role/${stack.config.roleName}/amplify-ssr`,
    account,
    policies: Object.entries(stack.snapshot.permissionPolicies ?? {}).map(([name, policy]) => ({ name, policy })),
  };
}
