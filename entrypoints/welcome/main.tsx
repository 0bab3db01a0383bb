import { render } from 'preact';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { App } from './app';
import './style.css';

const store = createSettingsStore();
bindSettings(store); // the page's lifetime is the store's: no unwatch needed
render(<App store={store} />, document.getElementById('app')!);
