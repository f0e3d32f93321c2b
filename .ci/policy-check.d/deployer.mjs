// The deployer policy: what `pulumi up` of the stack needs, and nothing that lets it manage
// another stack's role or policies, attach a foreign policy or pass the role to another service.
import { allow, deny } from './kinds/common.mjs';
import { otherStages } from './stacks.mjs';
import { isolationOf, OTHER_ACCOUNT, variantsOf } from './variants.mjs';

export function ownDeployerRequests(stack) {
  // The slots are <roleName>-policy-0 ... -<managedPolicyLimit - 1>.
  const { scope, roleName, appId, branches, permissionsBoundaryArn: boundary, managedPolicyLimit: slots } = stack.config;
  const iam = (resource, account = scope.account) => `arn:${scope.partition}:iam::${account}:${resource}`;
  const role = iam(`role/${roleName}`);
  const slot = (n) => iam(`policy/${roleName}-policy-${n}`);
  const app = scope.arn('amplify', `apps/${appId}`);
  const passTo = (service) => ({ 'iam:PassedToService': service });
  const found = [
    ...['CreateRole', 'GetRole', 'TagRole', 'UntagRole', 'UpdateAssumeRolePolicy', 'ListAttachedRolePolicies', 'ListRolePolicies', 'ListInstanceProfilesForRole', 'DeleteRole']
      .map((a) => allow(`manage the role: ${a}`, `iam:${a}`, role)),
    ...[0, slots - 1].flatMap((n) => [
      ...['CreatePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'GetPolicy', 'GetPolicyVersion', 'ListPolicyVersions', 'TagPolicy', 'DeletePolicy']
        .map((a) => allow(`manage slot policy ${n}: ${a}`, `iam:${a}`, slot(n))),
      allow(`attach slot policy ${n}`, 'iam:AttachRolePolicy', role, { 'iam:PolicyARN': slot(n) }),
      allow(`detach slot policy ${n}`, 'iam:DetachRolePolicy', role, { 'iam:PolicyARN': slot(n) }),
    ]),
    allow('pass the role to Amplify', 'iam:PassRole', role, passTo('amplify.amazonaws.com')),
    ...[...branches, 'preview-42'].flatMap((b) => [
      allow(`read branch ${b}`, 'amplify:GetBranch', `${app}/branches/${b}`),
      allow(`update branch ${b}`, 'amplify:UpdateBranch', `${app}/branches/${b}`),
    ]),
    (stack.config.associateApp ? allow : deny)('update the app', 'amplify:UpdateApp', app),
    // The drift observation (observe.sh): the app's branches and this stack's role, read only.
    (stack.config.driftCheck === 'off' ? deny : allow)("list the app's branches", 'amplify:ListBranches', app),
    allow('read the role', 'iam:GetRole', role),
    (boundary ? allow : deny)('set the permissions boundary', 'iam:PutRolePermissionsBoundary', role, boundary ? { 'iam:PermissionsBoundary': boundary } : {}),
  ];
  return found.map((r) => ({ ...r, stack: stack.name }));
}

function ownDenials(stack) {
  const { scope, roleName, appId, managedPolicyLimit: slots } = stack.config;
  const iam = (resource) => `arn:${scope.partition}:iam::${scope.account}:${resource}`;
  const role = iam(`role/${roleName}`);
  const sibling = iam(`role/${roleName}-admin`);
  const app = scope.arn('amplify', `apps/${appId}`);
  return [
    deny('create a sibling role', 'iam:CreateRole', sibling),
    deny('delete a sibling role', 'iam:DeleteRole', sibling),
    deny('pass a sibling role to Amplify', 'iam:PassRole', sibling, { 'iam:PassedToService': 'amplify.amazonaws.com' }),
    deny('pass the role to Lambda', 'iam:PassRole', role, { 'iam:PassedToService': 'lambda.amazonaws.com' }),
    deny('pass the role to EC2', 'iam:PassRole', role, { 'iam:PassedToService': 'ec2.amazonaws.com' }),
    deny('put an inline policy on the role', 'iam:PutRolePolicy', role),
    deny('attach AdministratorAccess', 'iam:AttachRolePolicy', role, { 'iam:PolicyARN': `arn:${scope.partition}:iam::aws:policy/AdministratorAccess` }),
    deny("attach another account's slot-named policy", 'iam:AttachRolePolicy', role, { 'iam:PolicyARN': `arn:${scope.partition}:iam::${OTHER_ACCOUNT}:policy/${roleName}-policy-0` }),
    deny('attach a slot policy to a sibling role', 'iam:AttachRolePolicy', sibling, { 'iam:PolicyARN': iam(`policy/${roleName}-policy-0`) }),
    deny('version a policy past the slots', 'iam:CreatePolicyVersion', iam(`policy/${roleName}-policy-${slots}`)),
    deny('version a sibling policy', 'iam:CreatePolicyVersion', iam(`policy/${roleName}-policy-0-extra`)),
    deny('create an IAM user', 'iam:CreateUser', iam('user/mallory')),
    deny('delete a branch', 'amplify:DeleteBranch', `${app}/branches/preview-42`),
    deny('delete the app', 'amplify:DeleteApp', app),
    deny("update a sibling app's branch", 'amplify:UpdateBranch', `${app}0/branches/main`),
    deny("list a sibling app's branches", 'amplify:ListBranches', `${app}0`),
  ].map((r) => ({ ...r, stack: stack.name }));
}

export function deployerRequests(stack, stacks) {
  const own = ownDeployerRequests(stack);
  const others = otherStages(stack, stacks).flatMap(ownDeployerRequests);
  return [...own, ...ownDenials(stack), ...variantsOf(own, stack.config.region), ...isolationOf(own, others)];
}
