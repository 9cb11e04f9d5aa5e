import { createI18n } from './i18n';

/** The app's one i18next instance; loaders and components share it. */
export const i18n = createI18n();
