// Helpers that plant a defect into a deep copy of the stacks.

// The scope (holding a function) is shared, never planted into; everything else is copied.
export const clone = (stacks) =>
  stacks.map(({ config: { scope, ...config }, ...stack }) => ({ ...structuredClone({ ...stack, config }), scope: undefined, config: { ...structuredClone(config), scope } }));
export const stackOf = (stacks, name) => stacks.find((s) => s.name === name);

// Every policy document of a stack's snapshot, trust and deployer included.
const docsOf = (stack) => [stack.snapshot.trustPolicy, stack.snapshot.deployerPolicy, ...Object.values(stack.snapshot.permissionPolicies)];

// The statement with this Sid in the named stack (and, given `on`, a resource that contains it:
// one Sid may name statements of several policies); throws so a renamed Sid fails the self-test.
export function statement(stacks, stackName, sid, on = '') {
  for (const doc of docsOf(stackOf(stacks, stackName))) {
    const found = doc.Statement.find((s) => s.Sid === sid && [s.Resource ?? []].flat().some((r) => r.includes(on)));
    if (found) return found;
  }
  throw new Error(`self-test: no statement ${sid} in stack ${stackName}`);
}

// A permission policy document of the stack that holds the statement with this Sid.
export function policyWith(stacks, stackName, sid) {
  const stack = stackOf(stacks, stackName);
  const doc = Object.values(stack.snapshot.permissionPolicies).find((d) => d.Statement.some((s) => s.Sid === sid));
  if (!doc) throw new Error(`self-test: no permission policy with ${sid} in stack ${stackName}`);
  return doc;
}
