/**
 * `npm run demo`: the demo site on http and https until Ctrl-C. Settings come from DEMO_*
 * environment variables (see demo-options.ts).
 */
import { demoOptionsFromEnv, resolveDemoConfig } from './demo-options';
import { startDemoSite } from './demo-server';

const options = demoOptionsFromEnv(process.env);
const config = resolveDemoConfig(options);
const site = await startDemoSite(options);
console.log(`Demo site: ${site.httpUrl} and ${site.httpsUrl}`);
console.error(
  `Session store: ${config.sessionStore}; data in ${config.dataDir}. Ctrl-C (SIGINT) or SIGTERM stops.`,
);

let stopping = false;
function shutDown(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.error(`${signal}: closing the demo site`);
  site.close().then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      console.error('closing failed:', error);
      process.exitCode = 1;
    },
  );
}
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
