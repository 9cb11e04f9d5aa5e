export default import.meta.glob('/locales/tl/guides/*.json', { eager: true, import: 'about' });
