// Planted widenings (and one narrowing) that only the simulated requests can see: the documents
// stay well-formed, so a finding here proves that the requests assert least privilege.
import { stackOf, statement } from './edit.mjs';

const ORDERS = 'DynamoDbReadWrite';
const OBJECTS = 'S3ReadWriteObjects';
const dev = (s, sid) => statement(s, 'examples/dev', sid);
const prod = (s, sid) => statement(s, 'examples/prod', sid);

export const simPlants = [
  ['table wildcard the stack file did not write', /read a sibling table: expected deny, got Allowed/,
    (s) => { dev(s, ORDERS).Resource = ['arn:aws:dynamodb:eu-west-1:123456789012:table/acme-shop-dev-*', 'arn:aws:dynamodb:eu-west-1:123456789012:table/acme-shop-dev-*/index/*']; }],
  ['a wider name prefix than the stack file wrote', /access\.dynamodb\[1\]\): dynamodb:GetItem \S+table\/acme-shop-dev-featuresprobe: read a sibling table: expected deny/,
    (s) => { dev(s, 'DynamoDbRead').Resource = ['arn:aws:dynamodb:eu-west-1:123456789012:table/acme-shop-dev-feature*']; }],
  ['s3:GetObject on the whole bucket where a prefix was granted', /read a key outside the prefix: expected deny, got Allowed/,
    (s) => { dev(s, OBJECTS).Resource = ['arn:aws:s3:::acme-shop-dev-uploads/*']; }],
  ['object prefix without its slash', /read a key under a prefix sibling: expected deny, got Allowed/,
    (s) => { dev(s, OBJECTS).Resource = ['arn:aws:s3:::acme-shop-dev-uploads/user-uploads*']; }],
  ['ListBucket without the prefix condition', /list outside the prefix: expected deny, got Allowed/,
    (s) => { delete dev(s, 'S3List').Condition; }],
  ['a write where only read was granted', /dynamodb:PutItem on the table \(read\): expected deny, got Allowed/,
    (s) => prod(s, 'DynamoDbRead').Action.push('dynamodb:PutItem')],
  ['the dev role reaches prod data', /of stack prod: expected deny, got Allowed/,
    (s) => dev(s, ORDERS).Resource.push('arn:aws:dynamodb:eu-west-1:123456789012:table/acme-shop-prod-orders')],
  ['a resource in another region', /invoke the function, in another region: expected deny, got Allowed/,
    (s) => dev(s, 'LambdaInvoke').Resource.push('arn:aws:lambda:us-east-1:123456789012:function:acme-shop-dev-thumbnailer')],
  ['a resource in any account', /dynamodb:GetItem on the table \(read\), in another account: expected deny, got Allowed/,
    (s) => { prod(s, 'DynamoDbRead').Resource[0] = 'arn:aws:dynamodb:eu-west-1:*:table/catalog'; }],
  ['every qualifier of a qualified function', /invoke another qualifier: expected deny, got Allowed/,
    (s) => { prod(s, 'LambdaInvoke').Resource = ['arn:aws:lambda:eu-west-1:111122223333:function:acme-shop-prod-thumbnailer:*']; }],
  ['every KMS key', /decrypt with another key: expected deny, got Allowed/,
    (s) => { prod(s, 'KmsDecryptAndGenerateDataKey').Resource = ['arn:aws:kms:eu-west-1:111122223333:key/*']; }],
  ['a missing grant', /invoke the function: expected allow, got ImplicitlyDenied/,
    (s) => { delete stackOf(s, 'examples/dev').snapshot.permissionPolicies['amplify-compute-role-dev-amplify-compute-policy-2']; }],
  ['trust: another service principal', /ec2 assumes the role: expected deny, got Allowed/,
    (s) => { stackOf(s, 'examples/dev').snapshot.trustPolicy.Statement[0].Principal.Service = ['amplify.amazonaws.com', 'ec2.amazonaws.com']; }],
  ['trust: the whole account', /an IAM user of the account assumes the role: expected deny, got Allowed/,
    (s) => { stackOf(s, 'examples/dev').snapshot.trustPolicy.Statement[0].Principal = { Service: 'amplify.amazonaws.com', AWS: 'arn:aws:iam::123456789012:root' }; }],
  ['deployer: PassRole to any service', /pass the role to Lambda: expected deny, got Allowed/,
    (s) => { delete dev(s, 'PassComputeRoleToAmplifyOnly').Condition; }],
  ['deployer: attach any policy', /attach AdministratorAccess: expected deny, got Allowed/,
    (s) => { delete dev(s, 'AttachOnlyStackPolicies').Condition; }],
  ['deployer: a role name prefix', /create a sibling role: expected deny, got Allowed/,
    (s) => { dev(s, 'ManageComputeRole').Resource = ['arn:aws:iam::123456789012:role/amplify-compute-role-dev-*']; }],
  ['deployer: a policy name prefix', /version a policy past the slots: expected deny, got Allowed/,
    (s) => { dev(s, 'ManageStackPolicies').Resource = ['arn:aws:iam::123456789012:policy/amplify-compute-role-dev-amplify-compute-policy-*']; }],
  ["deployer: every app's branches", /update branch main, of stack prod: expected deny, got Allowed/,
    (s) => { dev(s, 'AssociateBranches').Resource = ['arn:aws:amplify:eu-west-1:123456789012:apps/*/branches/*']; }],
  ['deployer: inline role policies', /put an inline policy on the role: expected deny, got Allowed/,
    (s) => dev(s, 'ManageComputeRole').Action.push('iam:PutRolePolicy')],
];
