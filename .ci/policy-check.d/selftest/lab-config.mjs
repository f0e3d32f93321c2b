// A hand-written stack "lab" with one grant of every kind that issue 7 adds, so that their
// request builders run before any shipped stack file uses them.
export const labConfig = {
  'aws:region': 'eu-west-1',
  'amplify-compute-role:appId': 'd5l4a3b2c1',
  'amplify-compute-role:branches': ['main'],
  'amplify-compute-role:roleName': 'acme-lab-ssr',
  'amplify-compute-role:access': {
    secretsmanager: [{ secret: 'acme/lab/db' }],
    ssm: [{ parameter: '/acme/lab/flag' }, { path: '/acme/lab/config/' }],
    sqs: [
      { queue: 'acme-lab-jobs', access: 'send' },
      { queue: 'arn:aws:sqs:eu-west-1:444455556666:acme-shared-events.fifo', access: 'consume' },
    ],
    sns: [{ topic: 'acme-lab-alerts' }, { topic: 'acme-lab-audit-*' }],
    ses: [{ identity: 'example.com', configurationSet: 'transactional', fromAddress: 'noreply@example.com' }],
    eventbridge: [{ bus: 'default' }],
    stepfunctions: [{ stateMachine: 'acme-lab-checkout' }],
    bedrock: [{ model: 'amazon.titan-text-express-v1' }, { inferenceProfile: 'eu.anthropic.claude-3-7-sonnet-20250219-v1:0' }],
    appsync: [{ api: 'abcdefghijklmnopqrstuvwxyz', operations: ['query'] }],
    statements: [{ sid: 'ReadJobsQueueAttributes', actions: ['sqs:GetQueueAttributes'], resources: ['arn:aws:sqs:eu-west-1:123456789012:acme-lab-jobs'] }],
  },
};
