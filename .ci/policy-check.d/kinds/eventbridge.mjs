// eventbridge: { bus: name ('default' allowed) | ARN } grants events:PutEvents.
import { arnOrName, deny, rename } from './common.mjs';
import { probeActions } from './probe.mjs';

export const LEVELS = { putEvents: ['events:PutEvents'] };

export async function requests(entry, { scope }) {
  const { arn, name, sibling } = arnOrName(entry.bus, scope, 'events', 'event-bus/');
  return [
    ...await probeActions(entry, LEVELS, { 'event-bus': arn }),
    deny('put events on a sibling bus', 'events:PutEvents', rename(arn, name, sibling)),
    deny('add a rule to the bus', 'events:PutRule', rename(arn, `event-bus/${name}`, `rule/${name}/forward-all`)),
    deny('delete the bus', 'events:DeleteEventBus', arn),
  ];
}
