/**
 * How `gh models eval` prints a number from a test row. gh decodes rows with go-yaml v3 and fills
 * placeholders with Go's `%v`, which differs from JavaScript's `String(n)` in two ways:
 * - go-yaml reads an integer with a leading zero as octal (YAML 1.1 style): `010` is 8, not 10;
 * - a float (written with a point or an exponent) prints in `%g` style, in exponent form below 1e-4
 *   and from 1e6 on: `1500000.0` prints `1.5e+06`, `0.00001` prints `1e-05`.
 * `source` is the scalar as written, `value` what the YAML parser made of it.
 */
export function goPrintedNumber(source: string, value: number): string {
  const octal = /^([-+]?)0([0-7]+)$/.exec(source);
  if (octal) return `${octal[1] === '-' ? '-' : ''}${parseInt(octal[2] ?? '0', 8)}`;
  if (/^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+)$/.test(source)) return String(value);
  return goFloat(value);
}

/** Go's `%v` of a float64: shortest digits, exponent form when the exponent is < -4 or >= 6. */
function goFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  if (Object.is(value, -0)) return '-0';
  const [mantissa = '', exponent = '0'] = value.toExponential().split('e');
  const exp = Number(exponent);
  if (exp >= -4 && exp < 6) return String(value);
  return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}
