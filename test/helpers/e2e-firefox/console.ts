// Firefox's console, as printed on its stdout (pref devtools.console.stdout.content): the lines
// that report an error or a warning, less a short list of Firefox's own complaints about running
// offline in a test profile. Anything else, the extension's errors first, fails the suite.

/** Firefox's own messages in a headless, offline test profile; never a moz-extension:// address. */
const FIREFOX_OFFLINE_NOISE: readonly RegExp[] = [
  /^console\.error: RSLoader: $/, // Nimbus cannot fetch its experiments
  /^JavaScript error: resource:\/\/\/modules\/backup\/BackupService\.sys\.mjs/,
  /^JavaScript error: resource:\/\/gre\/modules\/PrivateBrowsingUtils\.sys\.mjs/,
  /^console\.warn: "Skipping" \d+ "un-needed interventions"/, // Firefox's built-in web-compat add-on (ESR 140)
  /^JavaScript error: chrome:\/\/remote\//, // the test driver itself (Firefox's WebDriver BiDi agent)
  /^Handler function threw an exception: TypeError: can't access property "id", context is null$/, // BiDi's NavigationManager
];

const PROBLEM = /^(console\.(error|warn):|JavaScript (error|warning):|\[Exception\.\.\.|Handler function threw)/;

/** The console lines that report a problem and are not known Firefox noise. */
export function consoleProblems(output: readonly string[]): string[] {
  return output.filter(
    (line) =>
      (PROBLEM.test(line) || line.includes('moz-extension://')) &&
      !FIREFOX_OFFLINE_NOISE.some((noise) => noise.test(line) && !line.includes('moz-extension://')),
  );
}
