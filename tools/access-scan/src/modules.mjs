// Parses each source file once with @babel/parser and records what the evaluator needs: its
// imports (ESM, require, dynamic import), exports (named, default, re-exports, CommonJS) and
// top-level and nested bindings by name. Unparseable files are reported, never fatal.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from '@babel/parser';
import { getTsconfig, createPathsMatcher } from 'get-tsconfig';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

export class Modules {
  constructor(root) {
    this.root = root;
    this.cache = new Map();
    this.problems = [];
    this.matchers = new Map();
    this.files = new Map();
  }

  // The file an import path names (with its extension or index file), looked up once per scan:
  // thousands of files import the same few modules.
  file(base) {
    if (!this.files.has(base)) this.files.set(base, withExtension(base));
    return this.files.get(base);
  }

  // The module facts of an absolute path, or null when it does not parse.
  get(file) {
    if (!this.cache.has(file)) this.cache.set(file, this.load(file));
    return this.cache.get(file);
  }

  load(file) {
    let code;
    try { code = readFileSync(file, 'utf8'); } catch (e) { this.problems.push({ file, reason: `cannot read: ${e.code}` }); return null; }
    const typescript = /\.[cm]?tsx?$/.test(file);
    const plugins = typescript ? [['typescript', { dts: false }], ...(file.endsWith('x') || !/\.[cm]?ts$/.test(file) ? ['jsx'] : [])] : ['jsx'];
    let ast;
    try {
      ast = parse(code, { sourceType: 'unambiguous', plugins, errorRecovery: true, allowReturnOutsideFunction: true, allowImportExportEverywhere: true });
    } catch (e) {
      if (!typescript) {
        try { ast = parse(code, { sourceType: 'unambiguous', plugins: ['typescript', 'jsx'], errorRecovery: true }); } catch { /* reported below */ }
      }
      if (!ast) { this.problems.push({ file, reason: `does not parse: ${e.message}` }); return null; }
    }
    return collect(file, ast);
  }

  // The absolute path that `source` imported from `file` names inside the app, or null.
  resolve(file, source) {
    let base = null;
    if (source.startsWith('.') || source.startsWith('/')) base = resolve(dirname(file), source);
    else {
      const matcher = this.pathsMatcher(dirname(file));
      for (const candidate of matcher ? matcher(source) : []) {
        const found = this.file(candidate);
        if (found) return found;
      }
      return null;
    }
    return this.file(base);
  }

  pathsMatcher(dir) {
    if (!this.matchers.has(dir)) {
      let matcher = null;
      try {
        const config = getTsconfig(dir, 'tsconfig.json') ?? getTsconfig(dir, 'jsconfig.json');
        if (config) matcher = createPathsMatcher(config);
      } catch (e) { this.problems.push({ file: join(dir, 'tsconfig.json'), reason: `not read: ${e.message}` }); }
      this.matchers.set(dir, matcher);
    }
    return this.matchers.get(dir);
  }
}

function withExtension(base) {
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, 'index' + e))];
  // ESM TypeScript imports name the emitted .js file: './aws.js' is ./aws.ts in the source.
  const js = /\.(m|c)?js$/.exec(base);
  if (js) candidates.push(...['.ts', '.tsx'].map((e) => base.slice(0, -js[0].length) + (js[1] ? `.${js[1]}ts` : e)));
  for (const c of candidates) {
    try { if (existsSync(c) && statSync(c).isFile()) return c; } catch { /* unreadable: not a candidate */ }
  }
  return null;
}

