// @ts-check
import ts from 'typescript';
import { KNOWN_GLOBALS, KNOWN_MEMBERS, compatAt, missingIn } from './api-support.js';
import { oldestBrowserVersions } from './browser-targets.js';

/**
 * `sopka/api-in-targets`: every global, method and property of the browser or the language that
 * the code uses must exist in the oldest browsers of package.json's `browserslist`, by MDN's
 * compat data. Typed: it asks TypeScript who declares `x.toSorted` or `navigator.locks`, so it
 * also sees instance methods, which eslint-plugin-compat cannot. A use that is guarded by a
 * feature check with a tested fallback says so in an eslint-disable comment with its reason.
 */

/**
 * Where a lib declaration lives: `{ owner: 'Array' }` for `interface Array<T> { toSorted… }`,
 * `{ owner: 'URL', isStatic: true }` for `declare var URL: { canParse… }` or `ObjectConstructor`.
 * @param {ts.Declaration} declaration
 * @returns {{ owner: string, isStatic: boolean } | undefined}
 */
function ownerOf(declaration) {
  const parent = declaration.parent;
  if (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent)) {
    const name = parent.name?.text ?? '';
    return name.endsWith('Constructor')
      ? { owner: name.slice(0, -'Constructor'.length), isStatic: true }
      : { owner: name, isStatic: false };
  }
  if (ts.isTypeLiteralNode(parent) && ts.isVariableDeclaration(parent.parent)) {
    return { owner: parent.parent.name.getText(), isStatic: true };
  }
  if (ts.isModuleBlock(parent)) return { owner: parent.parent.name.getText(), isStatic: false };
  return undefined;
}

/** Parents whose identifier is a type: it needs nothing at run time. */
const TYPE_POSITIONS = new Set([
  'TSTypeReference',
  'TSQualifiedName',
  'TSTypeQuery',
  'TSInterfaceHeritage',
  'TSClassImplements',
]);

/** @param {string} owner @param {string} member @param {boolean} isStatic */
function compatPaths(owner, member, isStatic) {
  const api = isStatic ? [`api.${owner}.${member}_static`, `api.${owner}.${member}`] : [];
  return [`javascript.builtins.${owner}.${member}`, ...api, `api.${owner}.${member}`];
}

/** @type {Map<string, Record<string, number>>} */
const targetsByRoot = new Map();
/** @param {string} root */
function targetsFor(root) {
  const known = targetsByRoot.get(root);
  if (known) return known;
  const targets = oldestBrowserVersions(root);
  targetsByRoot.set(root, targets);
  return targets;
}

/** @type {import('eslint').Rule.RuleModule} */
export const apiInTargets = {
  meta: {
    type: 'problem',
    docs: { description: 'APIs must exist in the browsers of package.json browserslist' },
    schema: [],
    messages: {
      missing:
        '{{name}} is not in {{browsers}}: replace it, polyfill it, or guard it with a feature check and a tested fallback.',
    },
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    const program = /** @type {ts.Program | undefined} */ (services?.program);
    const toTs = /** @type {Map<unknown, ts.Node> | undefined} */ (services?.esTreeNodeToTSNodeMap);
    if (!program || !toTs) return {};
    const checker = program.getTypeChecker();
    const targets = targetsFor(context.cwd);
    const inLib = (/** @type {ts.Declaration} */ d) =>
      program.isSourceFileDefaultLibrary(d.getSourceFile());

    /**
     * Reports by the first path MDN has data for; false when it has none.
     * @param {import('estree').Node} node @param {string} name @param {string[]} paths
     */
    function check(node, name, paths) {
      for (const path of paths) {
        const compat = compatAt(path);
        if (!compat) continue;
        const browsers = missingIn(compat, targets);
        if (browsers.length) {
          context.report({
            node,
            messageId: 'missing',
            data: { name, browsers: browsers.join(', ') },
          });
        }
        return true;
      }
      return false;
    }

    return {
      MemberExpression(node) {
        if (node.computed || node.property.type !== 'Identifier') return;
        const member = node.property.name;
        if (!KNOWN_MEMBERS.has(member)) return;
        const tsNode = toTs.get(node);
        if (!tsNode || !ts.isPropertyAccessExpression(tsNode)) return;
        const declarations = checker.getSymbolAtLocation(tsNode.name)?.declarations ?? [];
        if (!declarations.length || !declarations.every(inLib)) return;
        const owners = declarations.flatMap((d) => ownerOf(d) ?? []);
        const pathsOf = (/** @type {typeof owners} */ list) =>
          list.flatMap(({ owner, isStatic }) => compatPaths(owner, member, isStatic));
        if (check(node.property, `${owners[0]?.owner ?? ''}.${member}`, pathsOf(owners))) return;
        // a mixin such as NavigatorLocks is not in MDN's data: the receiver's type is
        const receiver = checker.getApparentType(checker.getTypeAtLocation(tsNode.expression));
        const receiverName = receiver.getSymbol()?.getName();
        if (!receiverName || receiverName.startsWith('__')) return;
        check(
          node.property,
          `${receiverName}.${member}`,
          pathsOf([{ owner: receiverName, isStatic: false }]),
        );
      },
      Identifier(node) {
        if (!KNOWN_GLOBALS.has(node.name)) return;
        const parent = /** @type {import('estree').Node & { parent?: unknown }} */ (node).parent;
        const parentNode = /** @type {import('estree').Node | undefined} */ (parent);
        if (parentNode?.type === 'MemberExpression' && parentNode.property === node) return;
        if (parentNode?.type === 'Property' && parentNode.key === node) return;
        if (parentNode && TYPE_POSITIONS.has(parentNode.type)) return;
        const tsNode = toTs.get(node);
        if (!tsNode || !ts.isIdentifier(tsNode)) return;
        const declarations = checker.getSymbolAtLocation(tsNode)?.declarations ?? [];
        if (!declarations.length || !declarations.every(inLib)) return;
        check(node, node.name, [`api.${node.name}`, `javascript.builtins.${node.name}`]);
      },
    };
  },
};

export default { rules: { 'api-in-targets': apiInTargets } };
