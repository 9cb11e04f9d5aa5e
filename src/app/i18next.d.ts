import 'i18next';
import type ui from '../../locales/en/ui.json';

// Interface keys are typed from the English file, so a misspelt key fails type-checking.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui };
  }
}
