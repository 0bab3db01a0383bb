import { useState } from 'preact/hooks';
import type { PreparedReport } from '@/lib/report';
import { useI18n } from './i18n';

/**
 * "Report a wrong match": a disclosure with the prepared text to read and copy (the side panel's
 * entries). See ReportBody for what it holds.
 */
export function ReportBox({ report }: { report: PreparedReport }) {
  const { t } = useI18n();
  return (
    <details class="report" data-report-channel={report.channel.kind}>
      <summary class="action">{t('report.action')}</summary>
      <ReportBody report={report} />
    </details>
  );
}

/**
 * The prepared report: with a channel configured at build time, the prefilled e-mail or form;
 * without one (the default), a plain sentence that nothing is sent. Then the text, its label
 * above it, and a copy button. The popup shows it as a view of its own.
 */
export function ReportBody({ report }: { report: PreparedReport }) {
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
    <div class="report__body" data-report-channel={report.channel.kind}>
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
      <p class="report__copy">
        <button type="button" class="action button button--secondary" onClick={copy}>
          {t('report.copy')}
        </button>{' '}
        <span role="status">{copied ? t('report.copied') : ''}</span>
      </p>
    </div>
  );
}
