/**
 * Issuing bodies: the codes inside document numbers and the Vietnamese names written after
 * "của" ("of"), with their English names. Ministry names as before and after the 2025
 * restructuring (reference language notes §2); English names as the bodies use them.
 */

/** Issuer codes in document numbers → English name. */
const ISSUER_CODES: Readonly<Record<string, string>> = {
  CP: "the Government",
  TTg: "the Prime Minister",
  VPCP: "the Government Office",
  CTN: "the State President",
  BCT: "the Ministry of Industry and Trade",
  BTC: "the Ministry of Finance",
  BKHĐT: "the Ministry of Planning and Investment",
  BGTVT: "the Ministry of Transport",
  BXD: "the Ministry of Construction",
  BTNMT: "the Ministry of Natural Resources and Environment",
  BNNPTNT: "the Ministry of Agriculture and Rural Development",
  BNNMT: "the Ministry of Agriculture and Environment",
  BYT: "the Ministry of Health",
  BLĐTBXH: "the Ministry of Labour, Invalids and Social Affairs",
  BNV: "the Ministry of Home Affairs",
  BTP: "the Ministry of Justice",
  BCA: "the Ministry of Public Security",
  BQP: "the Ministry of National Defence",
  BNG: "the Ministry of Foreign Affairs",
  BGDĐT: "the Ministry of Education and Training",
  BKHCN: "the Ministry of Science and Technology",
  BTTTT: "the Ministry of Information and Communications",
  BVHTTDL: "the Ministry of Culture, Sports and Tourism",
  NHNN: "the State Bank of Vietnam",
  TTCP: "the Government Inspectorate",
  UBND: "the People's Committee",
  HĐND: "the People's Council",
  TW: "the Party Central Committee",
  VPTW: "the Party Central Office",
  BCĐTW: "the Central Steering Committee",
  BCĐ389: "National Steering Committee 389",
  TCQLTT: "the General Department of Market Surveillance",
};

const ORDINAL_SUFFIX = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");

/** English name of an issuer code ("QH15" → "the National Assembly (15th term)"), or null. */
export function issuerNameOf(code: string): string | null {
  const na = /^(UBTV)?QH(\d{1,2})$/.exec(code);
  if (na) {
    const term = Number(na[2]);
    const body = na[1] ? "the National Assembly Standing Committee" : "the National Assembly";
    return `${body} (${term}${ORDINAL_SUFFIX(term)} term)`;
  }
  if (ISSUER_CODES[code]) return ISSUER_CODES[code];
  // Joint documents join their issuers with hyphens ("BCT-BTC").
  const parts = code.split("-");
  if (parts.length > 1 && parts.every((p) => ISSUER_CODES[p])) {
    const names = parts.map((p) => ISSUER_CODES[p] ?? p);
    return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  }
  return null;
}

/** A body named in the text: Vietnamese name, its code and English name. */
interface NamedIssuer {
  readonly vi: string;
  readonly code: string;
  readonly en: string;
}

