// statements: { sid, actions, resources, conditions } is the escape hatch: whatever it grants is
// the stack file's own decision, so it has no representative requests. The generic checks
// (actions, ARN shapes, condition keys, sizes) still cover its statements.
export function requests() {
  return [];
}
