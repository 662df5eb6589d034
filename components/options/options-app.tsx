import { useEffect, useMemo, useState } from 'preact/hooks';
import { listRules } from '../../lib/analysis/registry';
import type { AnalysisConfig } from '../../lib/analysis/types';
import { keepPassingExamples } from '../../lib/presets/examples';
import { presetFileName, presetToJson, presetToShareCode, presetWithChanges } from '../../lib/presets/export';
import {
  type Catalog,
  type CatalogEntry,
  importedPresetsItem,
  loadCatalog,
  MANAGED_ID,
  managedPolicyItem,
  subscriptionsItem,
} from '../../lib/presets/library';
import { activatePreset, importPreset, removeImportedPreset } from '../../lib/settings/import';
import { settingsItem } from '../../lib/settings/item';
import { locksOf } from '../../lib/settings/locks';
import { activeEntry, resolveConfig } from '../../lib/settings/resolve';
import { setGlossary, setUserRule, updateSettings } from '../../lib/settings/update';
import { download } from '../common/download';
import { UserSiteList } from '../user-sites/user-site-list';
import { GlossaryEditor } from './glossary-editor';
import { ImportPanel } from './import-panel';
import { PresetManager } from './preset-manager';
import { PrivacySettings } from './privacy-settings';
import { RuleList } from './rule-list';
import { SubscribePanel } from './subscribe-panel';
import { subscribePorts } from './subscribe-ports';
import { useStored } from './use-stored';

/** The options page: presets, the rules they set, the glossary, and privacy. */
export function OptionsApp() {
  const settings = useStored(settingsItem);
  const imported = useStored(importedPresetsItem);
  const subscriptions = useStored(subscriptionsItem);
  const managed = useStored(managedPolicyItem);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [config, setConfig] = useState<AnalysisConfig>({});
  const [shareCode, setShareCode] = useState('');
  const rules = useMemo(() => listRules(), []);

  useEffect(() => void loadCatalog().then(setCatalog), [imported, subscriptions, managed]);
  useEffect(() => {
    if (settings && catalog) void resolveConfig(settings, 'text', catalog).then(setConfig);
  }, [settings, catalog]);

  if (!settings || !catalog || !subscriptions) return <p>Loading…</p>;
  const active = activeEntry(settings, catalog);
  const policy = catalog[MANAGED_ID]?.preset;
  const locks = locksOf(policy);
  const ports = subscribePorts(() => active.preset);
  const exportEntry = (entry: CatalogEntry) =>
    download(presetFileName(entry.preset), presetToJson(entry.preset), 'application/json');
  const copyCode = async (entry: CatalogEntry) => {
    const code = presetToShareCode(entry.preset);
    setShareCode(code);
    await navigator.clipboard?.writeText(code).catch(() => undefined);
  };
  const mine = () =>
    keepPassingExamples(
      presetWithChanges(active.preset, settings.custom, `${active.preset.name} (my changes)`),
    );

  return (
    <main>
      <h1>Clearsend settings</h1>
      {managed?.state === 'invalid' && (
        <p role="alert" class="error">
          Your administrator's preset could not be read ({managed.error}); ask them to fix it. Your own
          settings are in use.
        </p>
      )}
      <section aria-labelledby="presets-h">
        <h2 id="presets-h">Presets</h2>
        <p>
          Active: <strong class="active-name">{active.preset.name}</strong>
          {policy && ' — set by your administrator; the rules it sets are locked.'}
        </p>
        <PresetManager
          catalog={catalog}
          activeId={active.id}
          managed={!!policy}
          onActivate={(id) => void activatePreset(id)}
          onExport={exportEntry}
          onCopyCode={(entry) => void copyCode(entry)}
          onRemove={(entry) => void removeImportedPreset(entry.id)}
        />
        <button type="button" onClick={() => exportEntry({ ...active, preset: mine() })}>
          Export my settings as a preset
        </button>
        {shareCode && (
          <label class="share-code">
            Share code (copied; paste it in a teammate's Clearsend)
            <textarea readOnly rows={3} value={shareCode} />
          </label>
        )}
        <h3>Import</h3>
        <ImportPanel onImport={(text, force) => importPreset(text, { acceptFailingExamples: force })} />
        <h3>Subscribe</h3>
        <SubscribePanel subscriptions={subscriptions} ports={ports} />
      </section>
      <section aria-labelledby="rules-h">
        <h2 id="rules-h">Checks</h2>
        <RuleList
          rules={rules}
          config={config}
          own={settings.custom.rules ?? {}}
          locks={locks}
          onChange={(id, value) => void updateSettings((s) => setUserRule(s, id, value))}
        />
      </section>
      <section aria-labelledby="glossary-h">
        <h2 id="glossary-h">Team glossary</h2>
        <GlossaryEditor
          glossary={settings.custom.glossary ?? {}}
          fromPreset={active.preset.glossary ?? {}}
          onChange={(g) => void updateSettings((s) => setGlossary(s, g))}
        />
      </section>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Your sites</h2>
        <p>
          Besides Gmail, Slack and Notion, Clearsend checks messages on these sites, because you asked it to.
        </p>
        <UserSiteList />
      </section>
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">Privacy and data</h2>
        <PrivacySettings settings={settings} onChange={(next) => void settingsItem.setValue(next)} />
      </section>
    </main>
  );
}
