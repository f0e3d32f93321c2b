// A small abstract evaluator: what an expression stands for, as far as the AWS calls need it.
// Values: { t: 'sdk', pkg, name } an export of an @aws-sdk package, { t: 'sdkns', pkg },
// { t: 'client', pkg, aggregated, doc }, { t: 'command', pkg, name, input, at }, { t: 'fn', node, at },
// { t: 'obj', node, at }, { t: 'module', facts }, { t: 'param', name }, { t: 'str', parts }.
// `at` is the evaluation context { facts, env } that the node belongs to.
import { unwrap, loadedModule } from './modules.mjs';

const MAX_DEPTH = 24;
const isSdk = (source) => source.startsWith('@aws-sdk/');
const keyName = (key, computed) => (!computed && key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : null);

export class Evaluator {
  constructor(modules) { this.modules = modules; this.active = new Set(); }

  // The value of node evaluated in context at ({ facts, env }), or null when unknown.
  value(node, at, depth = 0) {
    node = unwrap(node);
    if (!node || depth > MAX_DEPTH || this.active.has(node)) return null;
    this.active.add(node);
    try { return this.compute(node, at, depth + 1); } finally { this.active.delete(node); }
  }

  compute(node, at, depth) {
    switch (node.type) {
      case 'Identifier': return this.identifier(node.name, at, depth, node);
      case 'StringLiteral': return { t: 'str', parts: [{ lit: node.value }] };
      case 'NumericLiteral': return { t: 'str', parts: [{ lit: String(node.value) }] };
      case 'TemplateLiteral': {
        const parts = [];
        node.quasis.forEach((q, i) => {
          if (q.value.cooked) parts.push({ lit: q.value.cooked });
          if (i < node.expressions.length) parts.push(...this.stringParts(node.expressions[i], at, depth));
        });
        return { t: 'str', parts };
      }
      case 'BinaryExpression':
        if (node.operator !== '+') return null;
        return { t: 'str', parts: [...this.stringParts(node.left, at, depth), ...this.stringParts(node.right, at, depth)] };
      case 'LogicalExpression': case 'ConditionalExpression': {
        const options = node.type === 'LogicalExpression' ? [node.left, node.right] : [node.consequent, node.alternate];
        const values = options.map((o) => this.value(o, at, depth));
        return values.find((v) => v && v.t !== 'str') ?? values[0] ?? values[1];
      }
      case 'MemberExpression': case 'OptionalMemberExpression': return this.member(node, at, depth);
      case 'ObjectExpression': return { t: 'obj', node, at };
      case 'ArrowFunctionExpression': case 'FunctionExpression': return { t: 'fn', node, at };
      case 'NewExpression': return this.construct(node, at, depth);
      case 'CallExpression': case 'OptionalCallExpression': return this.call(node, at, depth);
      case 'ArrayExpression': return { t: 'arr', node, at };
      case 'ImportExpression': return this.loaded(node, at, depth);
      default: return null;
    }
  }

  stringParts(node, at, depth) {
    const v = this.value(node, at, depth);
    return v?.t === 'str' ? v.parts : [{ dyn: sourceText(node) }];
  }

  // ref: the identifier node, whose enclosing functions choose among same-named bindings.
  identifier(name, at, depth, ref) {
    if (at.env?.has(name)) {
      const arg = at.env.get(name);
      return arg ? this.value(arg.node, arg.at, depth) : { t: 'param', name };
    }
    const facts = at.facts;
    const binding = bindingAt(facts.bindings.get(name), ref);
    if (binding) {
      if (binding.param) return this.typed(name, at, depth) ?? { t: 'param', name };
      if (binding.fn) return { t: 'fn', node: binding.fn, at: { facts } };
      if (binding.init) return this.value(binding.init, { facts }, depth);
      const of = this.value(binding.of, { facts }, depth);
      return this.property(of, binding.member, depth);
    }
    const imported = facts.imports.get(name);
    if (imported) return this.imported(facts.file, imported, depth);
    return this.typed(name, at, depth);
  }

  // A parameter or field whose declared type is an SDK client class stands for such a client.
  typed(name, at, depth) {
    const type = at.facts.typed.get(name);
    if (!type || type === name) return null;
    const cls = this.identifier(type, { facts: at.facts }, depth);
    return cls?.t === 'sdk' ? clientOf(cls) : null;
  }

