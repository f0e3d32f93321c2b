// Which IAM actions an SDK operation needs. By default `XCommand` of @aws-sdk/client-<svc> needs
// <prefix>:X, verified to exist in the service reference. No maintained SDK-to-IAM mapping is
// published pinned on npm, so the operations that do not map one to one are this table, each
// row citing the AWS page that says so; a test checks every action here exists in the reference.

// Client package name (after @aws-sdk/client-) whose IAM prefix is not the name itself.
// Source: each service's page of the Service Authorization Reference,
// https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
export const PREFIXES = {
  'bedrock-runtime': 'bedrock', 'bedrock-agent-runtime': 'bedrock', 'bedrock-agent': 'bedrock',
  sesv2: 'ses', 'secrets-manager': 'secretsmanager', sfn: 'states', eventbridge: 'events',
  'cloudwatch-events': 'events', 'cloudwatch-logs': 'logs', 'cognito-identity-provider': 'cognito-idp',
  'cognito-identity': 'cognito-identity', 'dynamodb-streams': 'dynamodb', 'lex-runtime-v2': 'lex',
  'iot-data-plane': 'iot', 'personalize-runtime': 'personalize', 'sagemaker-runtime': 'sagemaker',
  'apigatewaymanagementapi': 'execute-api', 'kinesis-video-media': 'kinesisvideo',
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
  bedrock: {
    Converse: [{ action: 'bedrock:InvokeModel', on: 'model', source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html' }],
    ConverseStream: [{ action: 'bedrock:InvokeModelWithResponseStream', on: 'model', source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html' }],
    InvokeModelWithResponseStream: [{ action: 'bedrock:InvokeModelWithResponseStream', on: 'model', source: BEDROCK }],
  },
};

// A transaction's item needs the action of its kind: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html
export const TRANSACT_ITEM_ACTIONS = { Put: 'dynamodb:PutItem', Update: 'dynamodb:UpdateItem', Delete: 'dynamodb:DeleteItem', ConditionCheck: 'dynamodb:ConditionCheckItem', Get: 'dynamodb:GetItem' };

// The IAM prefix of an @aws-sdk package, or null for one that is no service client.
export function prefixOf(pkg) {
  if (pkg === '@aws-sdk/lib-dynamodb') return 'dynamodb';
  if (pkg === '@aws-sdk/lib-storage' || pkg === '@aws-sdk/s3-presigned-post' || pkg === '@aws-sdk/s3-request-presigner') return 's3';
  const m = /^@aws-sdk\/client-(.+)$/.exec(pkg);
  return m ? PREFIXES[m[1]] ?? m[1] : null;
}

// The operation name in IAM terms (the document client's Get is DynamoDB's GetItem).
export const iamOperation = (pkg, op) => (pkg === '@aws-sdk/lib-dynamodb' ? DOCUMENT_OPERATIONS[op] ?? op : op);
