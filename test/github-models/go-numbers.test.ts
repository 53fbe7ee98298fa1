import { describe, expect, it } from 'vitest';
import { goLowerCase } from '../../src/metrics/github/go-lower.js';
import { goPrintedNumber } from '../../src/prompts/go-numbers.js';
import { goPrintedTimestamp } from '../../src/prompts/go-time.js';

describe('numbers in test rows as gh prints them', () => {
  it.each([
    ['010', 10, '8'],
    ['-017', -17, '-15'],
    ['0o17', 15, '15'],
    ['0x1F', 31, '31'],
    ['0', 0, '0'],
    ['1500000', 1500000, '1500000'],
    ['1.0', 1, '1'],
    ['123456.0', 123456, '123456'],
    ['1234567.0', 1234567, '1.234567e+06'],
    ['1e100', 1e100, '1e+100'],
    ['0.0001', 0.0001, '0.0001'],
    ['0.000012', 0.000012, '1.2e-05'],
    ['-2.5e-7', -2.5e-7, '-2.5e-07'],
    ['.inf', Infinity, '+Inf'],
    ['-.inf', -Infinity, '-Inf'],
    ['.nan', NaN, 'NaN'],
    ['-0.0', -0, '-0'],
  ])('%s prints %s', (source, value, printed) => {
    expect(goPrintedNumber(source, value)).toBe(printed);
  });
});

describe('lower-casing as Go does', () => {
  it('maps each character on its own', () => {
    expect(goLowerCase('ΟΔΟΣ')).toBe('οδοσ');
    expect(goLowerCase('İSTANBUL')).toBe('istanbul');
    expect(goLowerCase('ÜBER ẞ 🌍')).toBe('über ß 🌍');
  });
});

describe('dates and timestamps in test rows as gh prints them', () => {
  it.each([
    ['2024-01-01', '2024-01-01 00:00:00 +0000 UTC'],
    ['2024-1-5', '2024-01-05 00:00:00 +0000 UTC'],
    ['2024-01-01T10:00:00Z', '2024-01-01 10:00:00 +0000 UTC'],
    ['2024-01-01t9:5:7.250Z', '2024-01-01 09:05:07.25 +0000 UTC'],
    ['2024-01-01T10:00:00+02:00', '2024-01-01 10:00:00 +0200 +0200'],
    ['2024-01-01T10:00:00-00:00', '2024-01-01 10:00:00 +0000 UTC'],
    ['2024-01-01 10:00:00', '2024-01-01 10:00:00 +0000 UTC'],
  ])('%s prints %s', (text, printed) => {
    expect(goPrintedTimestamp(text)).toBe(printed);
  });

  it.each(['2024-02-30', '2024-13-01', '2024-01-01T10:00:00', '2024-01-01 10:00:00Z', '24-01-01', 'soon'])(
    '%s is not a time for go-yaml',
    (text) => {
      expect(goPrintedTimestamp(text)).toBeUndefined();
    },
  );
});
