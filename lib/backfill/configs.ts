import type { DraftKind, Site } from '../analysis/types';
import { resolveConfig, settingsItem } from '../settings';
import { type BackfillConfigs, configKey } from './protocol';

/** The kinds of message an export holds: mail as Gmail email, Slack as channel or thread messages. */
const TARGETS: { site: Site; kind: DraftKind }[] = [
  { site: 'gmail', kind: 'email' },
  { site: 'slack', kind: 'channel' },
  { site: 'slack', kind: 'thread' },
];

/**
 * The writer's active settings for each kind of imported message, resolved on the page (the worker cannot read
 * extension storage), so an imported message scores as it would have in the compose box.
 */
export async function backfillConfigs(): Promise<BackfillConfigs> {
  const settings = await settingsItem.getValue();
  const configs: BackfillConfigs = {};
  for (const target of TARGETS)
    configs[configKey(target.site, target.kind)] = await resolveConfig(settings, target);
  return configs;
}
