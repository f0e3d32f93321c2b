// sns: { topic: name | ARN } grants sns:Publish.
import { allow, arnOrName, deny, rename } from './common.mjs';

export function requests(entry, { scope }) {
  const { arn, name, sibling } = arnOrName(entry.topic, scope, 'sns', '');
  return [
    allow('publish', 'sns:Publish', arn),
    deny('publish to a sibling topic', 'sns:Publish', rename(arn, name, sibling)),
    deny('subscribe', 'sns:Subscribe', arn),
    deny('delete the topic', 'sns:DeleteTopic', arn),
  ];
}
