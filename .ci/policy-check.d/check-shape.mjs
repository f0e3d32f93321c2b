// Elements the program never writes, so their presence is a defect in itself: `*` as an action
// or resource, Not* elements, a Principal in an identity policy, a Resource in a trust policy.
import { listOf } from './documents.mjs';

export function checkShape(doc, statement, report) {
  for (const element of ['NotAction', 'NotResource', 'NotPrincipal']) {
    if (element in statement) report(element, `${element} is never written by the program`);
  }
  if (statement.Effect !== 'Allow') report(String(statement.Effect), "Effect must be 'Allow'");
  if (!/^[A-Za-z0-9]+$/.test(statement.Sid ?? '')) report(String(statement.Sid), 'Sid must be letters and digits');
  if (listOf(statement.Action).length === 0) report('Action', 'statement has no Action');
  if (doc.kind === 'trust') {
    if ('Resource' in statement) report('Resource', 'a trust policy has no Resource');
    if (!statement.Principal) report('Principal', 'a trust policy statement needs a Principal');
    return;
  }
  if ('Principal' in statement) report('Principal', 'an identity policy has no Principal');
  if (listOf(statement.Resource).length === 0) report('Resource', 'statement has no Resource');
}
