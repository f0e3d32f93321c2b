// Every condition key is global (aws:*) or listed by iam-data for each action of the statement
// or its resource types: a key an action never sends makes the statement silently not apply.
import { conditionKeyApplies } from './iam-data.mjs';

export async function checkConditions(statement, actions, report) {
  for (const [operator, entries] of Object.entries(statement.Condition ?? {})) {
    for (const key of Object.keys(entries ?? {})) {
      const missing = [];
      for (const info of actions) {
        if (!(await conditionKeyApplies(key, info))) missing.push(info.name);
      }
      if (missing.length) {
        report(`${operator} ${key}`, `condition key is not global and not listed for ${missing.join(', ')} or their resource types`);
      }
    }
  }
}
