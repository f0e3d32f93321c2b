// lambda: { function: name | ARN | qualified ARN (...:function:<name>:<alias or version>) }.
// Unqualified grants the function, its versions and aliases; qualified exactly that one.
import { allow, arnOrName, deny } from './common.mjs';

export function requests(entry, { scope }) {
  const { arn, name } = arnOrName(entry.function, scope, 'lambda', 'function:');
  const [fn, qualifier] = name.split(':');
  const base = arn.slice(0, arn.length - name.length);
  const invoke = 'lambda:InvokeFunction';
  const found = [
    deny('invoke a sibling function', invoke, `${base}${fn}-admin`),
    deny('invoke a sibling function alias', invoke, `${base}${fn}-admin:${qualifier ?? 'live'}`),
    deny('change the function code', 'lambda:UpdateFunctionCode', `${base}${fn}`),
  ];
  if (qualifier === undefined) {
    found.push(
      allow('invoke the function', invoke, `${base}${fn}`),
      allow('invoke an alias', invoke, `${base}${fn}:live`),
      allow('invoke a version', invoke, `${base}${fn}:7`),
    );
  } else {
    found.push(
      allow(`invoke the ${qualifier} qualifier`, invoke, `${base}${fn}:${qualifier}`),
      deny('invoke the unqualified function', invoke, `${base}${fn}`),
      deny('invoke another qualifier', invoke, `${base}${fn}:${qualifier}-canary`),
      deny('invoke $LATEST', invoke, `${base}${fn}:$LATEST`),
    );
  }
  return found;
}
