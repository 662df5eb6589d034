import * as v from 'valibot';
import { CATEGORIES, DRAFT_KINDS, SEVERITIES, SITES, type Site } from '../analysis/types';
import { isSite } from '../hosts/site-origin';
import { isSiteKey, type SiteKey } from './site-key';

// One schema for every way a preset comes in (file, share code, URL, policy). Bounds keep a hostile preset
// from costing more than a glance: every string and list has a ceiling.
const LEVELS = ['off', ...SEVERITIES] as const;
/** `"a" | "b"`: how an error names the values a field may take. */
const oneOf = (values: readonly string[]) => values.map((x) => `"${x}"`).join(' | ');
const LEVEL_TEXT = oneOf(LEVELS);
const SEVERITY_TEXT = oneOf(SEVERITIES);
const CATEGORY_TEXT = oneOf(CATEGORIES);

const text = (max: number, what = 'a string') =>
  v.pipe(v.string(`expected ${what}`), v.maxLength(max, `must be at most ${max} characters`));
const nonEmpty = (max: number) =>
  v.pipe(
    text(max),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'expected a list'), v.maxLength(max, `must have at most ${max} entries`));
const map = <K extends v.GenericSchema<string>, T extends v.GenericSchema>(key: K, value: T, max: number) =>
  v.pipe(
    v.record(key, value, 'expected an object'),
    v.check((o) => Object.keys(o).length <= max, `must have at most ${max} entries`),
  );

function perCategory<T extends v.GenericSchema>(schema: T) {
  const entry = v.optional(schema);
  return { ask: entry, deadline: entry, recipient: entry, context: entry, style: entry };
}

const level = v.picklist(LEVELS, `expected ${LEVEL_TEXT}`);
const severity = v.picklist(SEVERITIES, `expected ${SEVERITY_TEXT}`);
const category = v.picklist(CATEGORIES, `expected ${CATEGORY_TEXT}`);
const ruleId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'a rule id is lowercase letters, digits and dashes'),
);

const optionValue = v.union(
  [v.number(), v.pipe(v.string(), v.maxLength(200)), v.boolean(), list(text(100), 50)],
  'expected a number, string, true/false or a list of strings',
);
const ruleObject = v.strictObject(
  { severity: v.optional(level), options: v.optional(map(v.string(), optionValue, 20)) },
  'expected { "severity", "options" }',
);
// Chosen by the input's shape, so an error inside the object form points at the field inside it.
const ruleValue = v.lazy((input) =>
  typeof input === 'object' && input !== null && !Array.isArray(input)
    ? ruleObject
    : v.picklist(LEVELS, `expected ${LEVEL_TEXT} or { "severity", "options" }`),
);
const rules = map(ruleId, ruleValue, 200);
const categories = v.strictObject(perCategory(level), `expected categories among ${CATEGORY_TEXT}`);

const siteKey = v.custom<SiteKey>(
  isSiteKey,
  `a site key is ${oneOf(SITES)} or a site's https origin such as "https://github.com", optionally with a kind such as "slack:dm" or "https://github.com:comment"`,
);
const siteOverride = v.strictObject({ rules: v.optional(rules), categories: v.optional(categories) });

const phrase = v.strictObject({
  id: v.pipe(
    v.string('expected a string'),
    v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'an id is lowercase letters, digits and dashes (max 40)'),
  ),
  match: nonEmpty(200),
  category,
  severity,
  message: nonEmpty(300),
  suggestion: v.optional(text(200)),
});

const weights = v.strictObject({
  info: v.optional(v.pipe(v.number('expected a number'), v.minValue(0), v.maxValue(100))),
  warning: v.optional(v.pipe(v.number('expected a number'), v.minValue(0), v.maxValue(100))),
  error: v.optional(v.pipe(v.number('expected a number'), v.minValue(0), v.maxValue(100))),
  categories: v.optional(
    v.strictObject(perCategory(v.pipe(v.number('expected a number'), v.minValue(0), v.maxValue(10)))),
  ),
});

const exampleDraft = v.strictObject({
  site: v.optional(
    v.custom<Site>(
      (value) => isSite(value),
      `expected ${oneOf(SITES)} or an https origin such as "https://github.com"`,
    ),
  ),
  kind: v.optional(v.picklist(DRAFT_KINDS, `expected ${oneOf(DRAFT_KINDS)}`)),
  recipients: v.optional(list(text(200), 50)),
  channel: v.optional(text(200)),
  subject: v.optional(text(300)),
  isReply: v.optional(v.boolean('expected true or false')),
  now: v.optional(
    v.pipe(v.string(), v.isoTimestamp('expected an ISO date-time such as "2025-03-03T09:00:00Z"')),
  ),
});

const example = v.strictObject({
  text: nonEmpty(5000),
  draft: v.optional(exampleDraft),
  expect: v.pipe(
    v.strictObject({
      rules: v.optional(list(ruleId, 30)),
      categories: v.optional(list(category, 5)),
      none: v.optional(v.literal(true, 'expected true')),
    }),
    v.check(
      (e) => !(e.none && (e.rules?.length || e.categories?.length)),
      '"none" cannot be combined with rules or categories',
    ),
    v.check(
      (e) => !!(e.none || e.rules?.length || e.categories?.length),
      'expected "rules", "categories" or "none": true',
    ),
  ),
});

export const presetSchema = v.strictObject(
  {
    clearsend: v.literal(1, 'expected 1 (the format version)'),
    name: nonEmpty(80),
    description: v.optional(text(1000)),
    author: v.optional(text(200)),
    version: v.optional(text(40)),
    rules: v.optional(rules),
    categories: v.optional(categories),
    glossary: v.optional(
      map(
        v.pipe(
          v.string(),
          v.regex(/^[A-Za-z0-9&./-]{1,24}$/, 'a glossary term is a short word without spaces'),
        ),
        nonEmpty(300),
        1000,
      ),
    ),
    vagueTerms: v.optional(list(nonEmpty(60), 200)),
    phrases: v.optional(list(phrase, 100)),
    sites: v.optional(map(siteKey, siteOverride, 40)),
    weights: v.optional(weights),
    examples: v.optional(list(example, 50)),
  },
  'expected a JSON object with "clearsend": 1 and a "name"',
);
