/**
 * Who gives and who receives a task: noun phrases that name bodies and groups ("các bộ, ngành",
 * "UBND các tỉnh", "Sở Công Thương", "lực lượng QLTT"), their rank in the administration (to tell
 * an order going down from a proposal going up), and their English gloss. Pure.
 */
import { boundedMemo } from "../memo";
import type { TermMatch } from "../types";
import {
  ACTION_STARTS,
  DIRECTIVE_VERBS,
  INTRO_OPENERS,
  MODALS,
  NOTICE_VERBS,
  OPINIONS,
  PAST_MARKERS,
  PLEDGES,
  PROPOSALS,
  SPEECH,
  TASK_VERBS,
} from "./verbs";
import {
  anyPhraseAt,
  collapse,
  isWordChar,
  phraseAt,
  phrases,
  skipSpaces,
  wordAt,
  wordUnitAt,
} from "./words";

/** Determiners that may open a noun phrase ("các", "những" …). */
const DETERMINERS = phrases([
  "các",
  "những",
  "toàn bộ",
  "mọi",
  "từng",
  "tất cả",
  "toàn thể",
  "cả",
  "một số",
]);

/** Heads of noun phrases that name bodies or groups that can receive (or give) a task. */
export const PARTY_HEADS = phrases([
  "bộ",
  "ngành",
  "địa phương",
  "ubnd",
  "ủy ban nhân dân",
  "uỷ ban nhân dân",
  "ủy ban",
  "uỷ ban",
  "hđnd",
  "sở",
  "cục",
  "tổng cục",
  "chi cục",
  "vụ",
  "ban",
  "văn phòng",
  "cơ quan",
  "đơn vị",
  "lực lượng",
  "doanh nghiệp",
  "dn",
  "thương nhân",
  "tập đoàn",
  "tổng công ty",
  "công ty",
  "chủ tịch",
  "giám đốc",
  "thủ trưởng",
  "người đứng đầu",
  "tỉnh",
  "thành phố",
  "huyện",
  "xã",
  "thị xã",
  "phường",
  "chính quyền",
  "cấp ủy",
  "hiệp hội",
  "ngân hàng",
  "bảo hiểm xã hội",
  "kho bạc",
  "tổ chức",
  "báo chí",
  "chính phủ",
  "thanh tra",
  "trường",
  "bệnh viện",
  "hợp tác xã",
  "quản lý thị trường",
  "qltt",
  "tỉnh ủy",
  "thành ủy",
  "huyện ủy",
  "chủ đầu tư",
  // Retail outlets and their owners: the usual subjects of trade rules ("Cửa hàng phải niêm yết …").
  "cửa hàng",
  "chủ cửa hàng",
  // "Các bên liên quan gửi ý kiến …" (the parties concerned); not "bên" alone ("bên cạnh").
  "bên liên quan",
  // The sides of a meeting ("Hai bên thống nhất …"); not "bên" alone.
  "hai bên",
  "công an",
  "hải quan",
  // Missions abroad: trade offices and embassies take tasks from the ministry.
  "thương vụ",
  "đại sứ quán",
  "tổng lãnh sự quán",
  "bộ đội biên phòng",
  "cảnh sát",
  "evn",
  "tkv",
  "pvn",
  "sct",
  "bct",
]);

/**
 * Heads of a body's units that are also common words ("phòng" is a room and "phòng chống" a verb;
 * "trung tâm" a centre of anything): a party only as a proper name ("Phòng Quản lý công nghiệp",
 * "Trung tâm Khuyến công …", the next word capitalized) or after a plural determiner ("các
 * phòng, đơn vị"). Read by `readParty` only.
 */
const UNIT_HEADS = phrases(["phòng", "trung tâm"]);

