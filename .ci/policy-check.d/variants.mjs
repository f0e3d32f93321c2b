// Denials derived from every allowed request: the same call on the same-named resource in
// another account and in another region must be denied. A request marked `vary: false` is
// exempt (S3 ARNs carry neither field; a Bedrock profile may route to other regions).
import { parseArn, withField } from './arn.mjs';

export const OTHER_ACCOUNT = '999988887777';
const otherRegion = (region) => (region === 'us-east-1' ? 'eu-central-1' : 'us-east-1');

export function variantsOf(requests, region) {
  const found = [];
  for (const r of requests) {
    if (r.expect !== 'allow' || r.vary === false) continue;
    const account = withField(r.resource, 'account', OTHER_ACCOUNT);
    // Another region than the resource's own (a Bedrock model ARN may name another than the stack's).
    const elsewhere = withField(r.resource, 'region', otherRegion(parseArn(r.resource)?.region || region));
    if (account) found.push({ ...r, what: `${r.what}, in another account`, resource: account, expect: 'deny' });
    if (elsewhere) found.push({ ...r, what: `${r.what}, in another region`, resource: elsewhere, expect: 'deny' });
  }
  return found;
}

// Another stack's allowed requests, as denials for this stack: stage isolation. A request this
// stack allows itself (a resource both stacks grant on purpose) is left out, and so is one on a
// resource no stage owns (`shared`: an AWS foundation model).
export function isolationOf(own, others) {
  const key = (r) => JSON.stringify([r.action, r.resource, r.context ?? {}]);
  const mine = new Set(own.filter((r) => r.expect === 'allow').map(key));
  return others
    .filter((r) => r.expect === 'allow' && !r.shared && !mine.has(key(r)))
    .map((r) => ({ ...r, what: `${r.what}, of stack ${r.stack}`, expect: 'deny' }));
}
