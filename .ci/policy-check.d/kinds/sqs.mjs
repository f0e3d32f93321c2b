// sqs: { queue: name | ARN, access: send | consume } or { queue, actions: [...] }. Both levels
// get GetQueueUrl, which the SDK calls to turn a queue name into its URL.
import { arnOrName, deny, rename } from './common.mjs';
import { probeActions } from './probe.mjs';

// The AWS CDK's grantSendMessages and grantConsumeMessages (pollers read the attributes).
export const LEVELS = {
  send: ['sqs:GetQueueUrl', 'sqs:SendMessage'],
  consume: ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'],
};

export async function requests(entry, { scope }) {
  const { arn, name, sibling: siblingName } = arnOrName(entry.queue, scope, 'sqs', '');
  const sibling = rename(arn, name, siblingName);
  return [
    ...await probeActions(entry, LEVELS, { queue: arn }),
    deny('send to a sibling queue', 'sqs:SendMessage', sibling),
    deny('receive from a sibling queue', 'sqs:ReceiveMessage', sibling),
    deny('purge the queue', 'sqs:PurgeQueue', arn),
    deny('delete the queue', 'sqs:DeleteQueue', arn),
  ];
}
