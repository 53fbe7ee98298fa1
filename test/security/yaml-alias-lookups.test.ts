/**
 * YAML aliases that expand to little can still cost a lot to look up: the `yaml` library finds an
 * alias's anchor by walking the document (and, converting, the nodes before the alias), once per
 * alias. A suite of 20,000 `*a` (80 kB, within every expansion bound: each alias stands for one
 * value) took 40 s of CPU. Aliases are resolved in one pass instead, with the library's meaning.
 */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlFull } from '../../src/config/yaml.js';

/** What the `yaml` library itself makes of the text (the meaning resolved aliases must keep). */
const libraryData = (text: string): unknown =>
  parseDocument(text, { merge: true, uniqueKeys: false }).toJS({ maxAliasCount: -1 });

describe('YAML alias lookups', () => {
  it('reads a file of 40,000 aliases in linear time', () => {
    const text = `a: &a x\nlist: [${Array<string>(40_000).fill('*a').join(', ')}]\n`;
    const data = parseYamlFull(text, 'aliases.eval.yaml').data as { list: string[] };
    expect(data.list).toHaveLength(40_000);
    expect(data.list.every((item) => item === 'x')).toBe(true);
  });

  it('resolves every alias to the node the yaml library resolves it to', () => {
    const documents = [
      // An anchor defined again: each alias takes the last one before it.
      'a: &x 1\nb: *x\nc: &x 2\nd: *x\ne: [*x, &x 3, *x]\n',
      // Anchors inside an aliased collection, and aliases to them after it.
      'base: &base { role: user, inner: &inner [1, 2] }\ncopy: *base\nagain: *inner\n',
      // Merge keys, alone and as a list; keys written in the mapping win.
      'defaults: &d { role: system, content: hi }\nother: &o { name: n, role: user }\nm1:\n  <<: *d\n  content: mine\nm2:\n  <<: [*o, *d]\n',
      // An alias as a key, and aliases in nested lists.
      'k: &k name\nmap:\n  *k : value\nrows:\n  - &r { q: 1 }\n  - - *r\n    - *r\n',
      // An alias in a block mapping under a list item.
      'cases:\n  - id: one\n    vars: &v { x: 1 }\n  - id: two\n    vars: *v\n',
    ];
    for (const text of documents) {
      expect(parseYamlFull(text, 'f.yaml').data, text).toStrictEqual(libraryData(text));
      // The shared parse is left as it was: a second read gives the same data.
      expect(parseYamlFull(text, 'f.yaml').data, text).toStrictEqual(libraryData(text));
    }
  });

  it('still refuses an alias inside its own anchor and a billion laughs', () => {
    expect(() => parseYamlFull('a: &a [1, *a]\n', 'f.yaml')).toThrow(
      /alias refers to the value that contains it/,
    );
    const laughs = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++)
      laughs.push(
        `l${i}: &l${i} [${Array<string>(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    expect(() => parseYamlFull(laughs.join('\n'), 'f.yaml')).toThrow(/YAML aliases expand the file/);
  });
});
