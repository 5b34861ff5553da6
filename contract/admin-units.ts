/**
 * Official administrative units (Decision 19/2025/QĐ-TTg, from 1 July 2025): 34 provinces with
 * 2-digit codes, 3,321 communes (xã, phường, đặc khu) with 5-digit codes. The lists themselves are
 * data in assets/admin-units/*.json (made by build/admin-units.mjs); this file holds their shape
 * and pure matchers, so the renderer's picker, the core and the province server agree.
 *
 * A code is never reused: matching goes by code once chosen, and names only ever help people find it.
 */

export type ProvinceKind = 'city' | 'province';
export type CommuneKind = 'commune' | 'ward' | 'special-zone';

export interface Province {
  /** Two digits, e.g. "01" (Hà Nội). */
  code: string;
  /** Official name, e.g. "Thành phố Hà Nội". */
  name: string;
  /** Without "Thành phố", e.g. "Hà Nội". */
  shortName: string;
  kind: ProvinceKind;
}

export interface Commune {
  /** Five digits, e.g. "00004" (Phường Ba Đình). */
  code: string;
  /** Official name with its kind, e.g. "Phường Ba Đình", "Xã Sóc Sơn", "Đặc khu Phú Quốc". */
  name: string;
  provinceCode: string;
  kind: CommuneKind;
}

/** The shipped files, as parsed JSON. */
export interface ProvincesFile {
  provinces: Province[];
}
export interface CommunesFile {
  communes: Commune[];
}
/** Units before 1 July 2025: former province name → new code; [former commune, former district, former province, new commune code]. */
export interface FormerUnitsFile {
  provinces: Record<string, string>;
  communes: [string, string, string, string][];
}

export const PROVINCE_CODE = /^\d{2}$/;
export const COMMUNE_CODE = /^\d{5}$/;

/** The point's human code: province, commune, point number — e.g. "01-00004-03". */
export const POINT_CODE = /^(\d{2})-(\d{5})-(\d{2})$/;

export function formatPointCode(provinceCode: string, communeCode: string, pointNumber: number): string {
  if (!PROVINCE_CODE.test(provinceCode) || !COMMUNE_CODE.test(communeCode) || !Number.isInteger(pointNumber) || pointNumber < 1 || pointNumber > 99) {
    throw new RangeError('A point code needs a 2-digit province, a 5-digit commune and a point number 1–99.');
  }
  return `${provinceCode}-${communeCode}-${String(pointNumber).padStart(2, '0')}`;
}

export function parsePointCode(code: string): { provinceCode: string; communeCode: string; pointNumber: number } | null {
  const m = POINT_CODE.exec(code);
  return m ? { provinceCode: m[1]!, communeCode: m[2]!, pointNumber: Number(m[3]) } : null;
}

// --- Normalising Vietnamese for matching ------------------------------------------------------

const UNIT_WORDS = [
  'thanh pho truc thuoc trung uong',
  'thanh pho',
  'tinh',
  'thi xa',
  'thi tran',
  'phuong',
  'xa',
  'dac khu',
  'quan',
  'huyen',
  'tp',
  'tx',
  'tt',
  'p',
  'x',
  'q',
  'h',
];

/**
 * Lower case, no tone or vowel marks, đ → d, one space between words, punctuation gone.
 * "Hoà" and "Hòa" (old and new tone placement), precomposed and decomposed input all meet.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded, with the kind of unit ("Thành phố", "Tỉnh", "Phường", "Xã", "TP.", "P."…) taken off the front. */
export function foldPlaceName(text: string): string {
  let folded = foldVietnamese(text);
  // "Phường 12" keeps its number; "P.12", "P12" read as "12".
  folded = folded.replace(/^(p|q|x)(\d+)\b/, '$2');
  // One kind word only: "Phường Quán Thánh" must stay "quan thanh", not lose "quan" as a district.
  const word = UNIT_WORDS.find((w) => folded.startsWith(w + ' ') && folded.length > w.length + 1);
  if (word) folded = folded.slice(word.length + 1);
  return folded;
}

