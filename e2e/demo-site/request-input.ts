import type { Request } from 'express';

function fieldOf(source: unknown, name: string): string | undefined {
  if (typeof source !== 'object' || source === null || !Object.hasOwn(source, name)) {
    return undefined;
  }
  const value: unknown = Reflect.get(source, name);
  // A repeated field arrives as an array: that is not what any of the forms send, so refuse it.
  return typeof value === 'string' ? value : undefined;
}

/** A form field of a urlencoded POST body, or undefined when absent or not a single string. */
export function formField(req: Request, name: string): string | undefined {
  return fieldOf(req.body, name);
}

/** A query-string parameter, or undefined when absent or repeated. */
export function queryField(req: Request, name: string): string | undefined {
  return fieldOf(req.query, name);
}

/** A checkbox counts as ticked when the field is present with any value. */
export function checkboxField(req: Request, name: string): boolean {
  return formField(req, name) !== undefined;
}
