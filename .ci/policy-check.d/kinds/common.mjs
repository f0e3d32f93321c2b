// Small helpers shared by the request builders of kinds/*.mjs.
import { isArn, parseArn } from '../arn.mjs';

export const allow = (what, action, resource, context) => ({ what, action, resource, context, expect: 'allow' });
export const deny = (what, action, resource, context) => ({ what, action, resource, context, expect: 'deny' });

// A grant's resource written as a name or a full ARN: the ARN as written, or one built from the
// name with AWS's ARN format for the stack's scope. A name the stack file wrote as a prefix
// (ending in '*') is probed with one resource it covers. Returns that resource's `arn` and
// `name`, and `sibling`: a name that shares the text of the granted name (or prefix) but is
// outside the grant.
export function arnOrName(value, scope, service, prefix) {
  const written = isArn(value) ? parseArn(value).resource.slice(prefix.length) : value;
  const base = isArn(value) ? value.slice(0, value.length - written.length) : scope.arn(service, prefix);
  const n = names(written);
  return { arn: base + n.inside, name: n.inside, sibling: n.sibling };
}

// `inside` is a resource the name covers; `sibling` one outside it that shares its text.
export function names(name) {
  if (name.endsWith('*')) {
    const stem = name.slice(0, -1);
    return { inside: `${stem}probe`, sibling: `${stem.slice(0, -1)}${stem.endsWith('s') ? 'z' : 's'}probe` };
  }
  return { inside: name, sibling: `${name}-archive` };
}

// The ARN with its last `name` replaced by `other` (for siblings and prefix probes).
export const rename = (arn, name, other) => arn.slice(0, arn.length - name.length) + other;
