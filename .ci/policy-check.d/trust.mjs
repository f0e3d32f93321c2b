// The trust policy: Amplify Hosting may assume the role; no other service or identity may, even
// one whose own identity policy allows sts:AssumeRole on everything.
import { allow, deny } from './kinds/common.mjs';
import { OTHER_ACCOUNT } from './variants.mjs';

const assumeAnything = [{ name: 'AssumeAnyRole', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } }];

export function trustRequests(stack) {
  const { scope, roleName, appId, branches } = stack.config;
  const role = scope.arn('iam', `role/${roleName}`, { regional: false });
  // What Amplify sends when it assumes the role for a branch; it matters with trustSourceConditions.
  const from = (app, branch, account = scope.account) => ({
    'aws:SourceAccount': account,
    'aws:SourceArn': `arn:${scope.partition}:amplify:${scope.region}:${account}:apps/${app}/branches/${branch}`,
  });
  const as = (principal, policies = []) => ({ principal, policies });
  const found = branches.map((b) => ({
    ...allow(`amplify assumes the role for branch ${b}`, 'sts:AssumeRole', role, from(appId, b)),
    caller: as('amplify.amazonaws.com'),
  }));
  found.push(
    { ...deny('ec2 assumes the role', 'sts:AssumeRole', role), caller: as('ec2.amazonaws.com') },
    { ...deny('lambda assumes the role', 'sts:AssumeRole', role), caller: as('lambda.amazonaws.com') },
    { ...deny('an IAM user of the account assumes the role', 'sts:AssumeRole', role), caller: as(`arn:aws:iam::${scope.account}:user/mallory`, assumeAnything) },
    { ...deny('a role of another account assumes the role', 'sts:AssumeRole', role), caller: as(`arn:aws:iam::${OTHER_ACCOUNT}:role/intruder`, assumeAnything) },
  );
  if (stack.config.trustSourceConditions) {
    found.push(
      { ...deny('amplify for another app', 'sts:AssumeRole', role, from('d0000000000000', branches[0])), caller: as('amplify.amazonaws.com') },
      { ...deny('amplify from another account', 'sts:AssumeRole', role, from(appId, branches[0], OTHER_ACCOUNT)), caller: as('amplify.amazonaws.com') },
    );
  }
  return found.map((r) => ({ ...r, stack: stack.name, resourcePolicy: stack.snapshot.trustPolicy }));
}
