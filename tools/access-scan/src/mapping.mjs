// Which IAM actions an SDK operation needs. By default `XCommand` of @aws-sdk/client-<svc> needs
// <prefix>:X, verified to exist in the service reference. No maintained SDK-to-IAM mapping is
// published pinned on npm, so the operations that do not map one to one are this table, each
// row citing the AWS page that says so; a test checks every action here exists in the reference.

// Client package name (after @aws-sdk/client-) whose IAM prefix is not the name itself, with or
// without its dashes. Hand-written because the service reference names each service by its IAM
// prefix and title only: the package name comes from the SDK's own service id, which it does not
// carry. Source: each service's page of the Service Authorization Reference,
// https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
export const PREFIXES = {
  'bedrock-runtime': 'bedrock', 'bedrock-agent-runtime': 'bedrock', 'bedrock-agent': 'bedrock',
  sesv2: 'ses', 'secrets-manager': 'secretsmanager', sfn: 'states', eventbridge: 'events',
  'cloudwatch-events': 'events', 'cloudwatch-logs': 'logs', 'cognito-identity-provider': 'cognito-idp',
  'dynamodb-streams': 'dynamodb', 'lex-runtime-v2': 'lex', 'lex-runtime-service': 'lex',
  'iot-data-plane': 'iot', 'personalize-runtime': 'personalize', 'personalize-events': 'personalize',
  'sagemaker-runtime': 'sagemaker', apigatewaymanagementapi: 'execute-api',
  'kinesis-video-media': 'kinesisvideo', 'kinesis-video-archived-media': 'kinesisvideo',
  'kinesis-video-signaling': 'kinesisvideo', location: 'geo', opensearch: 'es', pinpoint: 'mobiletargeting',
  'pinpoint-sms-voice-v2': 'sms-voice', 'transcribe-streaming': 'transcribe', 'timestream-write': 'timestream',
  'timestream-query': 'timestream', 'cost-explorer': 'ce', 'elastic-load-balancing-v2': 'elasticloadbalancing',
  'mediastore-data': 'mediastore', 's3-control': 's3', 'marketplace-metering': 'aws-marketplace',
  'config-service': 'config', 'directory-service': 'ds', 'application-auto-scaling': 'application-autoscaling',
  'iot-jobs-data-plane': 'iotjobsdata',
};

// The lib-dynamodb document client's commands and methods are those of DynamoDB with the
// marshalling done for you: https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-aws-sdk-lib-dynamodb/
export const DOCUMENT_OPERATIONS = {
  Get: 'GetItem', Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem', Query: 'Query', Scan: 'Scan',
  BatchGet: 'BatchGetItem', BatchWrite: 'BatchWriteItem', TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
};

const S3_API = 'https://docs.aws.amazon.com/AmazonS3/latest/API';
const MPU = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions';
const DDB_TX = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html';
const BEDROCK = 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-prereq.html';

// operation -> [{ action, on, source }]: `on` names the resource the action applies to
// ('object', 'bucket', 'copySource', 'item' for per-item transaction actions).
const SQS_BATCH = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-batch-api.html';
const LAMBDA_INVOKE = 'https://docs.aws.amazon.com/lambda/latest/api/API_InvokeWithResponseStream.html';
const WEBSOCKET = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-control-access-iam.html';
const SCHEDULER = 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonEventBridgeSchedulerFullAccess.html';

