import type { JsonSchema, Operation, Parameter } from './openapi-operations.ts';

/**
 * Malformed requests derived from an operation's OpenAPI schema and one valid request: each
 * case breaks exactly one thing of the valid request, so a 2xx answer means the server took
 * something it should have refused.
 */

export type AttackCase = {
  readonly label: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Sent as is: a string is the raw body, with the content type of `headers`. */
  readonly payload?: string;
  /** A name the 400 must mention (an unknown field or parameter). */
  readonly names?: string;
};

export type ValidRequest = {
  readonly url: string;
  readonly payload?: unknown;
  readonly headers: Readonly<Record<string, string>>;
};

export const UNKNOWN_FIELD = 'zz_unknown_field';
export const UNKNOWN_PARAMETER = 'zz_unknown_param';
export const BODYLESS_LABEL = 'a body the operation does not take';
const ONE_MEGABYTE = 'x'.repeat(1024 * 1024);
const JSON_TYPE = { 'content-type': 'application/json' };

export const ODD_PATH_VALUES: readonly { readonly label: string; readonly raw: string }[] = [
  { label: 'dot-dot-slash', raw: '..%2F..%2Fetc%2Fpasswd' },
  { label: 'raw dot-dot', raw: '..' },
  { label: 'NUL byte', raw: '%00' },
  { label: 'very long', raw: 'a'.repeat(5000) },
  { label: 'unicode', raw: encodeURIComponent('ü漢字🙂\u202e') },
  { label: 'SQL-ish', raw: encodeURIComponent("' OR 1=1 --") },
  { label: 'bad percent-encoding', raw: '%E0%A4%A' },
];

function typesOf(schema: JsonSchema): readonly string[] {
  if (schema.type !== undefined)
    return typeof schema.type === 'string' ? [schema.type] : schema.type;
  const members = schema.anyOf ?? schema.oneOf;
  if (members) return members.flatMap(typesOf);
  if (schema.const !== undefined) return [typeof schema.const === 'string' ? 'string' : 'other'];
  if (schema.enum)
    return [...new Set(schema.enum.map((v) => (typeof v === 'string' ? 'string' : 'other')))];
  return [];
}

/** A value of a JSON type the schema does not allow; null when it allows anything. */
export function wrongTypeFor(schema: JsonSchema): unknown {
  const types = typesOf(schema);
  if (types.length === 0) return null;
  if (!types.includes('object')) return { not: 'this' };
  if (!types.includes('string')) return 'not-this';
  if (!types.includes('array')) return [1, 2];
  return null;
}

function refusesEmptyString(schema: JsonSchema): boolean {
  return (
    (schema.minLength ?? 0) > 0 ||
    schema.enum !== undefined ||
    schema.const !== undefined ||
    schema.format !== undefined ||
    (schema.pattern !== undefined && !new RegExp(schema.pattern).test(''))
  );
}

