export default import.meta.glob('/locales/ko/guides/*.json', { eager: true, import: 'about' });
