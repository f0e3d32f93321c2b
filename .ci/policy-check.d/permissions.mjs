// The compute role's requests: each grant's representative calls from its kind's builder, the
// account and region variants, and the other stages' calls (which must all be denied).
import { KINDS } from './kinds/index.mjs';
import { otherStages } from './stacks.mjs';
import { isolationOf, variantsOf } from './variants.mjs';

// Requests of one stack's own grants; an unknown kind becomes a finding.
export function grantRequests(stack, findings) {
  const found = [];
  for (const [kind, entries] of Object.entries(stack.config.access)) {
    const builder = KINDS[kind];
    if (!builder) {
      findings.push({ where: `${stack.name}: access.${kind}`, value: kind, message: 'no request builder for this kind in .ci/policy-check.d/kinds/index.mjs' });
      continue;
    }
    (entries ?? []).forEach((entry, i) => {
      for (const r of builder.requests(entry, stack.config)) found.push({ ...r, stack: stack.name, grant: `access.${kind}[${i}]` });
    });
  }
  return found;
}

export function permissionRequests(stack, stacks, findings) {
  const own = grantRequests(stack, findings);
  const others = otherStages(stack, stacks).flatMap((s) => grantRequests(s, []));
  return [...own, ...variantsOf(own, stack.config.region), ...isolationOf(own, others)];
}

export function permissionCaller(stack, account) {
  return {
    principal: `arn:aws:sts::${account}:assumed-role/${stack.config.roleName}/amplify-ssr`,
    account,
    policies: Object.entries(stack.snapshot.permissionPolicies ?? {}).map(([name, policy]) => ({ name, policy })),
  };
}
