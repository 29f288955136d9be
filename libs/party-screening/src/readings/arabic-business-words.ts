import { lookupForm } from './arabic-letters';

/**
 * The words Arabic-script firm names are made of (شركة company, للتجارة for trading, العامة
 * general, المحدودة limited), in the English words lists and declarations write for them, so
 * that `شركة النور للتجارة العامة` is read `Company al-Nur Trading General`: the matcher weighs
 * these as generic words whatever their order. Keyed by lookup form, without the article.
 */
const WORDS: Record<string, string> = {
  شركه: 'Company',
  مؤسسه: 'Establishment',
  مكتب: 'Office',
  مجموعه: 'Group',
  تجاره: 'Trading',
  عامه: 'General',
  محدوده: 'Limited',
  دوليه: 'International',
  عالميه: 'Global',
  استيراد: 'Import',
  تصدير: 'Export',
  بنك: 'Bank',
  مصرف: 'Bank',
  نقل: 'Transport',
  شحن: 'Shipping',
  صناعات: 'Industries',
  صناعيه: 'Industrial',
  خدمات: 'Services',
  قابضه: 'Holding',
  هندسيه: 'Engineering',
  تكنولوجيا: 'Technology',
  بترول: 'Petroleum',
  نفط: 'Oil',
  طاقه: 'Energy',
  الكترونيات: 'Electronics',
  لوجستيه: 'Logistics',
};

/** Prefixes a firm word carries: and, for the, the (و, لل, ال, وال). */
const PREFIX = /^(وال|لل|ال|و)/;

/** The English word for an Arabic-script firm word, or undefined for a name word. */
export function businessWord(word: string): string | undefined {
  const key = lookupForm(word);
  return WORDS[key] ?? WORDS[key.replace(PREFIX, '')];
}
