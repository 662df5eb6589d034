import type { Category } from '../analysis/types';
import { RULE_CATEGORIES } from '../presets/rule-ids';
import type { PresetBody } from '../presets/types';

export interface Locks {
  rules: Set<string>;
  categories: Set<Category>;
}

export const NO_LOCKS: Locks = { rules: new Set(), categories: new Set() };

/** What an administrator's preset locks: every rule and category it sets, everywhere and per site. */
export function locksOf(managed: PresetBody | undefined): Locks {
  if (!managed) return NO_LOCKS;
  const rules = new Set(Object.keys(managed.rules ?? {}));
  const categories = new Set(Object.keys(managed.categories ?? {}) as Category[]);
  for (const site of Object.values(managed.sites ?? {})) {
    for (const id of Object.keys(site?.rules ?? {})) rules.add(id);
    for (const c of Object.keys(site?.categories ?? {})) categories.add(c as Category);
  }
  return { rules, categories };
}

export function isLocked(locks: Locks, ruleId: string, category = RULE_CATEGORIES[ruleId]): boolean {
  return locks.rules.has(ruleId) || (!!category && locks.categories.has(category));
}

/** The user's own layer with everything the policy locks taken out, so it cannot override the policy. */
export function withoutLocked(body: PresetBody, locks: Locks): PresetBody {
  const keepRules = (rules: PresetBody['rules']) =>
    rules && Object.fromEntries(Object.entries(rules).filter(([id]) => !isLocked(locks, id)));
  const keepCategories = (cats: PresetBody['categories']) =>
    cats && Object.fromEntries(Object.entries(cats).filter(([c]) => !locks.categories.has(c as Category)));
  return {
    ...body,
    rules: keepRules(body.rules),
    categories: keepCategories(body.categories),
    sites:
      body.sites &&
      Object.fromEntries(
        Object.entries(body.sites).map(([key, o]) => [
          key,
          { rules: keepRules(o?.rules), categories: keepCategories(o?.categories) },
        ]),
      ),
  };
}
