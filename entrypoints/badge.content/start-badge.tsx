import type { ContentScriptContext } from '#imports';
import { render } from 'preact';
import { BadgeView } from '@/components/badge/badge-view';
import { TranslatorProvider } from '@/components/i18n';
import { explainSignals, statusHistory } from '@/lib/badge/card-facts';
import { createMountController, shouldShow, type MountController, type Override } from '@/lib/badge/mount-controller';
import { prepareReport } from '@/lib/report';
import { detectPage, type Detection } from '@/lib/detect/detect';
import { createTranslator, resolveLang, type Translate } from '@/lib/i18n';
import { getPlatform } from '@/data/platforms';
import type { Seller } from '@/lib/sellers';
import { hideSite, isBadgeVisible } from '@/lib/settings';
import { displayStatus, shortStatus } from '@/lib/status';
import type { Lang } from '@/lib/text';
import { CONTENT_SCRIPT_MESSAGES } from '@/locales/content-script';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { createBackgroundLink } from './background-link';
import { createBadgeSurface, type BadgeSurface } from './surface';
import { createLateWatch, watchNavigation } from './navigation';
import { createSellerWatch, writeSellerAttributes } from './seller';

const ANNOUNCE_DELAY_MS = 400;
const ANNOUNCE_CLEAR_MS = 5000;
// setTimeout's ceiling (~24.8 days); a longer snooze is checked again when the timer fires.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The badge's life on one page: detection, settings, mounting, rendering, navigation. */
export async function startBadge(ctx: ContentScriptContext): Promise<void> {
  let url = location.href;
  let detection: Detection = detectPage(url, document);
  // Not a platform host: return before creating anything.
  const platform = detection.platform ? getPlatform(detection.platform) : undefined;
  if (!platform) return;
  performance.mark('charte-pme:start');

  const status = displayStatus(platform);
  const history = statusHistory(platform);
  const link = createBackgroundLink(ctx);
  const version = link.version();
  const store = createSettingsStore();
  ctx.onInvalidated(bindSettings(store));

  let override: Override = null;
  let openChoice: boolean | null = null; // null: follow the "open by default" setting
  let announcement = '';
  let hasAnnounced = false;
  let cancelSnoozeTimer: (() => void) | undefined;
  let surface: BadgeSurface | undefined;
  let controller: MountController | undefined;
  let pending: Promise<void> | undefined;
  let placedAt: string | undefined; // the position setting the mounted badge was placed for
  let hasMeasured = false;
  let seller: Seller | undefined; // this page view's reading, once the badge has been shown

  const settings = () => store.getState().settings;
  const settingsSayVisible = () => isBadgeVisible(settings(), location.hostname, Date.now());
  const isShown = () => surface?.isConnected() ?? false;

  const report = () =>
    link.send({ type: 'page/state', state: { platform: platform.id, status, isProductPage: detection.isProductPage } });

  const translators: Partial<Record<Lang, Translate>> = {};
  const language = () => {
    const lang = resolveLang(settings().language, navigator.language);
    return { lang, t: (translators[lang] ??= createTranslator(CONTENT_SCRIPT_MESSAGES[lang])) };
  };

  const draw = () => {
    if (!surface?.isConnected()) return;
    const { lang, t } = language();
    // The one short line (renewal, inference, « charte française » off French hosts), everywhere.
    const statusLine = shortStatus(platform, t, location.hostname);
    const report = prepareReport({ url, platformName: platform.name, status: statusLine, signals: detection.signals, version }, t);
    render(
      <TranslatorProvider lang={lang} t={t}>
        <BadgeView
          platformName={platform.name}
          status={status}
          statusLine={statusLine}
          history={history}
          reasons={explainSignals(detection.signals, platform.name)}
          report={report}
          seller={seller}
          isOpen={openChoice ?? settings().openByDefault}
          announcement={announcement}
          onOpenChange={(isOpen) => {
            openChoice = isOpen;
            draw();
          }}
          // Synchronous all the way to sendMessage: the click's user gesture must reach sidePanel.open().
          onDetails={() => link.send({ type: 'panel/open', platform: platform.id })}
          onHide={() => link.guard(() => store.getState().update((s) => hideSite(s, location.hostname)))}
        />
      </TranslatorProvider>,
      surface.container,
    );
  };

  const announceOnce = () => {
    if (hasAnnounced) return;
    hasAnnounced = true;
    // Filled after mounting (a live region announces changes, not its first content), then emptied
    // so that a later remount on in-page navigation says nothing again.
    ctx.setTimeout(() => {
      const { t } = language();
      announcement = t('badge.announce', { platform: platform.name, status: shortStatus(platform, t, location.hostname) });
      draw();
      ctx.setTimeout(() => {
        announcement = '';
        draw();
      }, ANNOUNCE_CLEAR_MS);
    }, ANNOUNCE_DELAY_MS);
  };

  // Read after the badge is mounted, on a timer of its own: the mount task stays short.
  const sellerWatch = createSellerWatch(ctx, platform.id, (next) => {
    seller = next;
    if (surface) writeSellerAttributes(surface.host, next);
    draw();
  });

  const scheduleSnoozeEnd = () => {
    cancelSnoozeTimer?.();
    const wait = settings().snoozeUntil - Date.now();
    if (wait <= 0) return;
    const id = ctx.setTimeout(apply, Math.min(wait + 50, MAX_TIMER_MS));
    cancelSnoozeTimer = () => clearTimeout(id);
  };

  async function createSurface(): Promise<void> {
    surface = await createBadgeSurface(ctx, {
      platform: platform!.id,
      status,
      placement: () => ({ position: settings().position, anchor: platform!.pages?.anchor }),
      onMount: () => {
        placedAt = settings().position;
        draw();
        announceOnce();
        if (!hasMeasured) performance.measure('charte-pme:mounted', 'charte-pme:start');
        hasMeasured = true;
      },
      onRemove: (container) => render(null, container),
      onRemovedByPage: () => controller?.onRemovedByPage(),
    });
    controller = createMountController(surface);
  }

  function apply(): void {
    if (!ctx.isValid || !store.getState().hasHydrated) return; // unknown settings: show nothing yet
    const wanted = shouldShow({
      isProductPage: detection.isProductPage,
      settings: settings(),
      hostname: location.hostname,
      now: Date.now(),
      override,
    });
    scheduleSnoozeEnd();
    if (wanted && !controller) {
      // Created on first need only: listing pages never build the shadow root.
      pending ??= createSurface().then(apply, () => undefined);
      return;
    }
    controller?.sync(wanted);
    // Nothing is read while no badge shows; a badge kept across an in-page navigation reads anew.
    if (wanted && isShown()) sellerWatch.start();
    else sellerWatch.stop();
    draw();
  }

  /** A new page view: the URL changed in place, or the page came back from the back/forward cache. */
  const redetect = (nextUrl: string) => {
    url = nextUrl;
    detection = detectPage(url, document);
    openChoice = null;
    sellerWatch.stop();
    seller = undefined;
    if (surface) writeSellerAttributes(surface.host, undefined);
    controller?.startPageView();
    report();
    apply();
    watchIfAmbiguous();
  };

  const watchLate = createLateWatch(ctx);
  /** An ambiguous URL leaves the answer to the DOM, which a single-page app may fill in later. */
  const watchIfAmbiguous = () => {
    if (detection.isProductPage || !detection.signals.some((s) => s.startsWith('ambiguous:'))) return;
    const at = url;
    watchLate(() => {
      if (url !== at) return true; // navigated meanwhile: that navigation has its own watch
      const next = detectPage(url, document);
      if (!next.isProductPage) return false;
      detection = next;
      report();
      apply();
      return true;
    });
  };

  let wasVisibleBySettings: boolean | undefined;
  store.subscribe((state) => {
    const visible = settingsSayVisible();
    // A settings change that moves visibility ends the keyboard override: the user just chose.
    if (wasVisibleBySettings !== undefined && visible !== wasVisibleBySettings) override = null;
    wasVisibleBySettings = visible;
    if (state.hasHydrated) {
      // A new position needs a new place in the page; the rest is a re-render.
      if (surface?.isConnected() && placedAt !== settings().position) controller?.sync(false);
      apply();
    }
  });

  link.listen((message) => {
    if (message.type !== 'badge/toggle' || !detection.isProductPage) return;
    override = isShown() ? 'hidden' : 'shown';
    apply();
  });

  watchNavigation(ctx, (nextUrl, force) => {
    if (force || nextUrl !== url) redetect(nextUrl);
  });

  report();
  apply();
  watchIfAmbiguous();
}
