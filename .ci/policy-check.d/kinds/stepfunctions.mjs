// stepfunctions: { stateMachine: name | ARN } grants StartExecution and StartSyncExecution on
// the machine and DescribeExecution on its executions (arn:...:execution:<name>:<id>), as
// iam-data places each action.
import { arnOrName, deny, rename } from './common.mjs';
import { probeActions } from './probe.mjs';

export const LEVELS = { start: ['states:StartExecution', 'states:StartSyncExecution', 'states:DescribeExecution'] };

export async function requests(entry, { scope }) {
  const { arn, name, sibling: siblingName } = arnOrName(entry.stateMachine, scope, 'states', 'stateMachine:');
  const execution = (machine) => rename(arn, `stateMachine:${name}`, `execution:${machine}:run-1`);
  const sibling = rename(arn, name, siblingName);
  return [
    ...await probeActions(entry, LEVELS, { statemachine: arn, execution: execution(name) }),
    deny('start a sibling machine', 'states:StartExecution', sibling),
    deny("describe a sibling machine's execution", 'states:DescribeExecution', execution(siblingName)),
    deny('stop its execution', 'states:StopExecution', execution(name)),
    deny('delete the machine', 'states:DeleteStateMachine', arn),
  ];
}
