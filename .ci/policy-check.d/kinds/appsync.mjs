// appsync: { api: id | ARN, operations?: [query, mutation, subscription] } grants appsync:GraphQL
// on apis/<id>/types/<Query|Mutation|Subscription>/fields/*. Without `operations` the whole API
// is granted (apis/<id>/*, as the research for issue 7 recommends), so every type is allowed.
import { isArn } from '../arn.mjs';
import { deny } from './common.mjs';
import { verdictOn } from './probe.mjs';

export const LEVELS = { graphql: ['appsync:GraphQL'] };

const TYPES = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };

export function requests(entry, { scope }) {
  const api = isArn(entry.api) ? entry.api : scope.arn('appsync', `apis/${entry.api}`);
  const granted = new Set(entry.operations ?? Object.keys(TYPES));
  const field = (base, type) => `${base}/types/${type}/fields/orderStatus`;
  const found = Object.entries(TYPES).map(([operation, type]) =>
    (granted.has(operation) ? verdictOn(entry, LEVELS, 'appsync:GraphQL') : deny)(`${operation} a field (${[...granted].join(', ')})`, 'appsync:GraphQL', field(api, type)),
  );
  found.push(
    deny('query a sibling API', 'appsync:GraphQL', field(`${api}x`, 'Query')),
    deny('delete the API', 'appsync:DeleteGraphqlApi', api),
  );
  if (entry.operations) found.push(deny('resolve a non-root type field', 'appsync:GraphQL', field(api, 'Order')));
  return found;
}
