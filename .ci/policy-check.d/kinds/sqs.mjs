// sqs: { queue: name | ARN, access: send | consume }. Both get GetQueueUrl, which the SDK calls
// to turn a queue name into its URL.
import { allow, arnOrName, deny, rename } from './common.mjs';

export function requests(entry, { scope }) {
  const { arn, name, sibling: siblingName } = arnOrName(entry.queue, scope, 'sqs', '');
  const send = entry.access === 'send' ? allow : deny;
  const consume = entry.access === 'consume' ? allow : deny;
  const sibling = rename(arn, name, siblingName);
  return [
    allow('look up the queue URL', 'sqs:GetQueueUrl', arn),
    send(`send (${entry.access})`, 'sqs:SendMessage', arn),
    consume(`receive (${entry.access})`, 'sqs:ReceiveMessage', arn),
    consume(`delete a message (${entry.access})`, 'sqs:DeleteMessage', arn),
    consume(`change visibility (${entry.access})`, 'sqs:ChangeMessageVisibility', arn),
    deny('send to a sibling queue', 'sqs:SendMessage', sibling),
    deny('receive from a sibling queue', 'sqs:ReceiveMessage', sibling),
    deny('purge the queue', 'sqs:PurgeQueue', arn),
    deny('delete the queue', 'sqs:DeleteQueue', arn),
  ];
}
