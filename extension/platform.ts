// The single import of webextension-polyfill: every other file under extension/ takes `browser`
// from here, so Firefox support and browser feature checks live in one place.
import browser from 'webextension-polyfill';

export { browser };
