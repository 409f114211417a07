import { describe, expect, it } from 'vitest';
import manifestJson from '../manifest.json';
import packageJson from '../package.json';
import { manifest, manifestVersion } from './manifest';

describe('the manifest the build uses', () => {
  it("carries package.json's version, which manifest.json does not repeat", () => {
    expect(manifest.version).toBe(packageJson.version);
    expect(manifestJson).not.toHaveProperty('version');
  });

  it('keeps everything else of manifest.json', () => {
    const { version: _version, ...rest } = manifest;
    expect(rest).toEqual(manifestJson);
  });
});

describe('manifestVersion', () => {
  it('takes one to four dot-separated integers', () => {
    for (const version of ['1', '0.1.0', '1.2.3.4', '65535.0.0', '10.20.30'])
      expect(manifestVersion(version), version).toBe(version);
  });

  it('refuses what the stores would refuse at upload', () => {
    for (const version of ['', '1.0.0-beta.1', '1.2.3.4.5', '01.0.0', '65536.0.0', '1..2', 'v1.0'])
      expect(() => manifestVersion(version), version).toThrow(/cannot be an extension version/);
  });
});