/** Words that end a noun phrase: the action, a modal, a verb of saying, a preposition. */
const PHRASE_ENDERS = phrases([
  // A connective between the subject and its verb ("Bộ Công Thương đồng thời chủ động …").
  "đồng thời",
  "theo",
  "căn cứ",
  "để",
  "nhằm",
  "khi",
  "được",
  "là",
  "cho",
  "trong",
  "tại",
  "với",
  "thì",
  "đều",
  "hiện",
  "vẫn",
  "chưa",
  "cũng",
  "luôn",
  "có thể",
  "lắng nghe",
  "chủ trì",
  // Raising a problem ("Một số chủ cửa hàng phản ánh chi phí …"): the verb of the subject,
  // never part of its name.
  "phản ánh",
  // "Hai bên thống nhất …": the sides' verb of agreeing.
  "thống nhất",
]);

/**
 * First-person subjects ("Tôi đề nghị …", "Chúng tôi cam kết …"): they stand for the speaker,
 * who is named elsewhere (a quotation's attribution, an interview's answer label).
 */
export const SELF_REFERENCES = phrases(["tôi", "chúng tôi"]);

/** True when `text` is a first-person subject ("Tôi", "chúng tôi"). */
export function isSelfReference(text: string): boolean {
  const lower = text.trim().toLowerCase();
  return phraseAt(lower, 0, SELF_REFERENCES) === lower;
}

/** Prepositions of place that open a qualifier of the phrase ("các Thương vụ tại châu Phi"). */
const LOCATIVES = phrases(["tại", "ở"]);

/** Place qualifiers that belong to a noun phrase ("các địa phương trong khu vực"). */
const PLACE_QUALIFIERS = phrases([
  "trong khu vực",
  "trên địa bàn",
  "trong tỉnh",
  "trong nước",
  "trên cả nước",
  "cả nước",
  "trong cả nước",
  "trong ngành",
]);

/** Words that may continue a noun phrase after a comma ("các bộ, ngành, địa phương"). */
const AFTER_COMMA = phrases(["đặc biệt là", "nhất là", "trong đó có"]);

/**
 * Activities coordinated after a comma inside a phrase ("các doanh nghiệp sản xuất, kinh doanh
 * hóa chất"): the comma does not end the phrase.
 */
const ACTIVITIES = phrases([
  "sản xuất",
  "kinh doanh",
  "nhập khẩu",
  "xuất khẩu",
  "phân phối",
  "chế biến",
  "bán buôn",
  "bán lẻ",
  "vận chuyển",
  "lưu thông",
  "tiêu thụ",
]);

/** A noun phrase naming a party: [start, end) in the sentence. */
export interface PhraseSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

/** True when a verb, modal or other clause word starts at `at` (the end of a noun phrase). */
function endsPhrase(lower: string, at: number): boolean {
  if (PAST_MARKERS.has(wordAt(lower, at))) return true;
  return anyPhraseAt(lower, at, CLAUSE_WORDS);
}

/** The lists whose words end a noun phrase (see `endsPhrase`). */
const CLAUSE_WORDS = [
  ACTION_STARTS,
  MODALS,
  PLEDGES,
  DIRECTIVE_VERBS,
  NOTICE_VERBS,
  PROPOSALS,
  OPINIONS,
  SPEECH,
  PHRASE_ENDERS,
];

/** Skips determiners; returns where the head may start. */
function afterDeterminers(lower: string, at: number): number {
  let i = afterShare(lower, at);
  for (;;) {
    const d = phraseAt(lower, i, DETERMINERS);
    if (!d) return i;
    i = skipSpaces(lower, i + d.length);
  }
}

/**
 * Past a share written as a percentage that quantifies the party ("100% cửa hàng …", "80% số
 * doanh nghiệp …"): a quantifier like "các" or "tất cả"; `at` when none starts there.
 */
function afterShare(lower: string, at: number): number {
  const c = lower.charCodeAt(at);
  if (c < 48 || c > 57) return at;
  const share = /^\d{1,3}(?:[.,]\d+)?\s?%\s+(?:số\s+)?/u.exec(lower.slice(at, at + 16));
  return share ? at + share[0].length : at;
}

