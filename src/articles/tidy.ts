/**
 * Line-level clean-up of extracted text: what survives the DOM pruning but is still not article text,
 * recognisable only by its wording and place (date and byline lines at the top, credits and follow-us
 * lines at the bottom).
 */
import { READ_ALSO_LINE } from './patterns.ts';

const MONTHS =
  /(?<![\p{L}])(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|yanvar|fevral|mart|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)(?![\p{L}])\.?/giu;
const DATE_OR_TIME = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}:\d{2}\b|\b(19|20)\d{2}\b/;
const DATE_WORDS = /(?<![\p{L}])(updated?|published|posted|last|modified|обновлено|опубликовано|yenilənib|güncelleme|am|pm|gmt|utc|msk|мск)(?![\p{L}])/giu;

/** "05 March, 2024 16:20", "Aysel Mammadova | 19.07.2024 - Update : 19.07.2024": a date with a name at most. */
export function isDateLine(line: string): boolean {
  if (line.length > 90 || !DATE_OR_TIME.test(line)) return false;
  const rest = line.replace(MONTHS, ' ').replace(DATE_WORDS, ' ').replace(/[\d\p{P}\p{S}]+/gu, ' ');
  const words = rest.split(/\s+/).filter((w) => w.length > 1);
  return words.length <= 3;
}

const BYLINE = /^(by|from|от|автор|author|written by|müəllif)\s*:?\s+\S/i;

function isBylineLine(line: string): boolean {
  return line.length <= 60 && BYLINE.test(line) && !/[.!?]$/.test(line);
}

/** End-of-article credits and calls to action, in English and Russian. */
const TAIL_LINE = new RegExp(
  [
    String.raw`^\(?(reporting|additional reporting|writing|editing|compiled|translated) by\b`,
    String.raw`contributed (to )?(this )?report`,
    String.raw`^(follow|like) (us|him|her|them|@\w+|\w+ on)\b`,
    String.raw`^(sign up|subscribe|join|get|don't miss|never miss|let our news)\b.*\b(newsletter|inbox|subscription|subscribe|channel|telegram|email)`,
    String.raw`^subscribe\b.{0,100}$`,
    String.raw`^(email|reach|contact) .{0,80}\b(at|on|via)\b.*(@|twitter|facebook)`,
    String.raw`^have a (news )?tip\b`,
    String.raw`^(подписывайтесь|подпишитесь|следите за (новостями|нами)|присоединяйтесь|читайте (нас|также)|больше новостей)(?![\p{L}])`,
    String.raw`^(tags|теги|метки|teqlər)\s*:?$`,
  ].join('|'),
  'iu',
);

function isTailLine(line: string): boolean {
  return line.length <= 300 && TAIL_LINE.test(line);
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Placeholders of script-rendered pages, ad labels, leftover CMS shortcodes. */
const STATUS_LINE =
  /^(loading|please wait|загрузка|подождите|yüklənir|advert(isement)?|ad|sponsored|реклама|this (slideshow|video|content|feature) requires javascript\.?|\[\w+[^\]]*\].*\[\/\w+\])\W*$/iu;

/** Photo credits that escaped the caption markup ("Фото: РИА Новости / Игорь Михалев"). */
const CREDIT_LINE = /^(photo|foto|фото|image|picture|источник фото|şəkil)\s*(credit)?\s*:/iu;

/** Newsletter prompts between paragraphs. */
const PROMO_LINE = /^(sign up|subscribe)( now| today| free)?( for| to)\b.*\b(newsletters?|alerts|updates|inbox|emails?)\b/iu;

const HEAD_LINES = 4;
const TAIL_LINES = 4;

export function tidyLines(lines: string[], title: string | null): string[] {
  const t = title ? normalise(title) : '';
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i < HEAD_LINES && ((t && normalise(line) === t) || isDateLine(line) || isBylineLine(line))) return;
    if (line.length < 60 && (READ_ALSO_LINE.test(line) || STATUS_LINE.test(line))) return;
    if (line.length < 100 && (PROMO_LINE.test(line) || CREDIT_LINE.test(line))) return;
    if (line.length < 100 && out[out.length - 1] === line) return;
    out.push(line);
  });
  // Credits and calls to action close an article, possibly several in a row.
  for (let n = 0; n < TAIL_LINES && out.length > 1; n++) {
    const last = out[out.length - 1]!;
    if (!isTailLine(last) && !isDateLine(last)) break;
    out.pop();
  }
  return out;
}
