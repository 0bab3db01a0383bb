import { render } from 'preact';
import { browser } from '#imports';
import { getActiveTab } from './active-tab';
import { tabIdFromQuery } from '@/lib/tab-site';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { App } from './app';
import './style.css';

const store = createSettingsStore();
bindSettings(store); // the page's lifetime is the store's: no unwatch needed
render(
  <App store={store} tab={getActiveTab(tabIdFromQuery(location.search))} version={browser.runtime.getManifest().version} />,
  document.getElementById('app')!,
);
