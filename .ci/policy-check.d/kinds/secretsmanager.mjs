// secretsmanager: { secret: name | ARN }. A name grants arn:...:secret:<name>-?????? (AWS appends
// '-' and 6 random characters), which must not reach a longer name such as <name>-old. An ARN
// is granted exactly as written (paste the full ARN, suffix included).
import { isArn } from '../arn.mjs';
import { arnOrName, deny, rename } from './common.mjs';
import { probeActions } from './probe.mjs';

export const LEVELS = { read: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'] };
const SUFFIXED = /-[A-Za-z0-9]{6}$/;

export async function requests(entry, { scope }) {
  const { arn, name } = arnOrName(entry.secret, scope, 'secretsmanager', 'secret:');
  const exact = isArn(entry.secret);
  const secretName = exact ? name.replace(SUFFIXED, '') : name;
  const secret = exact ? arn : `${arn}-AbC123`;
  const other = (n) => rename(arn, name, `${n}-XyZ789`);
  return [
    ...await probeActions(entry, LEVELS, { Secret: secret }),
    deny('read a longer-named secret', 'secretsmanager:GetSecretValue', other(`${secretName}-old`)),
    deny('read a secret sharing the name prefix', 'secretsmanager:GetSecretValue', other(`${secretName}2`)),
    deny('overwrite the secret', 'secretsmanager:PutSecretValue', secret),
    deny('delete the secret', 'secretsmanager:DeleteSecret', secret),
  ];
}