function deeplyNested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function withQuery(url: string, query: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/** Cases that break the body (for an operation that takes one) or send one it does not take. */
export function bodyCases(operation: Operation, valid: ValidRequest): AttackCase[] {
  const base = { url: valid.url, headers: { ...valid.headers, ...JSON_TYPE } };
  const json = (label: string, value: unknown, names?: string): AttackCase => ({
    ...base,
    label,
    payload: JSON.stringify(value),
    ...(names === undefined ? {} : { names }),
  });
  // A GET's body means nothing in HTTP, and the server does not read it: nothing to attack.
  if (operation.method === 'GET') return [];
  const cases: AttackCase[] = [
    { ...base, label: 'broken JSON', payload: '{"a": ' },
    { ...base, label: 'a JSON body of a lone quote', payload: '"' },
  ];
  if (!operation.body) {
    // A body where none is taken is a field nobody asked for.
    return [...cases, json(BODYLESS_LABEL, { [UNKNOWN_FIELD]: 1 }, UNKNOWN_FIELD)];
  }
  const object = (valid.payload ?? {}) as Record<string, unknown>;
  cases.push(
    { ...base, label: 'empty body', payload: '' },
    json('null', null),
    json('an array instead of an object', [object]),
    json('a number instead of an object', 42),
    json('unknown extra field', { ...object, [UNKNOWN_FIELD]: 'x' }, UNKNOWN_FIELD),
    json(
      'deeply nested unknown field',
      { ...object, [UNKNOWN_FIELD]: deeplyNested(2000) },
      UNKNOWN_FIELD,
    ),
    json('huge string, over 1 MB', { ...object, [UNKNOWN_FIELD]: ONE_MEGABYTE }),
    {
      ...base,
      label: 'text/plain',
      headers: { ...valid.headers, 'content-type': 'text/plain' },
      payload: JSON.stringify(object),
    },
    {
      ...base,
      label: 'form-urlencoded',
      headers: { ...valid.headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=1&b=2',
    },
    {
      ...base,
      label: 'multipart',
      headers: { ...valid.headers, 'content-type': 'multipart/form-data; boundary=zzz' },
      payload: '--zzz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--zzz--\r\n',
    },
  );
  for (const [name, schema] of Object.entries(operation.body.properties ?? {})) {
    const wrong = wrongTypeFor(schema);
    if (wrong !== null) cases.push(json(`${name}: wrong type`, { ...object, [name]: wrong }));
    if (!typesOf(schema).includes('null'))
      cases.push(json(`${name}: null`, { ...object, [name]: null }));
    if (typesOf(schema).includes('string')) {
      cases.push(json(`${name}: 1 MB string`, { ...object, [name]: ONE_MEGABYTE }));
      if (refusesEmptyString(schema))
        cases.push(json(`${name}: empty string`, { ...object, [name]: '' }));
    }
    if ((operation.body.required ?? []).includes(name)) {
      const rest = Object.fromEntries(Object.entries(object).filter(([key]) => key !== name));
      cases.push(json(`${name}: missing`, rest));
    }
  }
  return cases;
}

/** Odd values for each path parameter, the rest of the request valid. */
export function pathCases(
  operation: Operation,
  valid: ValidRequest,
  body: string | undefined,
): AttackCase[] {
  const params = operation.parameters.filter((p) => p.in === 'path');
  return params.flatMap((param) =>
    ODD_PATH_VALUES.map(({ label, raw }) => ({
      label: `{${param.name}}: ${label}`,
      url: operation.path
        .replace(`{${param.name}}`, raw)
        .replace(/\{(\w+)\}/g, (_m, other: string) => segmentOf(operation, valid.url, other)),
      headers: body === undefined ? valid.headers : { ...valid.headers, ...JSON_TYPE },
      ...(body === undefined ? {} : { payload: body }),
    })),
  );
}

/** The value the valid URL has for path parameter `name`. */
function segmentOf(operation: Operation, url: string, name: string): string {
  const index = operation.path.split('/').indexOf(`{${name}}`);
  return url.split('?')[0]?.split('/')[index] ?? '';
}

/** Unknown, repeated, huge and mistyped query parameters. */
export function queryCases(
  operation: Operation,
  valid: ValidRequest,
  body: string | undefined,
): AttackCase[] {
  const base = {
    headers: body === undefined ? valid.headers : { ...valid.headers, ...JSON_TYPE },
    ...(body === undefined ? {} : { payload: body }),
  };
  const cases: AttackCase[] = [
    {
      ...base,
      label: 'unknown query parameter',
      url: withQuery(valid.url, `${UNKNOWN_PARAMETER}=1`),
      names: UNKNOWN_PARAMETER,
    },
    {
      ...base,
      label: 'huge unknown query parameter',
      url: withQuery(valid.url, `${UNKNOWN_PARAMETER}=${'q'.repeat(100_000)}`),
      names: UNKNOWN_PARAMETER,
    },
  ];
  const declared: readonly Parameter[] = operation.parameters.filter((p) => p.in === 'query');
  for (const param of declared) {
    cases.push(
      {
        ...base,
        label: `${param.name}: repeated`,
        url: withQuery(valid.url, `${param.name}=1&${param.name}=2`),
      },
      {
        ...base,
        label: `${param.name}: huge`,
        url: withQuery(valid.url, `${param.name}=${'9'.repeat(100_000)}`),
      },
    );
  }
  return cases;
}
