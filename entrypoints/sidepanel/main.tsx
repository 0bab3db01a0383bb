import { render } from 'preact';
import { browser } from '#imports';
import { watchTabPlatform } from './current-tab';
import { watchPanelEntry } from './entry-request';
import { platformFromQuery } from '@/lib/tab-site';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { App } from './app';
import './style.css';

const store = createSettingsStore();
bindSettings(store); // the page's lifetime is the store's: no unwatch needed
render(
  <App
    store={store}
    browserLang={navigator.language}
    deepLink={platformFromQuery(location.search)}
    watchCurrent={watchTabPlatform}
    watchEntryRequests={watchPanelEntry}
    hash={location.hash}
    version={browser.runtime.getManifest().version}
  />,
  document.getElementById('app')!,
);
