import type { Preset } from '../types';
import { balanced } from './balanced';

/** Built-in presets by id. Their ids never change: settings store them. */
export const BUILTIN_PRESETS: Record<string, Preset> = {
  'builtin:balanced': balanced,
};
