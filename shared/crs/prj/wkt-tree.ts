// A small parser for WKT (ESRI .prj, OGC WKT1 and WKT2): KEYWORD[value, value, KEYWORD[...], ...] into a tree.
// proj4's own parser does not know ESRI's Gauss_Kruger names, and Landlink wants the raw parameters anyway.

export interface WktNode {
  readonly keyword: string;
  /** Strings and numbers in order; child nodes are in `children`. */
  readonly values: (string | number)[];
  readonly children: WktNode[];
}

export class WktSyntaxError extends Error {
  constructor(position: number) {
    super(`The .prj text is not valid WKT (stopped at character ${position}).`);
    this.name = 'WktSyntaxError';
  }
}

export function parseWkt(text: string): WktNode {
  let position = 0;
  const skipSpace = () => {
    while (position < text.length && /[\s,]/.test(text[position]!)) position++;
  };
  const parseNode = (): WktNode => {
    skipSpace();
    const keywordMatch = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(position));
    if (!keywordMatch) throw new WktSyntaxError(position);
    position += keywordMatch[0].length;
    skipSpace();
    const open = text[position];
    if (open !== '[' && open !== '(') throw new WktSyntaxError(position);
    const close = open === '[' ? ']' : ')';
    position++;
    const node: WktNode = { keyword: keywordMatch[0].toUpperCase(), values: [], children: [] };
    for (;;) {
      skipSpace();
      const c = text[position];
      if (c === undefined) throw new WktSyntaxError(position);
      if (c === close) {
        position++;
        return node;
      }
      if (c === '"') {
        let end = position + 1;
        let value = '';
        for (;;) {
          const quote = text.indexOf('"', end);
          if (quote < 0) throw new WktSyntaxError(position);
          value += text.slice(end, quote);
          // WKT escapes a quote by doubling it.
          if (text[quote + 1] === '"') {
            value += '"';
            end = quote + 2;
          } else {
            end = quote + 1;
            break;
          }
        }
        node.values.push(value);
        position = end;
      } else if (/[-+.\d]/.test(c)) {
        const numberMatch = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(position));
        if (!numberMatch) throw new WktSyntaxError(position);
        node.values.push(Number(numberMatch[0]));
        position += numberMatch[0].length;
      } else if (/[A-Za-z_]/.test(c)) {
        // An enumeration value (e.g. AXIS["x", EAST]) or a nested node.
        const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(position))![0];
        const after = text.slice(position + word.length).trimStart()[0];
        if (after === '[' || after === '(') node.children.push(parseNode());
        else {
          node.values.push(word);
          position += word.length;
        }
      } else throw new WktSyntaxError(position);
    }
  };
  const root = parseNode();
  skipSpace();
  if (position < text.replace(/\s+$/, '').length) throw new WktSyntaxError(position);
  return root;
}

/** The first descendant (depth first, the node itself included) whose keyword is one of `keywords`. */
export function findWktNode(node: WktNode, keywords: readonly string[]): WktNode | undefined {
  if (keywords.includes(node.keyword)) return node;
  for (const child of node.children) {
    const found = findWktNode(child, keywords);
    if (found) return found;
  }
  return undefined;
}
