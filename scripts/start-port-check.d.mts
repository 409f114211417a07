/** Types for start-port-check.mjs, which its test imports. */
export function demoPorts(env: Record<string, string | undefined>): {
  variable: string;
  port: number;
}[];
export function portIsBusy(port: number, host?: string): Promise<boolean>;
export function busyPortsMessage(
  env: Record<string, string | undefined>,
): Promise<string | undefined>;