const NAMED_ISSUERS: readonly NamedIssuer[] = [
  { vi: "Thủ tướng Chính phủ", code: "TTg", en: "the Prime Minister" },
  { vi: "Thủ tướng", code: "TTg", en: "the Prime Minister" },
  { vi: "Văn phòng Chính phủ", code: "VPCP", en: "the Government Office" },
  { vi: "Chính phủ", code: "CP", en: "the Government" },
  {
    vi: "Ủy ban Thường vụ Quốc hội",
    code: "UBTVQH",
    en: "the National Assembly Standing Committee",
  },
  { vi: "Quốc hội", code: "QH", en: "the National Assembly" },
  { vi: "Chủ tịch nước", code: "CTN", en: "the State President" },
  { vi: "Bộ Chính trị", code: "TW", en: "the Politburo" },
  { vi: "Ban Bí thư", code: "TW", en: "the Party Secretariat" },
  { vi: "Ban Chấp hành Trung ương Đảng", code: "TW", en: "the Party Central Committee" },
  { vi: "Ban Chấp hành Trung ương", code: "TW", en: "the Party Central Committee" },
  { vi: "Bộ trưởng Bộ Công Thương", code: "BCT", en: "the Minister of Industry and Trade" },
  { vi: "Bộ Công Thương", code: "BCT", en: "the Ministry of Industry and Trade" },
  { vi: "Bộ Tài chính", code: "BTC", en: "the Ministry of Finance" },
  { vi: "Bộ Kế hoạch và Đầu tư", code: "BKHĐT", en: "the Ministry of Planning and Investment" },
  { vi: "Bộ Giao thông vận tải", code: "BGTVT", en: "the Ministry of Transport" },
  { vi: "Bộ Xây dựng", code: "BXD", en: "the Ministry of Construction" },
  {
    vi: "Bộ Tài nguyên và Môi trường",
    code: "BTNMT",
    en: "the Ministry of Natural Resources and Environment",
  },
  {
    vi: "Bộ Nông nghiệp và Phát triển nông thôn",
    code: "BNNPTNT",
    en: "the Ministry of Agriculture and Rural Development",
  },
  {
    vi: "Bộ Nông nghiệp và Môi trường",
    code: "BNNMT",
    en: "the Ministry of Agriculture and Environment",
  },
  { vi: "Bộ Y tế", code: "BYT", en: "the Ministry of Health" },
  { vi: "Bộ Tư pháp", code: "BTP", en: "the Ministry of Justice" },
  { vi: "Bộ Nội vụ", code: "BNV", en: "the Ministry of Home Affairs" },
  { vi: "Bộ Khoa học và Công nghệ", code: "BKHCN", en: "the Ministry of Science and Technology" },
  { vi: "Ngân hàng Nhà nước Việt Nam", code: "NHNN", en: "the State Bank of Vietnam" },
  { vi: "Ngân hàng Nhà nước", code: "NHNN", en: "the State Bank of Vietnam" },
];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Regex source for a name whose words may start in either case ("Bộ Công thương"). */
function anyInitialCase(name: string): string {
  return name
    .split(" ")
    .map((w) => {
      const first = w.charAt(0);
      return `[${first.toUpperCase()}${first.toLowerCase()}]${escapeRegex(w.slice(1))}`;
    })
    .join("\\s+");
}

/** The province or city after "UBND tỉnh …": capitalized syllables. */
const PLACE = "(?:\\s+(tỉnh|thành phố|TP\\.?)((?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*)+))?";

/**
 * Sticky regex for "của <body>" / "do <body> ban hành" at a position: group 1 is the body,
 * groups 2–3 the place after a People's Committee.
 */
export const ISSUER_PHRASE = new RegExp(
  `\\s*,?\\s+(?:của|do)\\s+(${[...NAMED_ISSUERS]
    .sort((a, b) => b.vi.length - a.vi.length)
    .map((i) => anyInitialCase(i.vi))
    .join("|")}|UBND|${anyInitialCase("Ủy ban nhân dân")})${PLACE}(?![\\p{L}\\p{N}])`,
  "yu",
);

/** Code and English name for a body as written (case and spacing tolerant). */
export function namedIssuer(
  written: string,
  placeKind?: string,
  place?: string,
): { code: string; en: string } {
  const key = written.toLowerCase().replace(/\s+/g, " ");
  const found = NAMED_ISSUERS.find((i) => i.vi.toLowerCase() === key);
  if (found) return { code: found.code, en: found.en };
  // A People's Committee; name the province or city when written.
  const where = place?.trim();
  const kind = placeKind && /^t(ỉ|i)nh$/i.test(placeKind) ? "Province" : "City";
  return {
    code: "UBND",
    en: where ? `the People's Committee of ${where} ${kind}` : "the People's Committee",
  };
}
