// Small helpers shared by the request builders of kinds/*.mjs.
import { parseArn } from '../arn.mjs';

export const allow = (what, action, resource, context) => ({ what, action, resource, context, expect: 'allow' });
export const deny = (what, action, resource, context) => ({ what, action, resource, context, expect: 'deny' });

// A grant's resource written as a name or a full ARN: the ARN as written, or one built from the
// name with AWS's ARN format for the stack's scope. `name` is the resource's own name.
export function arnOrName(value, scope, service, prefix) {
  if (value.startsWith('arn:')) {
    const parsed = parseArn(value);
    return { arn: value, name: parsed.resource.slice(prefix.length), parsed };
  }
  return { arn: scope.arn(service, `${prefix}${value}`), name: value, parsed: parseArn(scope.arn(service, `${prefix}${value}`)) };
}

// A name the stack file wrote as a prefix ends in '*'. `inside` names a resource the prefix
// covers; `sibling` one that shares the prefix's text but is outside the grant, and for an
// exact name one that merely starts with it.
export function names(name) {
  if (name.endsWith('*')) {
    const prefix = name.slice(0, -1);
    return { inside: `${prefix}probe`, sibling: `${prefix.slice(0, -1)}${prefix.endsWith('s') ? 'z' : 's'}probe`, prefix: true };
  }
  return { inside: name, sibling: `${name}-archive`, prefix: false };
}

// The ARN with its last `name` replaced by `other` (for siblings and prefix probes).
export const rename = (arn, name, other) => arn.slice(0, arn.length - name.length) + other;
