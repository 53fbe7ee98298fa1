/**
 * Word-level diff of two model outputs for the HTML report: Myers' O(ND) algorithm over word,
 * whitespace and punctuation tokens. Outputs that differ almost everywhere (an edit distance above
 * MAX_EDITS) are shown as one deletion and one insertion after their common prefix and suffix,
 * which keeps the report's time and size bounded whatever the model wrote.
 */

export type DiffOp = 'equal' | 'delete' | 'insert';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Beyond this many token edits the outputs share little worth marking word by word. */
const MAX_EDITS = 1500;

/** Words (letters, digits, underscore), runs of white space, and single other characters. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu) ?? [];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)) ?? [
    { op: 'delete' as const, tokens: a.slice(prefix, a.length - suffix) },
    { op: 'insert' as const, tokens: b.slice(prefix, b.length - suffix) },
  ];
  const parts: { op: DiffOp; tokens: string[] }[] = [
    { op: 'equal', tokens: a.slice(0, prefix) },
    ...middle,
    { op: 'equal', tokens: a.slice(a.length - suffix) },
  ];
  return cleanup(merge(parts));
}

/**
 * Makes a rewrite read as one: an unchanged stretch no longer than the edits on both sides of it
 * (a space, "the") becomes part of the edit, and each run of edits shows as one deletion followed
 * by one insertion instead of alternating word by word.
 */
function cleanup(parts: DiffPart[]): DiffPart[] {
  const edits = (from: number, step: 1 | -1) => {
    let length = 0;
    for (let i = from; i >= 0 && i < parts.length && parts[i]?.op !== 'equal'; i += step)
      length += parts[i]?.text.length ?? 0;
    return length;
  };
  const absorbed = parts.flatMap((part, i): DiffPart[] => {
    if (part.op !== 'equal' || i === 0 || i === parts.length - 1) return [part];
    const short = part.text.length <= Math.min(edits(i - 1, -1), edits(i + 1, 1));
    return short
      ? [
          { op: 'delete', text: part.text },
          { op: 'insert', text: part.text },
        ]
      : [part];
  });
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of absorbed) {
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out;
}

/** Joins runs of the same operation and drops empty ones. */
function merge(parts: { op: DiffOp; tokens: string[] }[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const text = part.tokens.join('');
    if (text === '') continue;
    const last = out.at(-1);
    if (last && last.op === part.op) last.text += text;
    else out.push({ op: part.op, text });
  }
  return out;
}

/**
 * The shortest edit script from `a` to `b` as token runs, or undefined when it needs more than
 * MAX_EDITS edits. Keeps the frontier of each step (O(D^2) memory) to walk back the path.
 */
function myers(a: string[], b: string[]): { op: DiffOp; tokens: string[] }[] | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    return [
      { op: 'delete', tokens: a },
      { op: 'insert', tokens: b },
    ];
  }
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return undefined;

  // Walk back from (n, m): each step d came from a neighbouring diagonal of step d - 1.
  const parts: { op: DiffOp; tokens: string[] }[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d] as Int32Array;
    // `previous` holds v before step d, for diagonals -d-1 .. d+1.
    const at = (k: number) => previous[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    if (x > startX) parts.push({ op: 'equal', tokens: a.slice(startX, x) });
    parts.push(
      down ? { op: 'insert', tokens: [b[prevY] as string] } : { op: 'delete', tokens: [a[prevX] as string] },
    );
    x = prevX;
    y = prevY;
  }
  if (x > 0) parts.push({ op: 'equal', tokens: a.slice(0, x) });
  return parts.reverse();
}
