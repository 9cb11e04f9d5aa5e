export default import.meta.glob('/locales/zh-Hans/guides/*.json', { eager: true, import: 'about' });
