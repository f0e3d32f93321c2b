// The generic checks over every document of every stack; no knowledge of grant kinds.
import { checkActions } from './check-actions.mjs';
import { checkConditions } from './check-conditions.mjs';
import { checkShape } from './check-shape.mjs';
import { documentsOf, LIMITS, sizeOf, statementsOf } from './documents.mjs';

export async function lint(stacks, findings) {
  let documents = 0;
  let statements = 0;
  for (const stack of stacks) {
    for (const doc of documentsOf(stack)) {
      documents++;
      const size = sizeOf(doc.policy);
      if (size > LIMITS[doc.kind]) {
        findings.push({ where: doc.name, value: `${size} characters`, message: `over the ${doc.kind} policy limit of ${LIMITS[doc.kind]}` });
      }
      for (const statement of statementsOf(doc.policy)) {
        statements++;
        const report = (value, message) => findings.push({ where: `${doc.name} [${statement.Sid}]`, value, message });
        checkShape(doc, statement, report);
        const actions = await checkActions(doc, statement, report);
        await checkConditions(statement, actions, report);
      }
    }
  }
  return { documents, statements };
}
