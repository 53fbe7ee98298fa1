import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlFull } from '../../src/config/yaml.js';
import { locateJsonValue } from '../../src/report/json-locate.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/reports-0.1.0');

/** Every path to a value, and a missing key or index under each container. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
    paths.push([...prefix, value.length]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
    paths.push([...prefix, 'missing']);
  }
  return paths;
}

describe('locateJsonValue', () => {
  it('places every value of a report where the YAML reader places it, pretty-printed or on one line', () => {
    const data: unknown = JSON.parse(readFileSync(join(FIXTURES, 'compare-shard-1.json'), 'utf8'));
    for (const text of [JSON.stringify(data, null, 2), JSON.stringify(data)]) {
      const yaml = parseYamlFull(text, 'r.json');
      for (const path of pathsOf(data)) {
        const { line, column } = yaml.locate(path);
        expect(locateJsonValue(text, path), JSON.stringify(path)).toStrictEqual({ line, column });
      }
    }
  });

  it('reads keys with escapes, strings holding brackets and quotes, and stops at the deepest value found', () => {
    const text = '{"a\\"b": {"x": "]}\\\\\\"{[", "y": [1, {"z": true}]}}';
    expect(locateJsonValue(text, ['a"b', 'y', 1, 'z'])).toStrictEqual({ line: 1, column: 43 });
    expect(locateJsonValue(text, ['a"b', 'y', 5])).toStrictEqual({ line: 1, column: 33 });
    expect(locateJsonValue(text, [])).toStrictEqual({ line: 1, column: 1 });
  });
});