/**
 * True when the comma at `comma` lists the goods of an activity in the phrase ("các doanh nghiệp
 * kinh doanh lương thực, phân bón …"): an activity word comes after the head, a lower-case
 * noun follows the comma, and at most three words of goods are between the activity and the
 * comma (a longer stretch is a clause of its own). An action after the comma ends the phrase.
 */
function listsGoods(
  text: string,
  lower: string,
  head: number,
  comma: number,
  next: number,
): boolean {
  if (isUpper(text[next]) || endsPhrase(lower, next) || startsParty(lower, next)) return false;
  const before = lower.slice(head, comma);
  for (const a of ACTIVITIES.phrases) {
    const at = before.lastIndexOf(` ${a} `);
    if (at < 0) continue;
    const goods = before.slice(at + a.length + 2).trim();
    if (goods.length > 0 && goods.split(/\s+/u).length <= 3) return true;
  }
  return false;
}

/** True when an activity of `ACTIVITIES` ends right at `at` ("… sản xuất" before a comma). */
function endsWithActivity(lower: string, at: number): boolean {
  return ACTIVITIES.phrases.some(
    (p) =>
      at >= p.length && lower.startsWith(p, at - p.length) && !wordUnitAt(lower, at - p.length - 1),
  );
}

/** True when a party noun phrase (determiners + head) starts at `at`. */
export function startsParty(lower: string, at: number): boolean {
  return phraseAt(lower, afterDeterminers(lower, at), PARTY_HEADS) !== null;
}

/** End of the determiners and head of a party that starts at `at` (`at` when none does). */
function partyHeadEnd(lower: string, at: number): number {
  const head = afterDeterminers(lower, at);
  const h = phraseAt(lower, head, PARTY_HEADS);
  return h ? head + h.length : at;
}

/** Characters that end a stretch of names (see `nameGoesOn`, `locativeEnd`). */
const NAME_STOPS = ",.;:()";

/**
 * True when the capitalized words from `at` end on "và" and another capitalized word before any
 * punctuation: the comma before them is inside one body's name ("Bộ Văn hóa, Thể thao và Du
 * lịch", "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công").
 */
function nameGoesOn(text: string, lower: string, at: number): boolean {
  const limit = Math.min(text.length, at + 60);
  let i = at;
  while (i < limit) {
    const ch = text[i] as string;
    if (ch === " ") {
      i++;
      continue;
    }
    if (NAME_STOPS.includes(ch) || !isWordChar(ch)) return false;
    const word = wordAt(lower, i);
    if (word === "và") return isUpper(text[skipSpaces(lower, i + word.length)]);
    if (!isUpper(ch) && endsPhrase(lower, i)) return false;
    i += Math.max(1, word.length);
  }
  return false;
}

/**
 * End of a place qualifier after "tại"/"ở" at `at` ("các Thương vụ tại Trung Đông, châu Phi và
 * Mỹ Latinh tổ chức …"): the places may be listed with commas, and the qualifier belongs to the
 * phrase only when a modal or a task verb follows it (else "tại" starts an adverbial: "Sở Công
 * Thương tại hội nghị cho biết …"). -1 when it is no such qualifier.
 */
function locativeEnd(text: string, lower: string, at: number): number {
  const limit = Math.min(text.length, at + 100);
  let i = at;
  let end = -1;
  while (i < limit) {
    const ch = text[i] as string;
    if (ch === " " || ch === ",") {
      i++;
      continue;
    }
    if (!isWordChar(ch)) return -1;
    if (!isUpper(ch) && endsPhrase(lower, i)) {
      const predicate = phraseAt(lower, i, MODALS) ?? phraseAt(lower, i, ACTION_STARTS);
      return predicate && end > at ? end : -1;
    }
    i += Math.max(1, wordAt(lower, i).length);
    end = i;
  }
  return -1;
}

