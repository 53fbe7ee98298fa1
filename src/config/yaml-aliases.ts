import { isAlias, isCollection, isNode, isPair, type Alias, type Document, type ParsedNode } from 'yaml';

/**
 * YAML aliases resolved in one pass over the document. An alias stands for the last node before it
 * (in document order) that carries its anchor. The `yaml` library finds that node by walking the
 * document for every alias (and, in toJS, the nodes before it), so a file of 20,000 aliases (80 kB)
 * took 40 s to check: the bounds check and the conversion resolve aliases here instead.
 */

/** Where a node sits: a collection's item, or a pair's key or value. */
type Place =
  [holder: unknown[], index: number] | [holder: { key: unknown; value: unknown }, side: 'key' | 'value'];

/** Every alias of the document with where it sits and the node it stands for (absent: no anchor before it). */
export interface AliasTargets {
  targets: Map<Alias, ParsedNode>;
  places: Map<Alias, Place>;
}

/**
 * Visits the document in the order the `yaml` library resolves anchors in (a node before its
 * children, a pair's key before its value), without entering aliases. Iterative: it runs before the
 * nesting bound is checked.
 */
export function aliasTargets(doc: Document.Parsed): AliasTargets {
  const targets = new Map<Alias, ParsedNode>();
  const places = new Map<Alias, Place>();
  const anchors = new Map<string, ParsedNode>();
  const stack: [unknown, Place | undefined][] = [[doc.contents, undefined]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, place] = entry;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      if (place) places.set(node, place);
    } else if (isPair(node)) {
      stack.push([node.value, [node, 'value']], [node.key, [node, 'key']]);
    } else if (isNode(node)) {
      if (node.anchor) anchors.set(node.anchor, node as ParsedNode);
      if (isCollection(node)) {
        const items: unknown[] = node.items;
        for (let i = items.length - 1; i >= 0; i--) stack.push([items[i], [items, i]]);
      }
    }
  }
  return { targets, places };
}

/**
 * Converts the document to plain data with every alias replaced by the node it stands for, so the
 * conversion does no alias lookups; the document is restored before returning (parses are shared).
 * The caller has bounded the expansion and refused aliases inside their own anchor (checkYamlDocument).
 */
export function toJSResolved(doc: Document.Parsed, { targets, places }: AliasTargets): unknown {
  const put = (place: Place, node: unknown) => {
    const [holder, at] = place;
    if (Array.isArray(holder)) holder[at as number] = node;
    else holder[at as 'key' | 'value'] = node;
  };
  const replaced: [Place, Alias][] = [];
  try {
    for (const [alias, place] of places) {
      const target = targets.get(alias);
      if (!target) continue;
      put(place, target);
      replaced.push([place, alias]);
    }
    return doc.toJS({ maxAliasCount: -1 });
  } finally {
    for (const [place, alias] of replaced) put(place, alias);
  }
}
