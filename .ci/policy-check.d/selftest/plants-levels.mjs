// Planted defects for the per-action probes: an action a level lacks, an action a level must
// have, and the `actions` entries of the labactions twin (whose documents are lab's).
import { stackOf, statement } from './edit.mjs';

const lab = (s, sid, on) => statement(s, 'lab', sid, on);
const entry = (s, kind, i) => stackOf(s, 'labactions').config.access[kind][i];
const without = (list, action) => list.filter((a) => a !== action);

export const levelPlants = [
  ['dynamodb: a batch write on a read grant', /dynamodb:BatchWriteItem on the table \(read\): expected deny, got Allowed/,
    (s) => lab(s, 'DynamoDbRead').Action.push('dynamodb:BatchWriteItem')],
  ['dynamodb: a write grant that can read items', /dynamodb:GetItem on the table \(write\): expected deny, got Allowed/,
    (s) => lab(s, 'DynamoDbWrite').Action.push('dynamodb:GetItem')],
  ['dynamodb: a read grant without its indexes', /dynamodb:Query on the index \(read\): expected allow, got ImplicitlyDenied/,
    (s) => { lab(s, 'DynamoDbReadIndexes').Action = ['dynamodb:Scan']; }],
  ['s3: a put grant without resumable uploads', /s3:ListMultipartUploadParts on the object \(put\): expected allow, got ImplicitlyDenied/,
    (s) => { lab(s, 'S3PutObjects').Action = ['s3:AbortMultipartUpload', 's3:PutObject']; }],
  ['s3: a delete grant that can read objects', /s3:GetObject on the object \(delete\): expected deny, got Allowed/,
    (s) => lab(s, 'S3DeleteObjects').Action.push('s3:GetObject')],
  ['sqs: a consume grant without the queue attributes', /sqs:GetQueueAttributes on the queue \(consume\): expected allow, got ImplicitlyDenied/,
    (s) => { lab(s, 'SqsConsume').Action = without(lab(s, 'SqsConsume').Action, 'sqs:GetQueueAttributes'); }],
  ['kms: data keys on a read grant', /kms:GenerateDataKey on the key \(read\): expected deny, got Allowed/,
    (s) => lab(s, 'KmsDecrypt').Action.push('kms:GenerateDataKey')],
  ['ssm: listing by path on a parameter grant', /ssm:GetParametersByPath on the parameter \(parameter\): expected deny, got Allowed/,
    (s) => lab(s, 'SsmReadParameter').Action.push('ssm:GetParametersByPath')],
  ['ssm: a path grant that reads the path itself', /read the path itself as a parameter: expected deny, got Allowed/,
    (s) => lab(s, 'SsmReadParametersUnderPath').Resource.push('arn:aws:ssm:eu-west-1:123456789012:parameter/acme/lab/config')],
  ['actions: a rendered action the entry does not list', /labactions:permissionPolicies \(access\.dynamodb\[0\]\): dynamodb:Scan \S+ dynamodb:Scan on the table \(actions\): expected deny, got Allowed/,
    (s) => { entry(s, 'dynamodb', 0).actions = without(entry(s, 'dynamodb', 0).actions, 'dynamodb:Scan'); }],
  ['actions: s3 listing the entry does not list', /labactions:permissionPolicies \(access\.s3\[0\]\): s3:ListBucket \S+ s3:ListBucket on the bucket \(actions\): expected deny, got Allowed/,
    (s) => { entry(s, 's3', 0).actions = without(entry(s, 's3', 0).actions, 's3:ListBucket'); }],
  ['actions: a listed action the documents lack', /labactions:permissionPolicies \(access\.dynamodb\[0\]\): dynamodb:PutItem \S+ dynamodb:PutItem on the table \(actions\): expected allow, got ImplicitlyDenied/,
    (s) => entry(s, 'dynamodb', 0).actions.push('dynamodb:PutItem')],
  ['actions: a misspelt action', /labactions: access\.dynamodb\[2\]: .*dynamodb:GetItems is not an action in iam-data/,
    (s) => entry(s, 'dynamodb', 2).actions.push('dynamodb:GetItems')],
  ['actions: an action on none of the kind\'s resources', /labactions: access\.dynamodb\[1\]: .*dynamodb:DescribeStream applies to none of table, index in iam-data/,
    (s) => entry(s, 'dynamodb', 1).actions.push('dynamodb:DescribeStream')],
];
