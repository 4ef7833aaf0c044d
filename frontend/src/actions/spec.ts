/**
 * A form field of an action; `select` offers `options` (the first is the default; `optional` adds a blank one),
 * `suggest` fills a text field's datalist.
 */
export interface Field<C = unknown> {
  name: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'variables';
  options?: (ctx: C) => string[];
  suggest?: (ctx: C) => string[];
  optional?: boolean;
  placeholder?: string;
  value?: string;
}

export type Values = Record<string, string>;

/** One REST call the console can make, described as data so every action gets the same form and result handling. */
export interface ActionSpec<C> {
  id: string;
  label: string;
  method: 'POST' | 'PUT' | 'DELETE';
  path: (ctx: C, values: Values) => string;
  fields?: Field<C>[];
  /** The JSON body; default: the non-empty field values (numbers as numbers). None for DELETE. */
  body?: (values: Values) => unknown;
  danger?: boolean;
}

export const enc = encodeURIComponent;

/** Default body: filled-in fields only, `number` fields as numbers, `variables` as an object. */
export function defaultBody<C>(fields: Field<C>[] | undefined, values: Values): Record<string, unknown> | undefined {
  if (!fields || fields.length === 0) {
    return undefined;
  }
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (values[f.name] ?? '').trim();
    if (v === '') {
      continue;
    }
    body[f.name] = f.kind === 'number' ? Number(v) : f.kind === 'variables' ? parseVariables(v) : v;
  }
  return body;
}

/** "a=1, b=two" (or one per line) → {a: "1", b: "two"}. */
export function parseVariables(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(/[\n,]/)) {
    const i = part.indexOf('=');
    if (i > 0) {
      out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
    }
  }
  return out;
}

/** What a successful answer says, in words. */
export function resultInWords(label: string, result: unknown): string {
  if (result && typeof result === 'object') {
    const r = result as Record<string, unknown>;
    if (typeof r.message === 'string' && r.message) {
      return r.message;
    }
    const id = r.id ?? r.name;
    if (typeof id === 'string') {
      return `${label}: done (${id})`;
    }
  }
  return `${label}: done`;
}
