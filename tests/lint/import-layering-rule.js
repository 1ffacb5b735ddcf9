// The layering rule as one ESLint rule: every import a file makes, static (`import`, `export … from`) or dynamic
// (`import('…')` with a literal or a template without expressions), is checked against its layer's options:
//   packages  bare module names the layer may not import (a name also forbids its subpaths: 'fs' → 'fs/promises')
//   roots     repository folders a relative import may not land in (e.g. 'renderer/', 'shared/node/')
//   within    when set, the only repository folders a relative import may land in (sample-data/: itself and shared/)
// In the style of VS Code's code-layering check: the layer is read from the folder, and the rule is data.
import path from 'node:path';

function specifierOf(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

const inFolder = (relative, folder) => relative === folder.replace(/\/$/, '') || relative.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

/** @type {import('eslint').Rule.RuleModule} */
export const importLayeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what is below it (see README, How the code is laid out).' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layer: { type: 'string' },
          packages: { type: 'array', items: { type: 'string' } },
          roots: { type: 'array', items: { type: 'string' } },
          within: { type: 'array', items: { type: 'string' } },
        },
        required: ['root', 'layer'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { root, layer, packages = [], roots = [], within } = context.options[0];
    const filename = context.filename;
    const check = (node, source, how) => {
      const specifier = specifierOf(source);
      if (specifier === null) return;
      const clean = specifier.replace(/\?.*$/, '');
      if (clean.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(filename), clean)).split(path.sep).join('/');
        const forbidden = roots.find((folder) => inFolder(target, folder));
        const outside = within && !within.some((folder) => inFolder(target, folder));
        if (forbidden || outside)
          context.report({ node, message: `Layering: ${layer} may not ${how} '${specifier}' (${target} is ${forbidden ? `in ${forbidden}` : `outside ${within.join(', ')}`}; see README, How the code is laid out).` });
        return;
      }
      const name = packages.find((p) => clean === p || clean.startsWith(`${p}/`));
      if (name) context.report({ node, message: `Layering: ${layer} may not ${how} '${specifier}' (see README, How the code is laid out).` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, 'import'),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source, 'import'),
      ExportAllDeclaration: (node) => check(node, node.source, 'import'),
      ImportExpression: (node) => check(node, node.source, 'dynamically import'),
    };
  },
};