/**
 * Reads the party noun phrase starting at `at` ("các bộ, ngành và địa phương", "Bộ Giáo dục và
 * Đào tạo"), or null when no party head starts there. Capitalized words after the head are part
 * of a name, never the action ("Đào tạo" in "Bộ Giáo dục và Đào tạo").
 */
export function readParty(text: string, lower: string, at: number): PhraseSpan | null {
  const head = afterDeterminers(lower, at);
  const h = phraseAt(lower, head, PARTY_HEADS) ?? unitHead(text, lower, at, head);
  if (!h) return null;
  // A longer opener wins over a head it starts with: "Trường hợp …" (in case …) is no school.
  if ((phraseAt(lower, head, INTRO_OPENERS)?.length ?? 0) > h.length) return null;
  let i = head + h.length;
  let end = i;
  let colonList = false;
  // A plural head ("các huyện") may list several names; `lastWordStart` is the last word read.
  let plural = head > at && /(các|những)\s*$/u.test(lower.slice(at, head));
  let lastWordStart = head;
  // Where the name after the head starts ("Văn hóa" in "Bộ Văn hóa, Thể thao và Du lịch").
  const named = skipSpaces(lower, head + h.length);
  const limit = Math.min(text.length, at + 160);
  while (i < limit) {
    const ch = text[i] as string;
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === "(") {
      const close = text.indexOf(")", i);
      if (close < 0 || close - i > 60) break;
      i = close + 1;
      end = i;
      continue;
    }
    if (ch === ":" && colonListAfter(text, lower, head, i)) {
      // "Các Bộ: Xây dựng, Công an": the heads' names are listed after a colon.
      colonList = true;
      i = skipSpaces(lower, i + 1);
      continue;
    }
    if (ch === "," || ch === "&") {
      const next = skipSpaces(lower, i + 1);
      if (colonList && isUpper(text[next])) {
        i = next;
        continue;
      }
      // "UBND các huyện Nam Trà My, Bắc Trà My": more names of a plural head.
      if (isUpper(text[next]) && isUpper(text[lastWordStart]) && plural) {
        i = next;
        continue;
      }
      if (phraseAt(lower, next, ACTIVITIES) && endsWithActivity(lower, i)) {
        i = next;
        continue;
      }
      if (listsGoods(text, lower, head, i, next)) {
        i = next;
        continue;
      }
      const cont = phraseAt(lower, next, AFTER_COMMA);
      const resume = cont ? skipSpaces(lower, next + cont.length) : next;
      if (startsParty(lower, resume)) {
        // The head is read whole: "…, hợp tác xã" is no task ("hợp tác").
        i = partyHeadEnd(lower, resume);
        end = i;
        continue;
      }
      // "Bộ Văn hóa, Thể thao và Du lịch": a comma inside the name of one body.
      if (!plural && isUpper(text[named]) && isUpper(text[next]) && nameGoesOn(text, lower, next)) {
        i = next;
        continue;
      }
      break;
    }
    if (ch === "-" || ch === "–") {
      // "Sở Kế hoạch - Đầu tư": a dash between capitalized name parts.
      const next = skipSpaces(lower, i + 1);
      if (isUpper(text[next])) {
        i = next;
        continue;
      }
      break;
    }
    if (!isWordChar(ch)) break;
    const word = wordAt(lower, i);
    if (word === "và" || word === "cùng") {
      const next = skipSpaces(lower, i + word.length);
      if (startsParty(lower, next)) {
        // The head after "và" is not the action ("… và các tổ chức chính trị - xã hội").
        if (/^(các|những)\s/u.test(lower.slice(next, next + 6))) plural = true;
        i = partyHeadEnd(lower, next);
        end = i;
        continue;
      }
      if (isUpper(text[next])) {
        i = next;
        continue;
      }
      break;
    }
    const place = phraseAt(lower, i, PLACE_QUALIFIERS);
    if (place) {
      i += place.length;
      end = i;
      continue;
    }
    const locative = phraseAt(lower, i, LOCATIVES);
    if (locative) {
      const placeEnd = locativeEnd(text, lower, i + locative.length);
      if (placeEnd > 0) {
        end = placeEnd;
        break;
      }
    }
    if (!isUpper(ch) && endsPhrase(lower, i)) {
      const task = i === named ? functionName(lower, head, i) : 0;
      if (task === 0) break;
      i += task;
      end = i;
      continue;
    }
    if (word === "các" || word === "những") plural = true;
    lastWordStart = i;
    // Always step on: where lower-casing lengthened the text ("İ" → "i̇"), `lower` is out of step
    // with `text` and the word there can be empty, which looped forever.
    i += Math.max(1, word.length);
    end = i;
  }
  return { start: at, end, text: collapse(text.slice(at, end)) };
}