/** Everyday names people type for a province. */
const PROVINCE_ALIASES: Record<string, string> = {
  hn: '01',
  'ha noi': '01',
  hcm: '79',
  tphcm: '79',
  'tp hcm': '79',
  'sai gon': '79',
  'ho chi minh': '79',
  'thua thien hue': '46',
  hue: '46',
  hp: '31',
  'da nang': '48',
  'can tho': '92',
};

// --- Search as you type -----------------------------------------------------------------------

export interface Match<T> {
  item: T;
  /** Higher is better: 100 exact, 80 starts with, 60 every word starts with, 40 contains, 30 code. */
  score: number;
}

interface Indexed<T> {
  item: T;
  folded: string;
  words: string[];
  code: string;
}

function scoreOf(entry: { folded: string; words: string[]; code: string }, query: string, queryWords: string[]): number {
  if (!query) return 0;
  if (/^\d+$/.test(query) && entry.code.startsWith(query)) return entry.code === query ? 100 : 30;
  if (entry.folded === query) return 100;
  if (entry.folded.startsWith(query)) return 80;
  if (queryWords.every((q) => entry.words.some((w) => w.startsWith(q)))) return 60;
  if (entry.folded.includes(query)) return 40;
  return 0;
}

const collator = new Intl.Collator('vi');

function rank<T extends { name: string }>(entries: readonly Indexed<T>[], text: string, limit: number): Match<T>[] {
  const query = foldPlaceName(text);
  const queryWords = query.split(' ').filter(Boolean);
  const out: Match<T>[] = [];
  for (const e of entries) {
    const score = scoreOf(e, query, queryWords);
    if (score > 0) out.push({ item: e.item, score });
  }
  out.sort((a, b) => b.score - a.score || collator.compare(a.item.name, b.item.name));
  return out.slice(0, limit);
}

/**
 * A search-as-you-type index over the shipped lists. Pure and synchronous: build it once
 * (≈3,400 entries) and call `provinces()` / `communes()` on every key press.
 */
export interface AdminUnitIndex {
  province(code: string): Province | undefined;
  commune(code: string): Commune | undefined;
  communesOf(provinceCode: string): Commune[];
  searchProvinces(text: string, limit?: number): Match<Province>[];
  /** Communes whose name matches; within one province when `provinceCode` is given. */
  searchCommunes(text: string, options?: { provinceCode?: string; limit?: number }): Match<Commune>[];
}

export function createAdminUnitIndex(provincesFile: ProvincesFile, communesFile: CommunesFile): AdminUnitIndex {
  const provinces = provincesFile.provinces.map<Indexed<Province>>((p) => {
    const folded = foldPlaceName(p.name);
    return { item: p, folded, words: folded.split(' '), code: p.code };
  });
  const communes = communesFile.communes.map<Indexed<Commune>>((c) => {
    const folded = foldPlaceName(c.name);
    return { item: c, folded, words: folded.split(' '), code: c.code };
  });
  const provinceByCode = new Map(provincesFile.provinces.map((p) => [p.code, p]));
  const communeByCode = new Map(communesFile.communes.map((c) => [c.code, c]));
  const communesByProvince = new Map<string, Indexed<Commune>[]>();
  for (const c of communes) {
    const list = communesByProvince.get(c.item.provinceCode) ?? [];
    list.push(c);
    communesByProvince.set(c.item.provinceCode, list);
  }
  return {
    province: (code) => provinceByCode.get(code),
    commune: (code) => communeByCode.get(code),
    communesOf: (code) => (communesByProvince.get(code) ?? []).map((c) => c.item),
    searchProvinces(text, limit = 10) {
      const alias = PROVINCE_ALIASES[foldPlaceName(text)];
      const ranked = rank(provinces, text, limit);
      const aliased = alias ? provinceByCode.get(alias) : undefined;
      if (aliased && !ranked.some((m) => m.item.code === alias)) return [{ item: aliased, score: 90 }, ...ranked].slice(0, limit);
      return ranked;
    },
    searchCommunes(text, options = {}) {
      const pool = options.provinceCode ? (communesByProvince.get(options.provinceCode) ?? []) : communes;
      return rank(pool, text, options.limit ?? 10);
    },
  };
}

// --- Matching an existing free-text setting -----------------------------------------------------

