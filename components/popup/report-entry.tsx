import { detectPage } from '@/lib/detect/detect';
import { reportLink } from '@/lib/badge/report-link';
import type { Platform } from '@/data/platforms/types';
import { shortStatus } from '@/lib/status';
import { useI18n } from '../i18n';

interface Props {
  /** The page the report is about. */
  url: string;
  platform: Pick<Platform, 'name' | 'charter'>;
  version: string;
}

/**
 * "Report a wrong match" for one page. The only place the popup and the side panel call the
 * report function, so that its rewrite (issue 12: a report to copy, no invented recipient) lands here.
 */
export function ReportEntry({ url, platform, version }: Props) {
  const { t } = useI18n();
  const href = reportLink(
    {
      url,
      platformName: platform.name,
      status: shortStatus(platform, t, hostnameOf(url)),
      signals: detectPage(url).signals,
      version,
    },
    t,
  );
  return (
    <a class="report" href={href}>
      {t('popup.report')}
    </a>
  );
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
