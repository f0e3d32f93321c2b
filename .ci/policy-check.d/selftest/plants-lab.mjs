// Planted widenings of the other kinds in the lab stack's rendered documents.
import { statement } from './edit.mjs';

const lab = (s, sid, on) => statement(s, 'lab', sid, on);
const A = 'arn:aws';
const R = 'eu-west-1:123456789012';

export const labPlants = [
  ['secret: a name prefix instead of the 6-character suffix', /read a longer-named secret: expected deny, got Allowed/,
    (s) => { lab(s, 'SecretsManagerReadSecret').Resource = [`${A}:secretsmanager:${R}:secret:acme/lab/db*`]; }],
  ['ssm: a path without its slash', /read a parameter under a sibling path: expected deny, got Allowed/,
    (s) => { lab(s, 'SsmReadParametersUnderPath').Resource = [`${A}:ssm:${R}:parameter/acme/lab/config*`]; }],
  ['ssm: a parameter ARN keeping the leading slash', /parameter\/\/acme\/lab\/flag: fits no ARN format/,
    (s) => { lab(s, 'SsmReadParameter').Resource = [`${A}:ssm:${R}:parameter//acme/lab/flag`]; }],
  ['sqs: consuming where only send was granted', /sqs:ReceiveMessage on the queue \(send\): expected deny, got Allowed/,
    (s) => lab(s, 'SqsSend').Action.push('sqs:ReceiveMessage')],
  ['sns: every topic with the name prefix', /publish to a sibling topic: expected deny, got Allowed/,
    (s) => { lab(s, 'SnsPublish', 'acme-lab-alerts').Resource = [`${A}:sns:${R}:acme-lab-alerts*`]; }],
  ['sns: a wider prefix than the stack file wrote', /sns:Publish \S+:acme-lab-auditsprobe: publish to a sibling topic: expected deny, got Allowed/,
    (s) => { lab(s, 'SnsPublish', 'acme-lab-audit-').Resource = [`${A}:sns:${R}:acme-lab-audit*`]; }],
  ['ses: no FromAddress condition', /from another address: expected deny, got Allowed/,
    (s) => { delete lab(s, 'SesSendEmail').Condition; }],
  ['eventbridge: every bus', /put events on a sibling bus: expected deny, got Allowed/,
    (s) => { lab(s, 'EventBridgePutEvents').Resource = [`${A}:events:${R}:event-bus/*`]; }],
  ["stepfunctions: every machine's executions", /describe a sibling machine's execution: expected deny, got Allowed/,
    (s) => { lab(s, 'StepFunctionsDescribeExecutions').Resource = [`${A}:states:${R}:execution:*`]; }],
  ['bedrock: the model without the profile condition', /on the model directly: expected deny, got Allowed/,
    (s) => { delete lab(s, 'BedrockInvokeThroughProfile').Condition; }],
  ['bedrock: a region wildcard without the profile condition', /foundation-model\/amazon.titan-text-express-v1: fits no ARN format/,
    (s) => { lab(s, 'BedrockInvokeModel').Resource = [`${A}:bedrock:*::foundation-model/amazon.titan-text-express-v1`]; }],
  ['appsync: every root type', /mutation a field \(query\): expected deny, got Allowed/,
    (s) => { lab(s, 'AppSyncGraphQL').Resource = [`${A}:appsync:${R}:apis/abcdefghijklmnopqrstuvwxyz/types/*/fields/*`]; }],
  ['statements: an invented action in the escape hatch', /sqs:GetQueueAttribute: action is not an action of sqs/,
    (s) => { lab(s, 'ReadMetricsQueueAttributes').Action = ['sqs:GetQueueAttribute']; }],
];
