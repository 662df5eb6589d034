import type * as v from 'valibot';
import type { RuleSetting, Severity } from '../analysis/types';
import type { presetSchema } from './schema';

export type SeverityOrOff = Severity | 'off';

/** How a preset may write a rule: the short form is just the severity. */
export type PresetRuleValue = SeverityOrOff | RuleSetting;

import type { SiteKey } from './site-key';

export type { SiteKey } from './site-key';

/** A preset as its schema reads it: `presetSchema` is the one definition of the shape. */
export type Preset = v.InferOutput<typeof presetSchema>;

/** The part of a preset (and of the user's own changes) that becomes analysis settings. */
export type PresetBody = Pick<
  Preset,
  'rules' | 'categories' | 'glossary' | 'vagueTerms' | 'phrases' | 'sites' | 'weights'
>;

/** One site's (or site and kind's) override of rules and categories. */
export type SiteOverride = NonNullable<NonNullable<Preset['sites']>[SiteKey]>;

/** A text, the rest of its Draft (site defaults to "text"), and the findings its author expects. */
export type PresetExample = NonNullable<Preset['examples']>[number];

/** Where a preset in the library came from. */
export type PresetSource = 'builtin' | 'imported' | 'subscribed' | 'managed';
