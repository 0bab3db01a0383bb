import { useState } from 'preact/hooks';
import type { PreparedReport } from '@/lib/report';
import { useI18n } from './i18n';

/**
 * "Report a wrong match": a disclosure with the prepared text to read and copy. With a channel
 * configured at build time it also offers the prefilled e-mail or form; without one (the default)
 * it says plainly that nothing is sent. Shared by the badge card and the side panel.
 */
export function ReportBox({ report }: { report: PreparedReport }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    // The clipboard may be refused (permissions, insecure page): the text stays selectable.
    void navigator.clipboard?.writeText(`${report.subject}\n\n${report.body}`).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <details class="report" data-report-channel={report.channel.kind}>
      <summary class="action">{t('report.action')}</summary>
      {report.href ? (
        <p>
          <a class="link" href={report.href} target={report.channel.kind === 'form' ? '_blank' : undefined} rel="noopener noreferrer">
            {t(report.channel.kind === 'email' ? 'report.viaEmail' : 'report.viaForm')}
          </a>
        </p>
      ) : (
        <p class="report__none">{t('report.notConfigured')}</p>
      )}
      <label class="report__label">
        <span>{t('report.textLabel')}</span>
        <textarea readOnly rows={8} value={`${report.subject}\n\n${report.body}`} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" class="action" onClick={copy}>
        {t('report.copy')}
      </button>
      <span role="status">{copied ? t('report.copied') : ''}</span>
    </details>
  );
}