/** Generic heads that a body's function names ("Cơ quan điều tra", "Lực lượng kiểm tra"). */
const FUNCTION_HEADS = phrases(["cơ quan", "lực lượng", "ban"]);

/** Words after a subject that show its verb: a directive verb, a modal or a pledge. */
const SUBJECT_VERBS = [DIRECTIVE_VERBS, MODALS, PLEDGES];

/**
 * Length of a task verb at `at` right after a generic head at `head` that names the body by its
 * function ("Cơ quan điều tra đề nghị …": the investigating authority, not "the agency
 * investigates"), 0 when none does: only when the body's own verb (a directive verb, a modal, a
 * pledge) follows it, so "Cơ quan chức năng kiểm tra …" keeps "kiểm tra" as its action.
 */
function functionName(lower: string, head: number, at: number): number {
  if (!phraseAt(lower, head, FUNCTION_HEADS)) return 0;
  const task = phraseAt(lower, at, TASK_VERBS);
  if (!task) return 0;
  return anyPhraseAt(lower, skipSpaces(lower, at + task.length), SUBJECT_VERBS) ? task.length : 0;
}

/** A unit head at `head` (see `UNIT_HEADS`) named or counted as a party, else null. */
function unitHead(text: string, lower: string, at: number, head: number): string | null {
  const h = phraseAt(lower, head, UNIT_HEADS);
  if (!h) return null;
  if (head > at && /(các|những)\s*$/u.test(lower.slice(at, head))) return h;
  const next = head + h.length;
  // "Phòng, chống …", "phòng ngừa": a verb, not a unit.
  if (text[next] !== " " || (phraseAt(lower, head, ACTION_STARTS)?.length ?? 0) > h.length)
    return null;
  return isUpper(text[skipSpaces(lower, next)]) ? h : null;
}

/** Plural heads that may list their members' names after a colon ("Các Bộ: Công Thương, …"). */
const LIST_HEADS = phrases(["bộ", "cơ quan", "tỉnh", "thành phố", "tập đoàn", "tổng công ty"]);

/** True when the colon at `colon` follows a bare plural head and a capitalized name follows it. */
function colonListAfter(text: string, lower: string, head: number, colon: number): boolean {
  const h = phraseAt(lower, head, LIST_HEADS);
  if (!h || lower.slice(head + h.length, colon).trim() !== "") return false;
  return isUpper(text[skipSpaces(lower, colon + 1)]);
}

