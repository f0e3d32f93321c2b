// ssm: exactly one of { parameter: '/a/b' | 'b' } or { path: '/a/b/' }. The ARN drops the
// leading '/': arn:...:parameter/a/b. A path grants GetParametersByPath on the path itself and
// GetParameter(s) on every parameter under it.
import { allow, deny } from './common.mjs';

export function requests(entry, { scope }) {
  const arn = (name) => scope.arn('ssm', `parameter/${name.replace(/^\//, '')}`);
  if (entry.parameter !== undefined) {
    const p = entry.parameter;
    return [
      allow('read the parameter', 'ssm:GetParameter', arn(p)),
      allow('read it in a batch', 'ssm:GetParameters', arn(p)),
      deny('read a sibling parameter', 'ssm:GetParameter', arn(`${p}-old`)),
      deny('read a parameter below it', 'ssm:GetParameter', arn(`${p}/child`)),
      deny('overwrite the parameter', 'ssm:PutParameter', arn(p)),
    ];
  }
  const path = entry.path.replace(/\/$/, '');
  const parent = path.replace(/\/[^/]*$/, '') || '/';
  return [
    allow('read the path', 'ssm:GetParametersByPath', arn(path)),
    allow('read a parameter under the path', 'ssm:GetParameter', arn(`${path}/db-host`)),
    allow('read a nested parameter in a batch', 'ssm:GetParameters', arn(`${path}/db/port`)),
    deny('read a parameter under a sibling path', 'ssm:GetParameter', arn(`${path}-old/db-host`)),
    deny('read the sibling path', 'ssm:GetParametersByPath', arn(`${path}-old`)),
    deny('read the parent path', 'ssm:GetParametersByPath', arn(parent)),
    deny('write under the path', 'ssm:PutParameter', arn(`${path}/db-host`)),
  ];
}
