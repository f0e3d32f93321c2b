// sns: { topic: name | ARN } grants sns:Publish.
import { arnOrName, deny, rename } from './common.mjs';
import { probeActions } from './probe.mjs';

export const LEVELS = { publish: ['sns:Publish'] };

export async function requests(entry, { scope }) {
  const { arn, name, sibling } = arnOrName(entry.topic, scope, 'sns', '');
  return [
    ...await probeActions(entry, LEVELS, { topic: arn }),
    deny('publish to a sibling topic', 'sns:Publish', rename(arn, name, sibling)),
    deny('subscribe', 'sns:Subscribe', arn),
    deny('delete the topic', 'sns:DeleteTopic', arn),
  ];
}
