/**
 * What Jinja2 users (promptfoo's Python side, LangChain, most prompt libraries) write that the
 * sandbox refuses, with the nunjucks way to say it: the refusal's hint for migrated templates.
 */

const FOR_PAIRS = 'iterate a mapping with `{% for key, value in mapping %}`';

/** Filters Jinja2 has and the sandbox does not. */
export const JINJA_FILTER_HINTS: Readonly<Record<string, string>> = {
  tojson: 'nunjucks calls it `dump`: `{{ value | dump }}`',
  items: FOR_PAIRS,
  random: 'a template must render the same text on every run: put the choice in the case data',
  map: 'loop instead: `{% for item in list %}{{ item.name }}{% endfor %}`',
  unique: 'remove duplicates in the case data',
  format: 'join with `~`: `{{ "Dear " ~ name }}`',
};

/** Methods Jinja2 templates call on strings, lists and mappings. */
export const JINJA_METHOD_HINTS: Readonly<Record<string, string>> = {
  items: FOR_PAIRS,
  keys: FOR_PAIRS,
  values: FOR_PAIRS,
  strip: 'use the filter: `{{ text | trim }}`',
  upper: 'use the filter: `{{ text | upper }}`',
  lower: 'use the filter: `{{ text | lower }}`',
  title: 'use the filter: `{{ text | title }}`',
  capitalize: 'use the filter: `{{ text | capitalize }}`',
  replace: 'use the filter: `{{ text | replace("a", "b") }}`',
  join: 'use the filter: `{{ list | join(", ") }}`',
  format: 'join with `~`: `{{ "Dear " ~ name }}`',
  split: 'templates cannot split text: put the parts in the case data as a list',
  get: 'use a default: `{{ mapping.key | default("none") }}`',
};