/** Splits an addressee phrase into parties: "Cục X, các đơn vị thuộc Bộ" → two parties. */
export function splitParties(phrase: PhraseSpan, text: string, lower: string): PhraseSpan[] {
  const parts: PhraseSpan[] = [];
  let start = phrase.start;
  let i = phrase.start;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = collapse(raw);
    if (t) parts.push({ start: from + lead, end: from + lead + raw.trim().length, text: t });
  };
  while (i < phrase.end) {
    const ch = text[i];
    const isComma = ch === ",";
    const isAnd = lower.startsWith(" và ", i - 1) && ch === "v";
    if (isComma || isAnd) {
      let next = skipSpaces(lower, i + (isComma ? 1 : 2));
      const cont = phraseAt(lower, next, AFTER_COMMA);
      if (cont) next = skipSpaces(lower, next + cont.length);
      // Split only where a new determined or named body begins ("…, các đơn vị", "… và Bộ Y tế");
      // "Bộ Nông nghiệp và Môi trường" is one name: after "và" a new body must start.
      const determined = phraseAt(lower, next, DETERMINERS) !== null;
      // "UBND các huyện Nam Trà My, Bắc Trà My" lists names of one party, not new parties.
      const named = isUpper(text[next]) && startsParty(lower, next);
      if (determined || named) {
        push(start, isAnd ? i - 1 : i);
        start = next;
        i = next;
        continue;
      }
    }
    i++;
  }
  push(start, phrase.end);
  return parts;
}

/** Ranks of bodies and titles: an order goes down, a proposal goes up. */
const RANKS: readonly (readonly [RegExp, number])[] = [
  [/thủ tướng|chính phủ|quốc hội|chủ tịch nước|bộ chính trị|ban bí thư|trung ương/u, 4],
  [/bộ trưởng|thứ trưởng|(?<!\p{L})bộ(?!\p{L})|văn phòng chính phủ|ban chỉ đạo|trưởng ban/u, 3],
  [
    /ubnd (các )?tỉnh|ubnd thành phố|ủy ban nhân dân (các )?tỉnh|uỷ ban nhân dân (các )?tỉnh|tỉnh ủy|thành ủy|hđnd tỉnh|đồng chí|bí thư/u,
    2.5,
  ],
  [/tổng cục|(?<!\p{L})cục(?!\p{L})|(?<!\p{L})vụ(?!\p{L})|cục trưởng|vụ trưởng/u, 2],
  [
    /(?<!\p{L})sở(?!\p{L})|ubnd huyện|ủy ban nhân dân huyện|huyện|giám đốc sở|chủ tịch|phó chủ tịch/u,
    1.5,
  ],
  [
    /ubnd|ủy ban|uỷ ban|chính quyền|địa phương|tỉnh|thành phố|cơ quan|lực lượng|thanh tra|công an|hải quan|biên phòng/u,
    1,
  ],
];

/** Parties that are never authorities over others: businesses, associations, people, experts. */
const NON_AUTHORITY =
  /^(các |những |một số |nhiều )?(doanh nghiệp|dn|hiệp hội|công ty|tập đoàn|người dân|người tiêu dùng|chuyên gia|đại diện|đại biểu|cử tri|nhà đầu tư|chủ đầu tư|tiểu thương|thương nhân|nhà sản xuất|họ|chúng tôi|ông|bà|anh|chị|giới|nhiều)(?!\p{L})/u;

/**
 * Rank of a party or title in the administration; 0 for businesses and people, 0.5 unknown
 * (remembered by text: the same parties and titles recur through an article).
 */
export const rankOf: (text: string) => number = boundedMemo(rankOfText, 1024);

/**
 * A title held in an association ("Phó Chủ tịch Hiệp hội …", "Tổng Thư ký Hiệp hội …", "Chủ tịch
 * một hội bảo vệ người tiêu dùng"): its holder speaks for members and directs no one, whatever
 * the title's rank in a ministry. "Hội" alone names a society too, but not in "Hội đồng" (a
 * council) or "Hội nghị" (a conference).
 */
const ASSOCIATION_TITLE =
  /(?<!\p{L})(?:chủ tịch|thư ký|giám đốc|trưởng ban|phó)\s+(?:thường trực\s+)?(?:một\s+)?(?:hiệp hội|hội(?!\s+(?:đồng|nghị)))(?!\p{L})/u;

