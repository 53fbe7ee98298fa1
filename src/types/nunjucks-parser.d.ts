// nunjucks ships its parser but not its types; we only walk the tree it returns.
declare module 'nunjucks/src/parser.js' {
  export function parse(src: string, extensions?: unknown, opts?: unknown): unknown;
}
