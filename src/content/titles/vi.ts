export default import.meta.glob('/locales/vi/guides/*.json', { eager: true, import: 'about' });
