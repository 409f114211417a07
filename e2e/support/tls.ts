import { generate } from 'selfsigned';

export type TlsCredentials = { key: string; cert: string };

/** The hostnames every local test server answers to (mapped to 127.0.0.1 in the test browser). */
export const testHostnames = ['localhost', 'a.test', '*.a.test', 'b.test', '*.b.test', 'c.test'];

let cached: Promise<TlsCredentials> | undefined;

/**
 * A self-signed certificate for the local test servers. The test browser runs with
 * --ignore-certificate-errors, so no CA is installed anywhere; generated once per process
 * because RSA key generation takes a noticeable fraction of a second.
 */
export function selfSignedTls(): Promise<TlsCredentials> {
  cached ??= generate([{ name: 'commonName', value: 'a.test' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: testHostnames.map((value) => ({ type: 2 as const, value })),
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return cached;
}
