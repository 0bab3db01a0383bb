import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n';

interface Props {
  /** Site keys where the badge is hidden, in the order they were added. */
  sites: readonly string[];
  onUnhide(site: string): void;
}

/** The list of hidden sites, each with its remove button. */
export function HiddenSites({ sites, onUnhide }: Props) {
  const { t } = useI18n();
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Index of the row just removed: focus moves to the row that takes its place, not to <body>.
  const removedAt = useRef<number | null>(null);

  useLayoutEffect(() => {
    const index = removedAt.current;
    if (index == null) return;
    removedAt.current = null;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? heading.current)?.focus();
  }, [sites]);

  return (
    <div class="settings-group">
      <h3 id="hidden-heading" ref={heading} tabIndex={-1}>
        {t('options.hidden.heading')}
      </h3>
      {sites.length === 0 ? (
        <p class="muted">{t('options.hidden.empty')}</p>
      ) : (
        <ul class="hidden-sites" ref={list} aria-labelledby="hidden-heading">
          {sites.map((site, index) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="button button--quiet"
                aria-label={t('options.hidden.removeLabel', { site })}
                onClick={() => {
                  removedAt.current = index;
                  onUnhide(site);
                }}
              >
                {t('options.hidden.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
