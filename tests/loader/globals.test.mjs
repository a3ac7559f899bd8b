// Every name the loader's sources use is declared in the same file, imported, or one of
// the browser's own. A classic script bundled from modules would otherwise read a missing
// import as a global, and fail only when that line runs in a reader's browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'acorn';

const BROWSER = new Set(`window document navigator performance console Promise Error TypeError
  RangeError SyntaxError Object Array String Number Boolean Math JSON Map Set WeakMap Symbol
  RegExp Date Intl URL URLSearchParams fetch addEventListener removeEventListener Response Request Headers AbortController
  TextDecoder TextEncoder MessageChannel setTimeout clearTimeout requestAnimationFrame
  requestIdleCallback queueMicrotask CSSStyleSheet Document HTMLElement Element Node NodeFilter
  CustomEvent Event WebAssembly customElements localStorage encodeURIComponent
  decodeURIComponent isFinite isNaN parseInt parseFloat Infinity NaN undefined globalThis
  import arguments matchMedia getComputedStyle MutationObserver innerHeight`.split(/\s+/).filter(Boolean));

/** The names a file declares (anywhere) and the names it reads, from acorn's tree. */
function names(source) {
  const tree = parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  const declared = new Set();
  const used = new Map();
  const declare = (pattern) => {
    if (!pattern) return;
    if (pattern.type === 'Identifier') declared.add(pattern.name);
    else if (pattern.type === 'ObjectPattern') pattern.properties.forEach((p) => declare(p.value || p.argument));
    else if (pattern.type === 'ArrayPattern') pattern.elements.forEach(declare);
    else if (pattern.type === 'RestElement') declare(pattern.argument);
    else if (pattern.type === 'AssignmentPattern') declare(pattern.left);
  };
  const visit = (node, parent, key) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'VariableDeclarator': declare(node.id); break;
      case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression':
        declare(node.id); node.params.forEach(declare); break;
      case 'ClassDeclaration': case 'ClassExpression': declare(node.id); break;
      case 'CatchClause': declare(node.param); break;
      case 'ImportSpecifier': case 'ImportDefaultSpecifier': case 'ImportNamespaceSpecifier':
        declare(node.local); break;
      case 'Identifier': {
        const isKey = (parent.type === 'MemberExpression' && key === 'property' && !parent.computed)
          || ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && key === 'key' && !parent.computed)
          || parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement'
          || parent.type === 'ExportSpecifier' || parent.type === 'MetaProperty'
          // An import attribute's key (`with { type: 'json' }`) names nothing.
          || (parent.type === 'ImportAttribute' && key === 'key');
        if (!isKey) used.set(node.name, (used.get(node.name) || node.start));
        break;
      }
      default:
    }
    for (const [childKey, child] of Object.entries(node)) {
      if (childKey === 'type' || childKey === 'start' || childKey === 'end') continue;
      if (Array.isArray(child)) child.forEach((c) => visit(c, node, childKey));
      else if (child && typeof child.type === 'string') visit(child, node, childKey);
    }
  };
  visit(tree, {}, '');
  return { declared, used };
}

const files = ['www/index.mjs', ...readdirSync(new URL('../../www/loader/', import.meta.url)).map((f) => `www/loader/${f}`)];

test('every name in the loader is declared, imported or the browser\'s', () => {
  const missing = [];
  for (const file of files) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const { declared, used } = names(source);
    for (const [name, at] of used) {
      if (!declared.has(name) && !BROWSER.has(name)) {
        const line = source.slice(0, at).split('\n').length;
        missing.push(`${file}:${line}: ${name}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('the check finds a missing import', () => {
  const { declared, used } = names("import { a } from './a.mjs';\nfunction f(x) { return a(x) + b(x); }\n");
  const free = [...used.keys()].filter((n) => !declared.has(n) && !BROWSER.has(n));
  assert.deepEqual(free, ['b']);
});