/**
 * What became of a free-text province or commune typed before the code lists existed:
 * - `matched`: exactly one current unit has that name (or the text was its code);
 * - `former`: the text names a unit from before 1 July 2025; `code` is the unit that took it over,
 *   to be confirmed by staff (a former commune may have been split: then `candidates` has several);
 * - `ambiguous`: several current units fit; staff choose among `candidates`;
 * - `unmatched`: nothing fits; staff pick from the list.
 * Only `matched` may be applied without asking staff.
 */
export type SettingMatch =
  | { status: 'matched'; code: string; name: string }
  | { status: 'former'; code: string | null; name: string | null; candidates: { code: string; name: string }[] }
  | { status: 'ambiguous'; candidates: { code: string; name: string }[] }
  | { status: 'unmatched'; candidates: { code: string; name: string }[] };

const pick = (u: { code: string; name: string }) => ({ code: u.code, name: u.name });

export function matchProvinceSetting(index: AdminUnitIndex, former: FormerUnitsFile, text: string): SettingMatch {
  const query = foldPlaceName(text);
  if (!query) return { status: 'unmatched', candidates: [] };
  const byCode = PROVINCE_CODE.test(query) ? index.province(query) : undefined;
  if (byCode) return { status: 'matched', ...pick(byCode) };
  const exact = index.searchProvinces(text, 40).filter((m) => m.score >= 90);
  if (exact.length === 1) return { status: 'matched', ...pick(exact[0]!.item) };
  if (exact.length > 1) return { status: 'ambiguous', candidates: exact.map((m) => pick(m.item)) };
  const formerCode = Object.entries(former.provinces).find(([name]) => foldPlaceName(name) === query)?.[1];
  const merged = formerCode ? index.province(formerCode) : undefined;
  if (merged) return { status: 'former', code: merged.code, name: merged.name, candidates: [pick(merged)] };
  return { status: 'unmatched', candidates: index.searchProvinces(text, 5).map((m) => pick(m.item)) };
}

/**
 * Matches a free-text commune, within the province when its code is known. A name shared by
 * several communes of the province (or the country) is ambiguous, never guessed.
 */
export function matchCommuneSetting(index: AdminUnitIndex, former: FormerUnitsFile, text: string, provinceCode: string | null): SettingMatch {
  const query = foldPlaceName(text);
  if (!query) return { status: 'unmatched', candidates: [] };
  const byCode = COMMUNE_CODE.test(query) ? index.commune(query) : undefined;
  if (byCode && (!provinceCode || byCode.provinceCode === provinceCode)) return { status: 'matched', ...pick(byCode) };
  const options = provinceCode ? { provinceCode, limit: 50 } : { limit: 50 };
  const exact = index.searchCommunes(text, options).filter((m) => m.score === 100);
  // "Phường Ba Đình" and "Xã Ba Đình" fold alike: the typed kind decides between them.
  const typedKind = foldVietnamese(text);
  const sameKind = exact.filter((m) => foldVietnamese(m.item.name) === typedKind);
  const chosen = sameKind.length >= 1 ? sameKind : exact;
  if (chosen.length === 1) return { status: 'matched', ...pick(chosen[0]!.item) };
  if (chosen.length > 1) return { status: 'ambiguous', candidates: chosen.map((m) => pick(m.item)) };
  const formerProvinceNames = provinceCode ? new Set(Object.entries(former.provinces).filter(([, code]) => code === provinceCode).map(([name]) => name)) : null;
  const codes = new Set<string>();
  for (const [oldName, , oldProvince, newCode] of former.communes) {
    if (formerProvinceNames && !formerProvinceNames.has(oldProvince)) continue;
    if (foldPlaceName(oldName) === query) codes.add(newCode);
  }
  if (codes.size > 0) {
    const candidates = [...codes].map((c) => index.commune(c)).filter((c): c is Commune => c !== undefined).map(pick);
    const only = candidates.length === 1 ? candidates[0]! : null;
    return { status: 'former', code: only?.code ?? null, name: only?.name ?? null, candidates };
  }
  return { status: 'unmatched', candidates: index.searchCommunes(text, { ...options, limit: 5 }).map((m) => pick(m.item)) };
}
