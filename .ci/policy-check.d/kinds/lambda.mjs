// lambda: { function: name | ARN | qualified ARN (...:function:<name>:<alias or version>) }.
// Unqualified grants the function, its versions and aliases; qualified exactly that one.
import { arnOrName, deny } from './common.mjs';
import { probeActions, verdictOn } from './probe.mjs';

export const LEVELS = { invoke: ['lambda:InvokeFunction'] };

export async function requests(entry, { scope }) {
  const { arn, name } = arnOrName(entry.function, scope, 'lambda', 'function:');
  const [fn, qualifier] = name.split(':');
  const base = arn.slice(0, arn.length - name.length);
  const invoke = 'lambda:InvokeFunction';
  const invokes = verdictOn(entry, LEVELS, invoke);
  const found = [
    ...await probeActions(entry, LEVELS, { function: arn }),
    deny('invoke a sibling function', invoke, `${base}${fn}-admin`),
    deny('invoke a sibling function alias', invoke, `${base}${fn}-admin:${qualifier ?? 'live'}`),
    deny('change the function code', 'lambda:UpdateFunctionCode', `${base}${fn}`),
  ];
  if (qualifier === undefined) {
    found.push(
      invokes('invoke the function', invoke, `${base}${fn}`),
      invokes('invoke an alias', invoke, `${base}${fn}:live`),
      invokes('invoke a version', invoke, `${base}${fn}:7`),
    );
  } else {
    found.push(
      invokes(`invoke the ${qualifier} qualifier`, invoke, `${base}${fn}:${qualifier}`),
      deny('invoke the unqualified function', invoke, `${base}${fn}`),
      deny('invoke another qualifier', invoke, `${base}${fn}:${qualifier}-canary`),
      deny('invoke $LATEST', invoke, `${base}${fn}:$LATEST`),
    );
  }
  return found;
}
