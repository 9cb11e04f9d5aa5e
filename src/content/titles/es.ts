export default import.meta.glob('/locales/es/guides/*.json', { eager: true, import: 'about' });
