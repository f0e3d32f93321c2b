// ses: { identity: domain | email, configurationSet?, fromAddress? } grants SendEmail and
// SendRawEmail on the identity (and the configuration set); fromAddress adds ses:FromAddress.
import { deny } from './common.mjs';
import { verdictOn } from './probe.mjs';

export const LEVELS = { send: ['ses:SendEmail', 'ses:SendRawEmail'] };

export function requests(entry, { scope }) {
  const identity = scope.arn('ses', `identity/${entry.identity}`);
  const domain = entry.identity.split('@').pop();
  const from = { 'ses:FromAddress': entry.fromAddress ?? `noreply@${domain}` };
  const found = [];
  for (const action of LEVELS.send) {
    const allow = verdictOn(entry, LEVELS, action);
    found.push(
      allow(`${action} from the identity`, action, identity, from),
      deny(`${action} from a sibling identity`, action, scope.arn('ses', `identity/${entry.identity}x`), from),
    );
    const set = entry.configurationSet;
    if (set) found.push(allow(`${action} with the configuration set`, action, scope.arn('ses', `configuration-set/${set}`), from));
    found.push(deny(`${action} with another configuration set`, action, scope.arn('ses', `configuration-set/${set ?? 'any'}-other`), from));
    if (entry.fromAddress) {
      found.push(deny(`${action} from another address`, action, identity, { 'ses:FromAddress': `other@${domain}` }));
    }
  }
  found.push(deny('delete the identity', 'ses:DeleteEmailIdentity', identity));
  return found;
}
