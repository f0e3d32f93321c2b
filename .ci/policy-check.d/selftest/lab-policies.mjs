// The documents the lab stack should render, written by hand from issue 7's table.
const A = 'arn:aws';
const R = 'eu-west-1:123456789012';
const PROFILE = `${A}:bedrock:${R}:inference-profile/eu.anthropic.claude-3-7-sonnet-20250219-v1:0`;
const INVOKE = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'];
const st = (Sid, Action, Resource, Condition) => ({ Sid, Effect: 'Allow', Action, Resource, ...(Condition && { Condition }) });
const doc = (...Statement) => ({ Version: '2012-10-17', Statement });

export const labPolicies = {
  'acme-lab-ssr-policy-0': doc(
    st('SecretsManagerReadAcmeLabDb', ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], [`${A}:secretsmanager:${R}:secret:acme/lab/db-??????`]),
    st('SsmReadAcmeLabFlag', ['ssm:GetParameter', 'ssm:GetParameters'], [`${A}:ssm:${R}:parameter/acme/lab/flag`]),
    st('SsmReadPathAcmeLabConfig', ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath'],
      [`${A}:ssm:${R}:parameter/acme/lab/config`, `${A}:ssm:${R}:parameter/acme/lab/config/*`]),
    st('SqsSendAcmeLabJobs', ['sqs:GetQueueUrl', 'sqs:SendMessage'], [`${A}:sqs:${R}:acme-lab-jobs`]),
    st('SqsConsumeAcmeSharedEventsFifo', ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'],
      [`${A}:sqs:eu-west-1:444455556666:acme-shared-events.fifo`]),
    st('SnsPublishAcmeLabAlerts', ['sns:Publish'], [`${A}:sns:${R}:acme-lab-alerts`]),
    st('SnsPublishAcmeLabAuditPrefix', ['sns:Publish'], [`${A}:sns:${R}:acme-lab-audit-*`]),
    st('SesSendExampleCom', ['ses:SendEmail', 'ses:SendRawEmail'],
      [`${A}:ses:${R}:configuration-set/transactional`, `${A}:ses:${R}:identity/example.com`],
      { StringEquals: { 'ses:FromAddress': ['noreply@example.com'] } }),
    st('EventsPutEventsDefault', ['events:PutEvents'], [`${A}:events:${R}:event-bus/default`]),
  ),
  'acme-lab-ssr-policy-1': doc(
    st('StatesStartAcmeLabCheckout', ['states:StartExecution', 'states:StartSyncExecution'], [`${A}:states:${R}:stateMachine:acme-lab-checkout`]),
    st('StatesDescribeAcmeLabCheckout', ['states:DescribeExecution'], [`${A}:states:${R}:execution:acme-lab-checkout:*`]),
    st('BedrockInvokeAmazonTitanTextExpressV1', INVOKE, [`${A}:bedrock:eu-west-1::foundation-model/amazon.titan-text-express-v1`]),
    st('BedrockInvokeProfileEuAnthropicClaude', INVOKE, [PROFILE]),
    st('BedrockInvokeModelViaProfileEuAnthropicClaude', INVOKE,
      [`${A}:bedrock:*::foundation-model/anthropic.claude-3-7-sonnet-20250219-v1:0`],
      { StringEquals: { 'bedrock:InferenceProfileArn': [PROFILE] } }),
    st('AppSyncQueryAbcdefghijklmnopqrstuvwxyz', ['appsync:GraphQL'], [`${A}:appsync:${R}:apis/abcdefghijklmnopqrstuvwxyz/types/Query/fields/*`]),
    st('ReadJobsQueueAttributes', ['sqs:GetQueueAttributes'], [`${A}:sqs:${R}:acme-lab-jobs`]),
  ),
};
