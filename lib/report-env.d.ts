// The maintainer's report channel, set at build time (modules/report-channel/index.ts reads WXT_REPORT_TO).
interface ImportMetaEnv {
  readonly WXT_REPORT_TO?: string;
}
