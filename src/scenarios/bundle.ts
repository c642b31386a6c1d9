// A scenario with its locale files as one thing to share: a file (JSON holding every file's text) or
// a link carrying the same, compressed. Both are unpacked back into files for the one validator.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { ScenarioError } from './errors.ts';
import type { ScenarioFile } from './load.ts';

export const BUNDLE_FORMAT = 'devops-journey-scenario';
/** The longest link a QR code can hold: version 40, low error correction, bytes. */
export const QR_MAX_CHARACTERS = 2953;
/** The part of a link after `#` that carries a scenario. */
export const LINK_PREFIX = 'share=';

/** Paths as inside the scenario's folder: "scenario.yaml", "locales/en.yaml". */
function folderPaths(files: readonly ScenarioFile[]): ScenarioFile[] {
  return files.map((f) => ({
    path: /(?:^|[\\/])scenario\.ya?ml$/.test(f.path) ? 'scenario.yaml' : `locales/${f.path.replace(/^.*[\\/]/, '')}`,
    text: f.text,
  }));
}

export function bundleText(files: readonly ScenarioFile[]): string {
  return `${JSON.stringify({ format: BUNDLE_FORMAT, version: 1, files: folderPaths(files) }, null, 2)}\n`;
}

/** Whether a picked or dropped file is a bundle rather than a scenario's YAML file. */
export const isBundleName = (name: string) => /\.json$/i.test(name);

/** The files inside a bundle, or the one problem that stops it being read. */
export function unbundle(name: string, text: string): { ok: true; files: ScenarioFile[] } | { ok: false; error: ScenarioError } {
  const fail = (message: string) => ({ ok: false as const, error: { file: name, line: 0, column: 0, message, severity: 'error' as const } });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('this file is not a shared scenario: it is not JSON; a shared scenario is the file the game downloads with "Download as one file"');
  }
  const d = data as { format?: unknown; files?: unknown };
  if (!d || typeof d !== 'object' || d.format !== BUNDLE_FORMAT || !Array.isArray(d.files)) {
    return fail(`this file is not a shared scenario: it has no "format": "${BUNDLE_FORMAT}" and list of files`);
  }
  const files = d.files.filter((f): f is ScenarioFile => !!f && typeof f === 'object' && typeof (f as ScenarioFile).path === 'string' && typeof (f as ScenarioFile).text === 'string');
  if (files.length !== d.files.length || files.length === 0) return fail('this shared scenario is damaged: one of its files has no path or no text');
  return { ok: true, files: folderPaths(files) };
}

export function linkPayload(files: readonly ScenarioFile[]): string {
  return LINK_PREFIX + compressToEncodedURIComponent(bundleText(files));
}

/** The files a link's `#share=…` carries; `name` is what messages call the link. */
export function fromLinkPayload(hash: string, name = 'the link'): ReturnType<typeof unbundle> {
  const raw = hash.replace(/^#/, '');
  const text = raw.startsWith(LINK_PREFIX) ? decompressFromEncodedURIComponent(raw.slice(LINK_PREFIX.length)) : null;
  if (!text) {
    return { ok: false, error: { file: name, line: 0, column: 0, message: 'this link does not carry a whole scenario: it was probably cut short when it was copied; copy the whole link again', severity: 'error' } };
  }
  return unbundle(name, text);
}
