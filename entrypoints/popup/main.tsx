import { render } from 'preact';
import { getActiveTab, tabIdFromQuery } from '@/data/active-tab';
import { bindSettings, createSettingsStore } from '@/data/stores';
import { App } from './app';
import './style.css';

const store = createSettingsStore();
bindSettings(store); // the page's lifetime is the store's: no unwatch needed
render(<App store={store} tab={getActiveTab(tabIdFromQuery(location.search))} />, document.getElementById('app')!);
