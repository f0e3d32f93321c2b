// The request builders, one module per `access` list of the stack file. A new kind is one new
// module plus one line here; a kind missing here is reported, never silently skipped.
import * as appsync from './appsync.mjs';
import * as bedrock from './bedrock.mjs';
import * as dynamodb from './dynamodb.mjs';
import * as eventbridge from './eventbridge.mjs';
import * as kms from './kms.mjs';
import * as lambda from './lambda.mjs';
import * as s3 from './s3.mjs';
import * as secretsmanager from './secretsmanager.mjs';
import * as ses from './ses.mjs';
import * as sns from './sns.mjs';
import * as sqs from './sqs.mjs';
import * as ssm from './ssm.mjs';
import * as statements from './statements.mjs';
import * as stepfunctions from './stepfunctions.mjs';

export const KINDS = {
  dynamodb,
  s3,
  lambda,
  kms,
  secretsmanager,
  ssm,
  sqs,
  sns,
  ses,
  eventbridge,
  stepfunctions,
  bedrock,
  appsync,
  statements,
};
