// secretsmanager: { secret: name | ARN }. A name grants arn:...:secret:<name>-?????? (AWS appends
// '-' and 6 random characters), which must not reach a longer name such as <name>-old.
import { allow, arnOrName, deny, rename } from './common.mjs';

const SUFFIXED = /-[A-Za-z0-9]{6}$/;

export function requests(entry, { scope }) {
  const { arn, name } = arnOrName(entry.secret, scope, 'secretsmanager', 'secret:');
  // A full ARN already carries the suffix and grants exactly that secret.
  const exact = entry.secret.startsWith('arn:') && SUFFIXED.test(name);
  const secretName = exact ? name.replace(SUFFIXED, '') : name;
  const secret = exact ? arn : `${arn}-AbC123`;
  const other = (n) => rename(arn, name, `${n}-XyZ789`);
  return [
    allow('read the secret value', 'secretsmanager:GetSecretValue', secret),
    allow('describe the secret', 'secretsmanager:DescribeSecret', secret),
    deny('read a longer-named secret', 'secretsmanager:GetSecretValue', other(`${secretName}-old`)),
    deny('read a secret sharing the name prefix', 'secretsmanager:GetSecretValue', other(`${secretName}2`)),
    deny('overwrite the secret', 'secretsmanager:PutSecretValue', secret),
    deny('delete the secret', 'secretsmanager:DeleteSecret', secret),
  ];
}
