export default import.meta.glob('/locales/en/guides/*.json', { eager: true, import: 'about' });
