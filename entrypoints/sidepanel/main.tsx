import { render } from 'preact';
import { watchTabPlatform } from './current-tab';
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
    hash={location.hash}
  />,
  document.getElementById('app')!,
);
