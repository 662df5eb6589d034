import type { Preset } from '../types';
import { balanced } from './balanced';
import { chatLight } from './chat-light';
import { execBrief } from './exec-brief';
import { strictAsync } from './strict-async';

/** Built-in presets by id. The ids never change: settings store them. */
export const BUILTIN_PRESETS: Record<string, Preset> = {
  'builtin:balanced': balanced,
  'builtin:strict-async': strictAsync,
  'builtin:chat-light': chatLight,
  'builtin:exec-brief': execBrief,
};
