import { detectPage } from '@/lib/detect/detect';
import { prepareReport } from '@/lib/report';
import type { Platform } from '@/data/platforms/types';
import { shortStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { ReportBody, ReportBox } from '../report-box';

interface Props {
  /** The page the report is about. */
  url: string;
  platform: Pick<Platform, 'name' | 'charter'>;
  version: string;
  /** Shown open, as a view of its own (the popup), rather than folded (the side panel). */
  isOpen?: boolean;
}

/**
 * "Report a wrong match" for one page, in the popup and the side panel: the report prepared for
 * the user to copy (and sent through the maintainer's channel only when the build configures one).
 */
export function ReportEntry({ url, platform, version, isOpen = false }: Props) {
  const { t } = useI18n();
  const report = prepareReport(
    {
      url,
      platformName: platform.name,
      status: shortStatus(platform, t, hostnameOf(url)),
      signals: detectPage(url).signals,
      version,
    },
    t,
  );
  return isOpen ? <ReportBody report={report} /> : <ReportBox report={report} />;
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
