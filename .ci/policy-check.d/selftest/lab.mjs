// The lab stack, assembled like a loaded stack. Its trust and deployer policies are the dev
// stack's with dev's names replaced: they are not what the lab fixture is about.
import { ACCOUNT, stackConfig } from '../stacks.mjs';
import { labConfig } from './lab-config.mjs';
import { labPolicies } from './lab-policies.mjs';

export function labStack(dev) {
  const rename = (doc) => JSON.parse(JSON.stringify(doc)
    .replaceAll(dev.config.roleName, 'acme-lab-ssr')
    .replaceAll(dev.config.appId, labConfig['amplify-compute-role:appId']));
  return {
    name: 'lab',
    config: stackConfig('amplify-compute-role', 'lab', labConfig),
    snapshot: {
      accountId: ACCOUNT,
      trustPolicy: dev.snapshot.trustPolicy,
      permissionPolicies: labPolicies,
      deployerPolicy: rename(dev.snapshot.deployerPolicy),
    },
  };
}
