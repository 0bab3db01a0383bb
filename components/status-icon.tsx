import type { DisplayStatus } from '@/lib/status';
import { STATUS_ICON_PATHS as PATHS } from '@/lib/badge/status-icon-paths';

export function StatusIcon({ status, size = 16 }: { status: DisplayStatus; size?: number }) {
  return (
    <svg
      class="status-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[status]} />
    </svg>
  );
}
