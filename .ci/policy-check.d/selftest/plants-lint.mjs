// Planted defects the generic checks must report: each is [name, expected finding, plant].
import { stackOf, statement } from './edit.mjs';

const ORDERS = 'DynamoDbReadWrite';
const FEATURE = 'DynamoDbRead';
const LIST = 'S3List';

export const lintPlants = [
  ['invented action', /\[DynamoDbReadWrite\]: dynamodb:GetItems: action is not an action of dynamodb/,
    (s) => statement(s, 'examples/dev', ORDERS).Action.push('dynamodb:GetItems')],
  ['action in the wrong case', /dynamodb:getitem: action is spelt dynamodb:GetItem by AWS/,
    (s) => statement(s, 'examples/dev', ORDERS).Action.push('dynamodb:getitem')],
  ['action with a wildcard', /dynamodb:Get\*: action is not service:ActionName/,
    (s) => statement(s, 'examples/dev', ORDERS).Action.push('dynamodb:Get*')],
  ['action that takes no resource type', /DynamoDbReadWrite:ListTables: takes no resource type/,
    (s) => statement(s, 'examples/dev', ORDERS).Action.push('dynamodb:ListTables')],
  ['S3 object ARN given to dynamodb:GetItem', /\[DynamoDbRead\]: arn:aws:s3:::acme-shop-dev-uploads\/user-uploads\/\*: fits no ARN format/,
    (s) => { statement(s, 'examples/dev', FEATURE).Resource = ['arn:aws:s3:::acme-shop-dev-uploads/user-uploads/*']; }],
  ['table ARN missing the account', /arn:aws:dynamodb:eu-west-1::table\/acme-shop-dev-orders: fits no ARN format/,
    (s) => { statement(s, 'examples/dev', ORDERS).Resource[0] = 'arn:aws:dynamodb:eu-west-1::table/acme-shop-dev-orders'; }],
  ['table ARN with a wildcard region', /arn:aws:dynamodb:\*:123456789012:table\/catalog2: fits no ARN format/,
    (s) => statement(s, 'examples/prod', 'DynamoDbRead').Resource.push('arn:aws:dynamodb:*:123456789012:table/catalog2')],
  ['Resource "*"', /\*: Resource "\*" is never written/,
    (s) => statement(s, 'examples/prod', 'DynamoDbRead').Resource.push('*')],
  ['bad service condition key', /\[S3List\]: StringLike s3:prefixes: condition key is not global/,
    (s) => { statement(s, 'examples/dev', LIST).Condition = { StringLike: { 's3:prefixes': ['user-uploads/*'] } }; }],
  ['condition key of another action', /StringEquals dynamodb:LeadingKeys: condition key is not global and not listed for ListBucket/,
    (s) => { statement(s, 'examples/dev', LIST).Condition.StringEquals = { 'dynamodb:LeadingKeys': ['x'] }; }],
  ['invented global condition key', /\[PassComputeRoleToAmplifyOnly\]: StringEquals aws:SourceVpcEndpoint: condition key is not global/,
    (s) => { statement(s, 'examples/dev', 'PassComputeRoleToAmplifyOnly').Condition.StringEquals['aws:SourceVpcEndpoint'] = ['vpce-1']; }],
  ['over-size managed policy', /dev:permissionPolicies\/amplify-compute-role-dev-amplify-compute-policy-2: \d+ characters: over the managed policy limit of 6144/,
    (s) => statement(s, 'examples/dev', ORDERS).Resource.push(...Array.from({ length: 90 }, (_, i) => `arn:aws:dynamodb:eu-west-1:123456789012:table/acme-shop-dev-orders-shard-${i}`))],
  ['over-size trust policy', /prod:trustPolicy: \d+ characters: over the trust policy limit of 2048/,
    (s) => { stackOf(s, 'examples/prod').snapshot.trustPolicy.Statement[0].Condition = { StringEquals: { 'aws:SourceArn': Array.from({ length: 40 }, (_, i) => `arn:aws:amplify:eu-west-1:123456789012:apps/d9z8y7x6w5v4u3/branches/b${i}`) } }; }],
  ['NotResource', /\[DynamoDbRead\]: NotResource: NotResource is never written/,
    (s) => { statement(s, 'examples/prod', 'DynamoDbRead').NotResource = ['arn:aws:dynamodb:eu-west-1:123456789012:table/x']; }],
  ['Principal in an identity policy', /\[DynamoDbRead\]: Principal: an identity policy has no Principal/,
    (s) => { statement(s, 'examples/prod', 'DynamoDbRead').Principal = { AWS: '*' }; }],
  ['kind without a request builder', /dev: access\.dynamo: dynamo: no request builder/,
    (s) => { stackOf(s, 'examples/dev').config.access.dynamo = [{ table: 'x', access: 'read' }]; }],
];