  // require('x') or import('x') as an expression: the SDK package or the app's module.
  loaded(node, at, depth) {
    const source = loadedModule(node);
    return source ? this.imported(at.facts.file, { source, name: '*' }, depth) : null;
  }

  imported(file, { source, name }, depth) {
    if (isSdk(source)) {
      const pkg = source.split('/').slice(0, 2).join('/');
      return name === '*' || name === 'default' ? { t: 'sdkns', pkg } : { t: 'sdk', pkg, name };
    }
    const target = this.modules.resolve(file, source);
    const facts = target && this.modules.get(target);
    if (!facts) return null;
    return name === '*' ? { t: 'module', facts } : this.exported(facts, name, depth, new Set());
  }

  exported(facts, name, depth, visited) {
    if (visited.has(facts.file)) return null;
    visited.add(facts.file);
    const e = facts.exports.get(name);
    if (e) {
      if (e.local) return this.identifier(e.local, { facts }, depth);
      if (e.fn) return { t: 'fn', node: e.fn, at: { facts } };
      if (e.expr) return this.value(e.expr, { facts }, depth);
      if (e.source) return this.imported(facts.file, { source: e.source, name: e.name }, depth);
    }
    const sdkStars = /^[A-Z]|^paginate/.test(name) ? facts.stars.filter(isSdk) : [];
    if (sdkStars.length) return fromStars(sdkStars, name);
    for (const source of facts.stars) {
      if (isSdk(source)) continue;
      const target = this.modules.resolve(facts.file, source);
      const inner = target && this.modules.get(target);
      const v = inner && this.exported(inner, name, depth, visited);
      if (v) return v;
    }
    // CommonJS: module.exports = { a } seen through an ESM named import.
    const whole = name !== 'default' && facts.exports.get('default');
    return whole?.expr ? this.property(this.value(whole.expr, { facts }, depth), name, depth) : null;
  }

  member(node, at, depth) {
    const name = node.property.type === 'PrivateName' ? node.property.id.name : keyName(node.property, node.computed);
    // process.env.X and process.env['X']
    if (name && node.object.type === 'MemberExpression' && node.object.object.type === 'Identifier'
      && node.object.object.name === 'process' && keyName(node.object.property, node.object.computed) === 'env') {
      return { t: 'str', parts: [{ env: name }] };
    }
    if (!name) return null;
    if (node.object.type === 'ThisExpression') {
      const m = at.facts.members.get(name);
      return m?.init ? this.value(m.init, { facts: at.facts }, depth) : this.typed(name, at, depth);
    }
    return this.property(this.value(node.object, at, depth), name, depth);
  }

  property(of, name, depth) {
    if (!of) return null;
    if (of.t === 'sdkns') return { t: 'sdk', pkg: of.pkg, name };
    if (of.t === 'module') return this.exported(of.facts, name, depth, new Set());
    if (of.t === 'obj') {
      const p = findProperty(of.node, name);
      if (p?.type === 'ObjectMethod') return { t: 'fn', node: p, at: of.at };
      if (p) return this.value(p.value, of.at, depth);
      for (const s of of.node.properties.filter((q) => q.type === 'SpreadElement')) {
        const v = this.property(this.value(s.argument, of.at, depth), name, depth);
        if (v) return v;
      }
    }
    return null;
  }

  construct(node, at, depth) {
    const callee = this.value(node.callee, at, depth);
    if (callee?.t !== 'sdk') return null;
    const { pkg, name } = callee;
    if (name.endsWith('Command')) return { t: 'command', pkg, alternatives: callee.alternatives, name: name.slice(0, -'Command'.length), input: node.arguments[0], at, node };
    if (pkg === '@aws-sdk/lib-storage' && name === 'Upload') return { t: 'upload', node, at };
    return clientOf(callee);
  }

