/**
 * A small strict Semantic Versioning 2.0.0 parser and precedence comparison: enough for prompt
 * versions, without a dependency. Build metadata is kept but ignored for precedence (spec item 10).
 */
export interface Semver {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated pre-release identifiers; empty for a release. */
  prerelease: string[];
  build: string[];
}

const NUMBER = '0|[1-9]\\d*';
const PRERELEASE_ID = '0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*';
const BUILD_ID = '[0-9A-Za-z-]+';
const SEMVER = new RegExp(
  `^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})` +
    `(?:-((?:${PRERELEASE_ID})(?:\\.(?:${PRERELEASE_ID}))*))?` +
    `(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?$`,
);

/** The parsed version, or undefined when `text` is not strict semver (no `v` prefix, no leading zeros). */
export function parseSemver(text: string): Semver | undefined {
  const match = SEMVER.exec(text);
  if (!match) return undefined;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : [],
    build: match[5] ? match[5].split('.') : [],
  };
}

/** -1, 0 or 1 by semver precedence; throws when either side is not semver (validate user input first). */
export function compareSemver(a: string, b: string): -1 | 0 | 1 {
  const left = parseSemver(a);
  const right = parseSemver(b);
  if (!left || !right) {
    throw new Error(`not a semver version: \`${left ? b : a}\` (expected MAJOR.MINOR.PATCH, e.g. 1.2.0)`);
  }
  return (
    sign(left.major - right.major) ||
    sign(left.minor - right.minor) ||
    sign(left.patch - right.patch) ||
    comparePrerelease(left.prerelease, right.prerelease)
  );
}

/** A release outranks its pre-releases; identifiers compare numerically, then in ASCII order (spec item 11). */
export function comparePrerelease(a: string[], b: string[]): -1 | 0 | 1 {
  if (a.length === 0 || b.length === 0) return sign(b.length - a.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y) continue;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    if (xNumeric && yNumeric) return sign(Number(x) - Number(y));
    if (xNumeric !== yNumeric) return xNumeric ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return sign(a.length - b.length);
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