// What an expression stands for under its wrappers; `(0, lib.f)` (TypeScript's compiled call of an
// import) is its last expression.
const unwrap = (n) => {
  while (n && ['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'ParenthesizedExpression', 'AwaitExpression', 'TSTypeAssertion', 'SequenceExpression'].includes(n.type)) {
    n = n.type === 'SequenceExpression' ? n.expressions.at(-1) : n.expression ?? n.argument;
  }
  return n;
};
export { unwrap };

// The module a require('x') or import('x') expression loads, or null.
export function loadedModule(node) {
  node = unwrap(node);
  // Babel 8 parses import('x') as an ImportExpression.
  if (node?.type === 'ImportExpression') return node.source.type === 'StringLiteral' ? node.source.value : null;
  if (node?.type !== 'CallExpression' || node.arguments[0]?.type !== 'StringLiteral') return null;
  if (node.callee.type === 'Import' || (node.callee.type === 'Identifier' && node.callee.name === 'require')) return node.arguments[0].value;
  return null;
}

const keyName = (key, computed) => (!computed && key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : null);

function collect(file, ast) {
  const facts = { file, ast, imports: new Map(), exports: new Map(), stars: [], bindings: new Map(), members: new Map(), typed: new Map(), params: new Set() };
  // Each name's bindings with the function they are declared in (null: the module), so that a
  // name resolves to its own function's declaration (bindingAt); the first one per scope counts.
  // The walk visits a function before its body, so its enclosing functions are known.
  const functions = [];
  // In visiting order, the last function that contains a node is its innermost.
  const scopeOf = (node, own) => functions.findLast((f) => f !== own && f.start <= node.start && node.end <= f.end) ?? null;
  const bind = (name, value, node, own) => {
    const scope = node ? scopeOf(node, own) : null;
    const list = facts.bindings.get(name) ?? [];
    if (!list.some((b) => b.scope === scope)) list.push({ ...value, scope });
    facts.bindings.set(name, list);
  };
  // A parameter or field typed with a class (`s3: S3`, `private doc: DynamoDBDocument`): the
  // type's name, for a client passed in or injected rather than built here.
  const typed = (id) => {
    const type = id?.typeAnnotation?.typeAnnotation;
    if (id?.type === 'Identifier' && type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && !facts.typed.has(id.name)) facts.typed.set(id.name, type.typeName.name);
  };
  const params = (fn) => {
    for (const p of fn.params) {
      const id = p.type === 'TSParameterProperty' ? p.parameter : p.type === 'AssignmentPattern' ? p.left : p;
      if (id.type === 'Identifier') facts.params.add(id.name);
      // A parameter (destructured too) hides a same-named variable of another function.
      for (const name of patternNames(id)) bind(name.name, { param: true }, name);
      typed(id);
      if (p.type === 'TSParameterProperty' && id.type === 'Identifier' && !facts.members.has(id.name)) facts.members.set(id.name, { typedAs: id.name });
    }
  };
  const pattern = (id, init) => {
    const source = loadedModule(init);
    if (id.type === 'Identifier') {
      if (source) facts.imports.set(id.name, { source, name: '*' });
      // `let client: S3Client | null = null` is filled in later: the assignment is its value.
      else if (init.type !== 'NullLiteral' && !(init.type === 'Identifier' && init.name === 'undefined')) bind(id.name, { init }, id);
    } else if (id.type === 'ObjectPattern') {
      for (const p of id.properties) {
        if (p.type !== 'ObjectProperty') continue;
        const name = keyName(p.key, p.computed);
        const local = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
        if (!name || local.type !== 'Identifier') continue;
        if (source) facts.imports.set(local.name, { source, name });
        else bind(local.name, { member: name, of: init }, local);
      }
    }
  };
  walk(ast.program, (node) => {
    switch (node.type) {
      case 'ImportDeclaration':
        if (node.importKind === 'type') break;
        for (const s of node.specifiers) {
          const name = s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportNamespaceSpecifier' ? '*' : keyName(s.imported);
          facts.imports.set(s.local.name, { source: node.source.value, name });
        }
        break;
      case 'VariableDeclarator':
        if (node.init) pattern(node.id, node.init);
        break;
      case 'FunctionDeclaration':
        functions.push(node);
        if (node.id) bind(node.id.name, { fn: node }, node, node);
        params(node);
        break;
      case 'FunctionExpression': case 'ArrowFunctionExpression': case 'ClassMethod': case 'ClassPrivateMethod': case 'ObjectMethod':
        functions.push(node);
        params(node);
        break;
      case 'ClassProperty': case 'ClassPrivateProperty': {
        // class Storage { s3 = new S3({}); private client: S3Client; } seen as this.s3, this.client
        const name = node.key.type === 'PrivateName' ? node.key.id.name : keyName(node.key, node.computed);
        if (name && node.value && !facts.members.has(name)) facts.members.set(name, { init: node.value });
        else if (name && !node.value) typed({ ...node.key, name, typeAnnotation: node.typeAnnotation });
        break;
      }
      case 'ExportNamedDeclaration':
        if (node.source) {
          for (const s of node.specifiers) facts.exports.set(keyName(s.exported), { source: node.source.value, name: s.type === 'ExportNamespaceSpecifier' ? '*' : keyName(s.local) });
        } else if (node.declaration) {
          const d = node.declaration;
          if (d.id?.name) facts.exports.set(d.id.name, { local: d.id.name });
          for (const v of d.declarations ?? []) if (v.id.type === 'Identifier') facts.exports.set(v.id.name, { local: v.id.name });
        } else {
          for (const s of node.specifiers) facts.exports.set(keyName(s.exported), { local: s.local.name });
        }
        break;
      case 'ExportDefaultDeclaration':
        facts.exports.set('default', node.declaration.id?.name && node.declaration.type !== 'ClassDeclaration'
          ? { local: node.declaration.id.name } : { expr: node.declaration.type === 'FunctionDeclaration' ? null : node.declaration, fn: node.declaration.type === 'FunctionDeclaration' ? node.declaration : null });
        break;
      case 'ExportAllDeclaration':
        if (node.exported) facts.exports.set(keyName(node.exported), { source: node.source.value, name: '*' });
        else facts.stars.push(node.source.value);
        break;
      case 'AssignmentExpression': {
        const left = node.left;
        // `let client; ... client ??= new S3Client()`: a singleton assigned where it is first needed.
        if (left.type === 'Identifier') { bind(left.name, { init: node.right }); break; }
        // this.s3 = new S3Client() in a constructor or a lazy getter.
        if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression') {
          const name = left.property.type === 'PrivateName' ? left.property.id.name : keyName(left.property, left.computed);
          if (name && !facts.members.get(name)?.init) facts.members.set(name, { init: node.right });
          break;
        }
        // module.exports = x, module.exports.a = x, exports.a = x
        if (left.type !== 'MemberExpression') break;
        const isModuleExports = (n) => n.type === 'MemberExpression' && n.object.type === 'Identifier' && n.object.name === 'module' && keyName(n.property, n.computed) === 'exports';
        if (isModuleExports(left)) {
          facts.exports.set('default', { expr: node.right });
          if (unwrap(node.right)?.type === 'ObjectExpression') {
            for (const p of unwrap(node.right).properties) {
              const name = p.key && keyName(p.key, p.computed);
              if (name && p.type === 'ObjectProperty') facts.exports.set(name, { expr: p.value });
              if (name && p.type === 'ObjectMethod') facts.exports.set(name, { fn: p });
            }
          }
        } else if (isModuleExports(left.object) || (left.object.type === 'Identifier' && left.object.name === 'exports')) {
          const name = keyName(left.property, left.computed);
          if (name) facts.exports.set(name, { expr: node.right });
        }
        break;
      }
      default:
    }
  });
  return facts;
}

// The identifiers a parameter pattern declares: ({ parsedInput: { key } }, [a, ...rest]).
function patternNames(p) {
  if (!p) return [];
  if (p.type === 'Identifier') return [p];
  if (p.type === 'ObjectPattern') return p.properties.flatMap((q) => patternNames(q.type === 'RestElement' ? q.argument : q.value));
  if (p.type === 'ArrayPattern') return p.elements.flatMap(patternNames);
  if (p.type === 'AssignmentPattern') return patternNames(p.left);
  if (p.type === 'RestElement') return patternNames(p.argument);
  return [];
}

// Calls visit(node, parent) for every AST node, depth first.
export function walk(node, visit, parent = null) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key in node) {
    if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra' || key.endsWith('Comments') || key === 'typeAnnotation' || key === 'returnType' || key === 'typeParameters') continue;
    const child = node[key];
    if (Array.isArray(child)) { for (const c of child) if (c && typeof c.type === 'string') walk(c, visit, node); }
    else if (child && typeof child.type === 'string') walk(child, visit, node);
  }
}
