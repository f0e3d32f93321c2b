// Every action exists in iam-data, spelt as AWS spells it, and (outside a trust policy) is
// served by a resource of its statement, while every resource serves one of its actions.
import { shapeOf } from './allowances.mjs';
import { fitsFormat } from './arn.mjs';
import { listOf } from './documents.mjs';
import { describeAction } from './iam-data.mjs';

export async function checkActions(doc, statement, report) {
  const known = [];
  for (const action of listOf(statement.Action)) {
    const info = await describeAction(action);
    if (info.error) report(action, `action ${info.error}`);
    else known.push(info);
  }
  if (doc.kind === 'trust') return known;
  const resources = listOf(statement.Resource);
  const used = new Set();
  for (const info of known) {
    if (info.formats.length === 0) {
      // Such an action authorises only Resource "*", which the program never writes.
      report(`${statement.Sid}:${info.name}`, 'takes no resource type in iam-data; it would need Resource "*"');
      continue;
    }
    const fitting = resources.filter((r) => info.formats.some((f) => fitsFormat(shapeOf(r, statement), f.arn)));
    fitting.forEach((r) => used.add(r));
    if (fitting.length === 0) {
      report(info.name, `no resource of the statement fits its ARN formats: ${formatList(info)}`);
    }
  }
  for (const resource of resources) {
    if (resource === '*') report(resource, 'Resource "*" is never written by the program');
    else if (known.length && !used.has(resource)) {
      report(resource, `fits no ARN format of the statement's actions: ${formatList(...known)}`);
    }
  }
  return known;
}

// The distinct resource types of the actions, as `type format`.
const formatList = (...infos) => [...new Set(infos.flatMap((i) => i.formats.map((f) => `${f.type} ${f.arn}`)))].join(', ');
