/** Options shared by the text-matching metrics. */
export interface TextOptions {
  ignoreCase: boolean;
  trim: boolean;
}

export function normaliseText(text: string, options: TextOptions): string {
  const trimmed = options.trim ? text.trim() : text;
  return options.ignoreCase ? trimmed.toLowerCase() : trimmed;
}

/** A value quoted for a reason line, shortened so reasons stay one readable line. */
export function quote(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(short);
}

export function quoteList(values: readonly string[]): string {
  return values.map((value) => quote(value)).join(', ');
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