export const SPECIAL = {
  s3: {
    CopyObject: [{ action: 's3:GetObject', on: 'copySource', source: `${S3_API}/API_CopyObject.html` }, { action: 's3:PutObject', on: 'object', source: `${S3_API}/API_CopyObject.html` }],
    UploadPartCopy: [{ action: 's3:GetObject', on: 'copySource', source: `${S3_API}/API_UploadPartCopy.html` }, { action: 's3:PutObject', on: 'object', source: `${S3_API}/API_UploadPartCopy.html` }],
    ListObjectsV2: [{ action: 's3:ListBucket', on: 'bucket', source: `${S3_API}/API_ListObjectsV2.html` }],
    ListObjects: [{ action: 's3:ListBucket', on: 'bucket', source: `${S3_API}/API_ListObjects.html` }],
    ListObjectVersions: [{ action: 's3:ListBucketVersions', on: 'bucket', source: `${S3_API}/API_ListObjectVersions.html` }],
    HeadObject: [{ action: 's3:GetObject', on: 'object', source: `${S3_API}/API_HeadObject.html` }],
    HeadBucket: [{ action: 's3:ListBucket', on: 'bucket', source: `${S3_API}/API_HeadBucket.html` }],
    GetObjectAttributes: [{ action: 's3:GetObject', on: 'object', source: `${S3_API}/API_GetObjectAttributes.html` }, { action: 's3:GetObjectAttributes', on: 'object', source: `${S3_API}/API_GetObjectAttributes.html` }],
    DeleteObjects: [{ action: 's3:DeleteObject', on: 'object', source: `${S3_API}/API_DeleteObjects.html` }],
    CreateMultipartUpload: [{ action: 's3:PutObject', on: 'object', source: MPU }],
    UploadPart: [{ action: 's3:PutObject', on: 'object', source: MPU }],
    CompleteMultipartUpload: [{ action: 's3:PutObject', on: 'object', source: MPU }],
    AbortMultipartUpload: [{ action: 's3:AbortMultipartUpload', on: 'object', source: MPU }],
    ListParts: [{ action: 's3:ListMultipartUploadParts', on: 'object', source: MPU }],
    ListBuckets: [{ action: 's3:ListAllMyBuckets', on: 'account', source: `${S3_API}/API_ListBuckets.html` }],
    ListMultipartUploads: [{ action: 's3:ListBucketMultipartUploads', on: 'bucket', source: MPU }],
    // lib-storage's Upload sends PutObject, or the multipart calls, and aborts a failed upload:
    // https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-aws-sdk-lib-storage/
    Upload: [{ action: 's3:PutObject', on: 'object', source: MPU }, { action: 's3:AbortMultipartUpload', on: 'object', source: MPU }],
    // createPresignedPost signs a POST upload: https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html
    PresignedPost: [{ action: 's3:PutObject', on: 'object', source: `${S3_API}/sigv4-HTTPPOSTConstructPolicy.html` }],
  },
  dynamodb: {
    TransactGetItems: [{ action: 'dynamodb:GetItem', on: 'item', source: DDB_TX }],
    TransactWriteItems: [{ action: 'item', on: 'item', source: DDB_TX }],
  },
  // "This operation requires permission for the lambda:InvokeFunction action" (Invoke and its
  // streaming form alike).
  lambda: {
    Invoke: [{ action: 'lambda:InvokeFunction', on: 'function', source: 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html' }],
    InvokeWithResponseStream: [{ action: 'lambda:InvokeFunction', on: 'function', source: LAMBDA_INVOKE }],
  },
  // "You cannot set permissions explicitly for SendMessageBatch, DeleteMessageBatch, or
  // ChangeMessageVisibilityBatch": the single actions cover them.
  sqs: {
    SendMessageBatch: [{ action: 'sqs:SendMessage', on: 'queue', source: SQS_BATCH }],
    DeleteMessageBatch: [{ action: 'sqs:DeleteMessage', on: 'queue', source: SQS_BATCH }],
    ChangeMessageVisibilityBatch: [{ action: 'sqs:ChangeMessageVisibility', on: 'queue', source: SQS_BATCH }],
  },
  // sns:Publish "grants permission to both publish and publish batch".
  sns: { PublishBatch: [{ action: 'sns:Publish', on: 'topic', source: 'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-language-api-permissions-reference.html' }] },
  // The @connections API (PostToConnection, GetConnection, DeleteConnection) is ManageConnections.
  'execute-api': {
    PostToConnection: [{ action: 'execute-api:ManageConnections', on: 'connection', source: WEBSOCKET }],
    GetConnection: [{ action: 'execute-api:ManageConnections', on: 'connection', source: WEBSOCKET }],
    DeleteConnection: [{ action: 'execute-api:ManageConnections', on: 'connection', source: WEBSOCKET }],
  },
  // A schedule names the role it runs as: creating or changing one passes that role to the scheduler.
  scheduler: {
    CreateSchedule: [{ action: 'scheduler:CreateSchedule', on: 'schedule', source: SCHEDULER }, { action: 'iam:PassRole', on: 'role', source: SCHEDULER }],
    UpdateSchedule: [{ action: 'scheduler:UpdateSchedule', on: 'schedule', source: SCHEDULER }, { action: 'iam:PassRole', on: 'role', source: SCHEDULER }],
  },
  bedrock: {
    Converse: [{ action: 'bedrock:InvokeModel', on: 'model', source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html' }],
    ConverseStream: [{ action: 'bedrock:InvokeModelWithResponseStream', on: 'model', source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html' }],
    InvokeModelWithResponseStream: [{ action: 'bedrock:InvokeModelWithResponseStream', on: 'model', source: BEDROCK }],
  },
};

// A transaction's item needs the action of its kind: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html
export const TRANSACT_ITEM_ACTIONS = { Put: 'dynamodb:PutItem', Update: 'dynamodb:UpdateItem', Delete: 'dynamodb:DeleteItem', ConditionCheck: 'dynamodb:ConditionCheckItem', Get: 'dynamodb:GetItem' };

// The IAM prefix of an @aws-sdk package, or null for one that is no service client. With the
// reference, a name that is no service is tried without its dashes (client-api-gateway: apigateway).
export function prefixOf(pkg, reference) {
  if (pkg === '@aws-sdk/lib-dynamodb') return 'dynamodb';
  if (pkg === '@aws-sdk/lib-storage' || pkg === '@aws-sdk/s3-presigned-post' || pkg === '@aws-sdk/s3-request-presigner') return 's3';
  const m = /^@aws-sdk\/client-(.+)$/.exec(pkg);
  if (!m) return null;
  const name = PREFIXES[m[1]] ?? m[1];
  return reference && !reference.hasService(name) && reference.hasService(name.replaceAll('-', '')) ? name.replaceAll('-', '') : name;
}

// The operation name in IAM terms (the document client's Get is DynamoDB's GetItem).
export const iamOperation = (pkg, op) => (pkg === '@aws-sdk/lib-dynamodb' ? DOCUMENT_OPERATIONS[op] ?? op : op);
