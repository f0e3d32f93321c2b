// The rendered documents of one stack's snapshot, each with the IAM size limit that applies.
// IAM counts a policy's characters without whitespace; JSON.stringify writes none.

export const LIMITS = { trust: 2048, managed: 6144 };

export function documentsOf(stack) {
  const snapshot = stack.snapshot;
  const docs = [{ name: `${stack.name}:trustPolicy`, kind: 'trust', policy: snapshot.trustPolicy }];
  for (const [policyName, policy] of Object.entries(snapshot.permissionPolicies ?? {})) {
    docs.push({ name: `${stack.name}:permissionPolicies/${policyName}`, kind: 'managed', policy });
  }
  // An administrator creates the deployer's policy as a customer-managed policy.
  docs.push({ name: `${stack.name}:deployerPolicy`, kind: 'managed', policy: snapshot.deployerPolicy });
  return docs;
}

export const statementsOf = (policy) => [policy?.Statement ?? []].flat();
export const listOf = (value) => (value === undefined ? [] : [value].flat());
export const sizeOf = (policy) => JSON.stringify(policy).length;
