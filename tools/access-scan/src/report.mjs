// The stderr table: the calls found, the calls not resolved and the files not scanned, each
// with its reason.
export function table({ files, calls, unresolved, problems }) {
  const rows = [];
  rows.push(`access-scan: ${files} source files, ${calls.length} calls found, ${unresolved.length} not resolved, ${problems.length} files not scanned`);
  const pad = (s, n) => s.padEnd(n);
  if (calls.length) {
    rows.push('', 'calls found:');
    const w = Math.max(...calls.map((c) => `${c.file}:${c.line}`.length));
    for (const c of calls) rows.push(`  ${pad(`${c.file}:${c.line}`, w)}  ${pad(c.operation, 22)} ${c.actions.join(', ')}`);
  }
  if (unresolved.length) {
    rows.push('', 'not resolved:');
    for (const u of unresolved) rows.push(`  ${u.file}:${u.line}  ${u.what}  (${u.pkg}): ${u.reason}`);
  }
  if (problems.length) {
    rows.push('', 'not scanned:');
    for (const p of problems) rows.push(`  ${p.file}: ${p.reason}`);
  }
  return rows.join('\n') + '\n';
}
