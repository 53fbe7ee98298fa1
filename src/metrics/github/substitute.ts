import { isRecord } from '../../core/is-record.js';

/**
 * Templating exactly as `gh models eval` does it: every `{{key}}` whose key is in the data is
 * replaced literally, whatever characters the key has (spaces, non-ASCII); any other placeholder
 * stays as written. Matching the data's keys (rather than scanning for `{{...}}`) also finds a
 * placeholder inside extra braces, as gh does (`{{{input}}}` -> `{value}`). Values are formatted
 * the way Go's `%v` prints the decoded YAML, so prompts and string checks see the same text.
 */
export function substituteGitHub(
  template: string,
  data: Record<string, unknown>,
  encode: (value: string) => string = (value) => value,
): string {
  const keys = Object.keys(data);
  if (keys.length === 0) return template;
  // One pass over the template, so a value that itself contains `{{key}}` is never substituted again.
  const placeholder = new RegExp(`\\{\\{(${keys.map(escapeRegExp).join('|')})\\}\\}`, 'g');
  return template.replace(placeholder, (_match, key: string) => encode(formatGoValue(data[key])));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A decoded YAML value as Go's `fmt.Sprintf("%v", value)` prints it. */
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
