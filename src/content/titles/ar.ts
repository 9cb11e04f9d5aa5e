export default import.meta.glob('/locales/ar/guides/*.json', { eager: true, import: 'about' });
