// Resolves the intrinsic functions a synthesized policy holds to the real ARNs of the
// reference account and region; anything else is an error, never a guess.
'use strict';
const PSEUDO = { 'AWS::Partition': 'aws', 'AWS::Region': 'eu-west-1', 'AWS::AccountId': '123456789012', 'AWS::URLSuffix': 'amazonaws.com' };

function resolve(value) {
  if (Array.isArray(value)) return value.map(resolve);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'Fn::Join') {
    const [separator, parts] = value['Fn::Join'];
    return parts.map(resolve).join(separator);
  }
  if (keys.length === 1 && keys[0] === 'Ref') {
    if (!(value.Ref in PSEUDO)) throw new Error(`unresolvable Ref ${value.Ref}`);
    return PSEUDO[value.Ref];
  }
  if (keys.some((k) => k.startsWith('Fn::'))) throw new Error(`unresolvable ${JSON.stringify(value)}`);
  return Object.fromEntries(keys.map((k) => [k, resolve(value[k])]));
}

module.exports = { resolve };
