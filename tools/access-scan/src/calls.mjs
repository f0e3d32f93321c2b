// Finds the AWS SDK v3 calls of one file: commands where they are built (`new XCommand(input)`,
// whatever sends or presigns them later), paginators, lib-storage's Upload, createPresignedPost,
// and the methods of aggregated clients (`new S3().putObject(input)`, DynamoDBDocument's get).
// A `client.send(x)` whose x is no known command is reported as unresolved.
import { walk, unwrap } from './modules.mjs';
import { sourceText } from './evaluate.mjs';

const CLIENT_METHODS = new Set(['send', 'destroy', 'middlewareStack', 'config', 'then', 'catch']);
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

export function findCalls(facts, evaluator) {
  const calls = [];
  const unresolved = [];
  const at = { facts };
  const line = (node) => node.loc.start.line;
  walk(facts.ast.program, (node) => {
    if (node.type === 'NewExpression') {
      const v = evaluator.value(node, at);
      if (v?.t === 'command') calls.push({ node, line: line(node), pkg: v.pkg, alternatives: v.alternatives, operation: v.name, input: v.input, at });
      else if (v?.t === 'upload') {
        calls.push({ node, line: line(node), pkg: '@aws-sdk/lib-storage', operation: 'Upload', input: node.arguments[0], inputPath: ['params'], at });
      }
      return;
    }
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return;
    // A command class handed to a generic helper (`run(PutObjectCommand, input)` that does
    // `client.send(new Command(input))`): counted here, with the argument after it as its input.
    node.arguments.forEach((arg, i) => {
      const name = arg.type === 'Identifier' ? arg.name : arg.type === 'MemberExpression' && !arg.computed ? arg.property.name : '';
      if (!name.endsWith('Command')) return;
      const v = evaluator.value(arg, at);
      if (v?.t === 'sdk' && v.name.endsWith('Command')) calls.push({ node, line: line(node), pkg: v.pkg, operation: v.name.slice(0, -'Command'.length), input: node.arguments[i + 1], at });
    });
    const callee = unwrap(node.callee);
    const fn = evaluator.value(callee, at);
    if (fn?.t === 'sdk') {
      const paginate = /^paginate(\w+)$/.exec(fn.name);
      if (paginate) calls.push({ node, line: line(node), pkg: fn.pkg, operation: paginate[1], input: node.arguments[1], at });
      if (fn.name === 'createPresignedPost') calls.push({ node, line: line(node), pkg: fn.pkg, operation: 'PresignedPost', input: node.arguments[1], at });
      return;
    }
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return;
    const method = !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : null;
    if (!method) return;
    const client = evaluator.value(callee.object, at);
    if (client?.t !== 'client') return;
    if (method === 'send') {
      const sent = unwrap(node.arguments[0]);
      const arg = evaluator.value(sent, at);
      // A parameter is a command built by the caller, and counted where it is built; so is
      // `new Command(input)` of a command class passed in (counted where it is passed).
      const classParam = sent?.type === 'NewExpression' && sent.callee.type === 'Identifier' && facts.params.has(sent.callee.name);
      if (arg?.t !== 'command' && arg?.t !== 'param' && !classParam) {
        unresolved.push({ line: line(node), pkg: client.pkg, what: `${sourceText(callee.object)}.send(${sourceText(node.arguments[0])})`, reason: 'the command sent is not a known SDK command' });
      }
      return;
    }
    if (client.aggregated && !CLIENT_METHODS.has(method)) {
      calls.push({ node, line: line(node), pkg: client.pkg, operation: capitalize(method), input: node.arguments[0], at });
    }
  });
  return { calls, unresolved };
}
