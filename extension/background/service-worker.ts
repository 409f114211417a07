import { browser } from '../platform';

browser.runtime.onInstalled.addListener(() => {});
