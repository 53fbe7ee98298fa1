import { isRecord } from '../../config/yaml.js';

/**
 * Templating exactly as `gh models eval` does it: every `{{key}}` whose key is in the data (no
 * spaces trimmed) is replaced literally; any other placeholder stays as written. Values are
 * formatted the way Go's `%v` prints the decoded YAML, so string checks compare the same text.
 */
export function substituteGitHub(
  template: string,
  data: Record<string, unknown>,
  encode: (value: string) => string = (value) => value,
): string {
  return template.replace(/\{\{(.*?)\}\}/g, (placeholder, key: string) =>
    Object.hasOwn(data, key) ? encode(formatGoValue(data[key])) : placeholder,
  );
}

function formatGoValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(formatGoValue).join(' ')}]`;
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${key}:${formatGoValue(value[key])}`);
    return `map[${entries.join(' ')}]`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}
