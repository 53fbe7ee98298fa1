/** The string formats our schemas use, for TypeBox's checker (ajv-formats' job before). */
import { FormatRegistry } from '@sinclair/typebox';

// RFC 3339 date-time, as `new Date().toISOString()` writes it and JSON Schema's `date-time` means.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export function registerFormats(): void {
  if (FormatRegistry.Has('date-time')) return;
  FormatRegistry.Set('date-time', (value) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));
  // Any date JavaScript reads: the lock file's times, which people may repair by hand.
  FormatRegistry.Set('timestamp', (value) => !Number.isNaN(Date.parse(value)));
}