function rankOfText(text: string): number {
  const lower = text.toLowerCase();
  if (NON_AUTHORITY.test(lower)) return 0;
  // Gated by the word: most texts hold no "hội".
  if (lower.includes("hội") && ASSOCIATION_TITLE.test(lower)) return 0;
  for (const [re, rank] of RANKS) if (re.test(lower)) return rank;
  return 0.5;
}

/** Own glossary of common party heads, used when the term matcher has no entry. */
const PARTY_GLOSS: readonly (readonly [string, string])[] = [
  ["các bộ, ngành và địa phương", "ministries, sectors and localities"],
  ["các bộ, ngành, địa phương", "ministries, sectors and localities"],
  ["các bộ, ngành", "ministries and sectors"],
  ["bộ, ngành", "ministries and sectors"],
  ["các địa phương", "localities (provinces and cities)"],
  ["địa phương", "the locality"],
  ["các sở công thương", "the provincial Departments of Industry and Trade"],
  ["sở công thương", "the provincial Department of Industry and Trade"],
  ["sở tài chính", "the provincial Department of Finance"],
  ["các sở, ngành", "provincial departments and sectors"],
  ["các sở, ban, ngành", "provincial departments, boards and sectors"],
  ["ubnd các tỉnh, thành phố", "People's Committees of provinces and cities"],
  ["ủy ban nhân dân các tỉnh, thành phố", "People's Committees of provinces and cities"],
  [
    "chủ tịch ủy ban nhân dân các tỉnh, thành phố",
    "Chairs of the People's Committees of provinces and cities",
  ],
  [
    "chủ tịch ubnd các tỉnh, thành phố",
    "Chairs of the People's Committees of provinces and cities",
  ],
  ["ubnd tỉnh", "the provincial People's Committee"],
  ["ubnd huyện", "the district People's Committee"],
  ["ubnd", "People's Committee"],
  ["ủy ban nhân dân", "People's Committee"],
  ["huyện", "the district"],
  ["bộ công thương", "Ministry of Industry and Trade"],
  ["bộ tài chính", "Ministry of Finance"],
  ["bộ nông nghiệp và môi trường", "Ministry of Agriculture and Environment"],
  ["bộ nông nghiệp và phát triển nông thôn", "Ministry of Agriculture and Rural Development"],
  ["bộ tài nguyên và môi trường", "Ministry of Natural Resources and Environment"],
  ["bộ giao thông vận tải", "Ministry of Transport"],
  ["bộ xây dựng", "Ministry of Construction"],
  ["bộ y tế", "Ministry of Health"],
  ["bộ giáo dục và đào tạo", "Ministry of Education and Training"],
  ["bộ công an", "Ministry of Public Security"],
  ["bộ quốc phòng", "Ministry of National Defence"],
  ["bộ ngoại giao", "Ministry of Foreign Affairs"],
  ["bộ kế hoạch và đầu tư", "Ministry of Planning and Investment"],
  ["bộ tư pháp", "Ministry of Justice"],
  ["bộ khoa học và công nghệ", "Ministry of Science and Technology"],
  ["bộ thông tin và truyền thông", "Ministry of Information and Communications"],
  ["bộ lao động - thương binh và xã hội", "Ministry of Labour, Invalids and Social Affairs"],
  ["bộ nội vụ", "Ministry of Home Affairs"],
  ["bộ", "the Ministry"],
  ["ngân hàng nhà nước", "State Bank of Viet Nam"],
  ["bảo hiểm xã hội việt nam", "Viet Nam Social Security"],
  ["tập đoàn điện lực việt nam", "Viet Nam Electricity (EVN)"],
  ["cục công thương địa phương", "Agency for Regional Industry and Trade"],
  ["tổng cục qltt", "General Department of Market Surveillance"],
  ["tổng cục quản lý thị trường", "General Department of Market Surveillance"],
  ["lực lượng qltt", "market surveillance forces"],
  ["lực lượng quản lý thị trường", "market surveillance forces"],
  ["cục qltt", "Market Surveillance Department"],
  ["lực lượng chức năng", "the competent forces"],
  ["các lực lượng chức năng", "the competent forces"],
  ["các cơ quan chức năng", "the competent agencies"],
  ["cơ quan chức năng", "the competent agencies"],
  ["các cơ quan, đơn vị", "agencies and units"],
  ["các cơ quan có liên quan", "the agencies concerned"],
  ["các cơ quan", "agencies"],
  ["cơ quan chủ trì soạn thảo", "the drafting agency"],
  ["cơ quan", "the agency"],
  ["các đơn vị thuộc bộ", "units of the Ministry"],
  ["đơn vị", "the unit"],
  ["các doanh nghiệp", "businesses"],
  ["doanh nghiệp", "businesses"],
  ["các dn", "businesses"],
  ["dn", "businesses"],
  ["thương nhân", "traders"],
  ["hiệp hội", "associations"],
  ["chính phủ", "the Government"],
  ["tổng công ty điện lực", "Power Corporation"],
  ["tổng công ty", "Corporation"],
  ["công ty cổ phần", "Joint Stock Company"],
  ["công ty", "Company"],
  ["các cơ quan truyền thông, báo chí", "media and press agencies"],
  ["cơ quan truyền thông", "media agencies"],
  ["báo chí", "the press"],
  ["các cơ quan thông tấn, báo chí", "news agencies and the press"],
  ["công an tỉnh", "the provincial Police"],
  ["công an", "the Police"],
  ["các tổ chức tín dụng", "credit institutions"],
  ["các chủ đầu tư", "project owners"],
  ["chủ đầu tư", "the project owner"],
];

