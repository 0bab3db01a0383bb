import { render } from 'preact';
import { platformFromQuery, watchCurrentPlatform } from '@/data/current-platform';
import { bindSettings, createSettingsStore } from '@/data/stores';
import { App } from './app';
import './style.css';

const store = createSettingsStore();
bindSettings(store); // the page's lifetime is the store's: no unwatch needed
render(
  <App
    store={store}
    browserLang={navigator.language}
    deepLink={platformFromQuery(location.search)}
    watchCurrent={watchCurrentPlatform}
    hash={location.hash}
  />,
  document.getElementById('app')!,
);
