// ssm: exactly one of { parameter: '/a/b' | 'b' } or { path: '/a/b/' }. The ARN drops the
// leading '/': arn:...:parameter/a/b. A path grants GetParametersByPath on the path and its
// sub-paths and GetParameter(s) on every parameter under it; a parameter only GetParameter(s).
import { deny } from './common.mjs';
import { probeActions, verdictOn } from './probe.mjs';

const READ = ['ssm:GetParameter', 'ssm:GetParameters'];
const BY_PATH = 'ssm:GetParametersByPath';
export const LEVELS = { parameter: READ, path: [...READ, BY_PATH] };
export const levelOf = (entry) => (entry.parameter !== undefined ? 'parameter' : 'path');

export async function requests(entry, { scope }) {
  const arn = (name) => scope.arn('ssm', `parameter/${name.replace(/^\//, '')}`);
  if (entry.parameter !== undefined) {
    const p = entry.parameter;
    return [
      ...await probeActions({ access: levelOf(entry), ...entry }, LEVELS, { parameter: arn(p) }),
      deny('read a sibling parameter', 'ssm:GetParameter', arn(`${p}-old`)),
      deny('read a parameter below it', 'ssm:GetParameter', arn(`${p}/child`)),
      deny('overwrite the parameter', 'ssm:PutParameter', arn(p)),
    ];
  }
  const path = entry.path.replace(/\/$/, '');
  const parent = path.replace(/\/[^/]*$/, '') || '/';
  const under = { access: levelOf(entry), ...entry };
  return [
    ...await probeActions(under, LEVELS, { parameter: arn(`${path}/db-host`) }),
    verdictOn(under, LEVELS, BY_PATH)('read the path', BY_PATH, arn(path)),
    verdictOn(under, LEVELS, BY_PATH)('read a sub-path', BY_PATH, arn(`${path}/db`)),
    verdictOn(under, LEVELS, 'ssm:GetParameters')('read a nested parameter in a batch', 'ssm:GetParameters', arn(`${path}/db/port`)),
    deny('read the path itself as a parameter', 'ssm:GetParameter', arn(path)),
    deny('read a parameter under a sibling path', 'ssm:GetParameter', arn(`${path}-old/db-host`)),
    deny('read the sibling path', 'ssm:GetParametersByPath', arn(`${path}-old`)),
    deny('read the parent path', 'ssm:GetParametersByPath', arn(parent)),
    deny('write under the path', 'ssm:PutParameter', arn(`${path}/db-host`)),
  ];
}
