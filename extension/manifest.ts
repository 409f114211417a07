import manifestJson from '../manifest.json' with { type: 'json' };
import packageJson from '../package.json' with { type: 'json' };

/**
 * The manifest's `version` for a package.json version. Chrome and Firefox accept one to four
 * dot-separated integers (0–65535, no leading zeros) and nothing else: a semver pre-release such
 * as `1.0.0-beta.1` would be refused by the stores only at upload, so the build refuses it here.
 */
export function manifestVersion(packageVersion: string): string {
  const parts = packageVersion.split('.');
  const valid =
    parts.length >= 1 &&
    parts.length <= 4 &&
    parts.every((part) => /^(0|[1-9]\d{0,4})$/.test(part) && Number(part) <= 65535);
  if (!valid)
    throw new Error(
      `package.json's version "${packageVersion}" cannot be an extension version: use one to four ` +
        'dot-separated integers (0–65535, no leading zeros), e.g. 1.2.0.',
    );
  return packageVersion;
}

/**
 * manifest.json with the version of package.json: the version is written in one place, and the
 * build (vite.config.ts) and the store packages (scripts/package.mjs) all take it from there.
 */
export const manifest = { ...manifestJson, version: manifestVersion(packageJson.version) };
