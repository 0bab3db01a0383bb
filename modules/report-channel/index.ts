// The maintainer's channel for "Report a wrong match" (README, "Reporting a wrong match"): an
// e-mail address or an https issue form, given at build time as WXT_REPORT_TO. Unset by default:
// reports are prepared for the user to copy and no recipient is made up. A malformed value stops
// the build instead of being guessed at.
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { parseReportChannel } from '../../lib/report';

export default defineWxtModule({
  name: 'charte-pme:report-channel',
  setup(wxt) {
    const reportTo = (process.env.WXT_REPORT_TO ?? '').trim();
    if (parseReportChannel(reportTo) === null) {
      throw new Error(`WXT_REPORT_TO must be an e-mail address or an https:// address, not "${reportTo}"`);
    }
    addViteConfig(wxt, () => ({ define: { 'import.meta.env.WXT_REPORT_TO': JSON.stringify(reportTo) } }));
  },
});
