import { readFileSync } from 'node:fs';
import { contentTypeFor, fixtureFor } from '../../fixtures/routes';

/** What a test browser does with one request, the same in Chromium and Firefox. */
export type Answer =
  | { kind: 'load' }
  | { kind: 'fixture'; contentType: string; body: Buffer }
  | { kind: 'abort' };

/**
 * The closed network every e2e test runs on: the extension's own files load from the package, a host URL we model
 * is answered from its fixture, and anything else is recorded in `offHost` and aborted. The product makes no
 * request, so tests expect `offHost` to stay empty.
 */
export function closedNetwork(
  isOwn: (url: URL) => boolean,
  serve: (url: URL) => string | null = () => null,
): { offHost: string[]; answer(url: URL): Answer } {
  const offHost: string[] = [];
  return {
    offHost,
    answer(url) {
      if (isOwn(url)) return { kind: 'load' };
      // A test's own page first: it may stand at a fixture host (a preset served from a site's origin).
      const file = serve(url) ?? fixtureFor(url);
      if (!file) {
        offHost.push(url.href);
        return { kind: 'abort' };
      }
      return { kind: 'fixture', contentType: contentTypeFor(file), body: readFileSync(file) };
    },
  };
}