/** Qualifiers glossed when they follow a head ("có liên quan" → "concerned"). */
const QUALIFIER_GLOSS: readonly (readonly [RegExp, string])[] = [
  [/^có liên quan|^liên quan/u, "concerned"],
  [/^khu vực phía bắc/u, "in the northern region"],
  [/^khu vực phía nam/u, "in the southern region"],
  [/^trong khu vực/u, "in the region"],
  [/^cả nước/u, "nationwide"],
  [/^trực thuộc trung ương/u, "centrally-run"],
  [/^chuyên môn/u, "specialised"],
  [/^chức năng/u, "competent"],
  [/^nêu trên/u, "named above"],
];

function glossFromOwnTable(lower: string): { en: string; length: number } | null {
  for (const [vi, en] of PARTY_GLOSS) {
    if (lower.startsWith(vi) && !isWordChar(lower[vi.length])) return { en, length: vi.length };
  }
  return null;
}

/**
 * English gloss of a party: recognized terms inside it first, then the own table of heads, with
 * the untranslated rest kept in Vietnamese rather than guessed.
 */
export function glossParty(party: PhraseSpan, terms: readonly TermMatch[], offset: number): string {
  const lower = party.text.toLowerCase();
  const inside = terms.filter(
    (t) => t.start >= offset + party.start && t.end <= offset + party.end + 1,
  );
  const longest = inside.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  const plural = /^(các|những)\s/u.test(lower);
  if (longest && longest.end - longest.start >= party.end - party.start - 2) {
    return plural && !/^the /i.test(longest.en) ? `the ${longest.en}` : longest.en;
  }
  const own = glossFromOwnTable(lower);
  if (!own) return longest ? longest.en : party.text;
  const rest = collapse(party.text.slice(own.length)).replace(/^[,;]\s*/u, "");
  if (!rest) return own.en;
  const qualifier = QUALIFIER_GLOSS.find(([re]) => re.test(rest.toLowerCase()));
  if (qualifier) return `${own.en} ${qualifier[1]}`;
  return `${own.en} (${rest})`;
}
