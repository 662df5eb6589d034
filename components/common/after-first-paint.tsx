import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders its children one task after it mounts (Preact runs effects after the next paint), then like any other
 * element. A page that fills at once (the report after a backfill) draws in two short tasks instead of one long
 * one: each task over 50 ms is a moment the page cannot answer the user (issue 13).
 */
export function AfterFirstPaint({ children }: { children: ComponentChildren }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return painted ? children : null;
}
