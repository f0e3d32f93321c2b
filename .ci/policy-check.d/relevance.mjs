// Which identity statements can take part in a decision: only those whose Action matches the
// request's action (IAM: case-insensitive, * and ? wildcards). Dropping the others changes no
// decision, and a planted defect then re-simulates only the requests of the actions it touches.
// A statement without a plain Action (NotAction, or malformed) is always kept.
const relevance = new WeakMap();
export function relevantTo(policies, action) {
  if (!relevance.has(policies)) relevance.set(policies, new Map());
  const byAction = relevance.get(policies);
  if (!byAction.has(action)) {
    const list = policies
      .map(({ name, policy }) => ({ name, policy: { ...policy, Statement: [policy.Statement ?? []].flat().filter((st) => mayMatch(st, action)) } }))
      .filter(({ policy }) => policy.Statement.length > 0);
    byAction.set(action, { list, key: JSON.stringify(list) });
  }
  return byAction.get(action);
}

function mayMatch(statement, action) {
  const written = statement?.Action;
  const patterns = typeof written === 'string' ? [written] : written;
  if (!Array.isArray(patterns) || statement.NotAction !== undefined || patterns.some((p) => typeof p !== 'string')) return true;
  return patterns.some((p) => actionPattern(p).test(action));
}

const actionPatterns = new Map();
function actionPattern(pattern) {
  if (!actionPatterns.has(pattern)) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.');
    actionPatterns.set(pattern, new RegExp(`^${source}$`, 'i'));
  }
  return actionPatterns.get(pattern);
}