  call(node, at, depth) {
    const callee = unwrap(node.callee);
    // DynamoDBDocumentClient.from(client) / DynamoDBDocument.from(client)
    if (callee.type === 'MemberExpression' && keyName(callee.property, callee.computed) === 'from') {
      const cls = this.value(callee.object, at, depth);
      if (cls?.t === 'sdk' && cls.pkg === '@aws-sdk/lib-dynamodb') return { t: 'client', pkg: cls.pkg, doc: true, aggregated: cls.name === 'DynamoDBDocument' };
    }
    if (loadedModule(node)) return this.loaded(node, at, depth);
    const fn = this.value(callee, at, depth);
    if (fn?.t !== 'fn') return null;
    return this.returned(fn, node.arguments, at, depth);
  }

  // What a simple wrapper or factory returns when called with args.
  returned(fn, args, at, depth) {
    const env = new Map(fn.at.env ?? []);
    fn.node.params.forEach((p, i) => {
      const id = p.type === 'AssignmentPattern' ? p.left : p;
      if (id.type === 'Identifier') env.set(id.name, args[i] ? { node: args[i], at } : p.type === 'AssignmentPattern' ? { node: p.right, at: fn.at } : null);
    });
    const inner = { facts: fn.at.facts, env };
    if (fn.node.body.type !== 'BlockStatement') return this.value(fn.node.body, inner, depth);
    for (const r of returns(fn.node.body)) {
      const v = this.value(r, inner, depth);
      if (v) return v;
    }
    return null;
  }
}

// The binding a reference sees: the one of its innermost enclosing function that declares the
// name, else the module's, else the first (a name assigned in one function and used in another).
function bindingAt(list, ref) {
  if (!list) return null;
  const inScope = ref ? list.filter((b) => b.scope && b.scope.start <= ref.start && ref.end <= b.scope.end) : [];
  if (inScope.length) return inScope.reduce((a, b) => (b.scope.start > a.scope.start ? b : a));
  return list.find((b) => !b.scope) ?? list[0];
}

// A name that the app's barrel re-exports from several SDK packages (export * from each): a
// client's name says its package (LambdaClient: client-lambda); a command's package is the first
// whose service has the operation, which the caller decides from the reference (`alternatives`).
function fromStars(sources, name) {
  const pkgs = sources.map((s) => s.split('/').slice(0, 2).join('/'));
  const flat = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const service = flat(name.replace(/Client$/, ''));
  const named = pkgs.find((p) => flat(p.replace('@aws-sdk/client-', '')) === service);
  if (named || pkgs.length === 1) return { t: 'sdk', pkg: named ?? pkgs[0], name };
  return { t: 'sdk', pkg: pkgs[0], name, alternatives: pkgs.slice(1) };
}

// The client an SDK class makes: a bare-bones XClient (commands are sent to it), or an aggregated
// client (new S3(), DynamoDBDocument) whose methods are the operations.
function clientOf({ pkg, name }) {
  if (name.endsWith('Client')) return { t: 'client', pkg, doc: pkg === '@aws-sdk/lib-dynamodb', aggregated: false };
  if (/^[A-Z]/.test(name) && !/(Command|Exception|Error)$/.test(name) && (pkg.startsWith('@aws-sdk/client-') || name === 'DynamoDBDocument')) {
    return { t: 'client', pkg, doc: pkg === '@aws-sdk/lib-dynamodb', aggregated: true };
  }
  return null;
}

export function findProperty(obj, name) {
  return obj.properties.find((p) => (p.type === 'ObjectProperty' || p.type === 'ObjectMethod') && p.key && keyName(p.key, p.computed) === name) ?? null;
}

function returns(block) {
  const found = [];
  const visit = (n) => {
    if (!n || typeof n.type !== 'string' || /Function|Class/.test(n.type)) return;
    if (n.type === 'ReturnStatement' && n.argument) found.push(n.argument);
    for (const k in n) {
      const c = n[k];
      if (k === 'loc') continue;
      if (Array.isArray(c)) c.forEach(visit); else if (c && typeof c.type === 'string') visit(c);
    }
  };
  block.body.forEach(visit);
  return found;
}

// How an unknown part of a name is shown: the variable it comes from, where it is one.
export function sourceText(node) {
  node = unwrap(node);
  if (node?.type === 'Identifier') return node.name;
  if (node?.type === 'ThisExpression') return 'this';
  if (node?.type === 'MemberExpression' && !node.computed) return `${sourceText(node.object)}.${node.property.name}`;
  return node?.type === 'CallExpression' ? `${sourceText(node.callee)}()` : 'expression';
}
