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
        const found = withExtension(candidate);
        if (found) return found;
      }
      return null;
    }
    return withExtension(base);
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

const unwrap = (n) => {
  while (n && ['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'ParenthesizedExpression', 'AwaitExpression', 'TSTypeAssertion'].includes(n.type)) n = n.expression ?? n.argument;
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
  const facts = { file, ast, imports: new Map(), exports: new Map(), stars: [], bindings: new Map() };
  const bind = (name, value) => { if (!facts.bindings.has(name)) facts.bindings.set(name, value); };
  const pattern = (id, init) => {
    const source = loadedModule(init);
    if (id.type === 'Identifier') {
      if (source) facts.imports.set(id.name, { source, name: '*' });
      else bind(id.name, { init });
    } else if (id.type === 'ObjectPattern') {
      for (const p of id.properties) {
        if (p.type !== 'ObjectProperty') continue;
        const name = keyName(p.key, p.computed);
        const local = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
        if (!name || local.type !== 'Identifier') continue;
        if (source) facts.imports.set(local.name, { source, name });
        else bind(local.name, { member: name, of: init });
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
        if (node.id) bind(node.id.name, { fn: node });
        break;
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
        // module.exports = x, module.exports.a = x, exports.a = x
        const left = node.left;
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
