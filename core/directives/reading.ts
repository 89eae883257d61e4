/**
 * Reads the structure of one sentence: who acts (a person, a body, nobody), with which verb (a
 * directive verb, a modal, a pledge, a task verb, a proposal, an opinion, a past action) and on
 * whom. The extractor turns a reading into a directive using the context of earlier sentences.
 * Pure.
 */
import type { DirectiveForce } from "../types";
import { type PhraseSpan, readParty, SELF_REFERENCES, startsParty } from "./parties";
import { TITLES } from "./people";
import {
  ACTION_STARTS,
  ADVICE,
  BACKGROUND_OPENERS,
  CONNECTIVES,
  DIRECTIVE_ATTRIBUTION,
  DIRECTIVE_VERB_FORCE,
  DIRECTIVE_VERBS,
  DOCUMENTS,
  INTRO_OPENERS,
  MODAL_FORCE,
  MODALS,
  NOTICE_VERB_FORCE,
  NOTICE_VERBS,
  NOUN_AFTER,
  NOUN_BEFORE,
  OPINIONS,
  PAST_MARKERS,
  PLEDGES,
  PROPOSALS,
  RESULT_OPENERS,
  SPEECH,
  TOPIC_INTROS,
} from "./verbs";
import {
  anyPhraseAt,
  isSpaceUnit,
  isWordChar,
  phraseAt,
  phrases,
  skipSpaces,
  unitClass,
  wordAt,
  wordBefore,
  wordUnitAt,
} from "./words";

/** Spaces, quotes and punctuation skipped before a connective. */
const isOpenerPunctuation = unitClass(/[\s“”"‘’'(,:;–-]/u);

export type ReadingType =
  /** An authority's verb with its addressee: "Thứ trưởng đề nghị các địa phương …". */
  | "explicit"
  /** An addressee with a modal or a passive assignment: "Các địa phương cần …", "X được giao …". */
  | "modal"
  /** A body's pledge: "Bộ Công Thương sẽ …", "… quyết tâm …". */
  | "pledge"
  /** A body followed by a task verb: a directive only where a directive is in force. */
  | "subject-action"
  /** A sentence that starts with a task verb: an imperative where a directive is in force. */
  | "imperative"
  /** Proposals, opinions, past actions, background: not directives, and they end the context. */
  | "closing"
  /** Nothing to say: keeps the context as it is. */
  | "neutral";

export interface Reading {
  readonly type: ReadingType;
  readonly force: DirectiveForce | null;
  /** The directive verb as written (lower case), for explicit readings. */
  readonly verb: string | null;
  /** Text naming the issuer (a person, a title, a body), or "" when the sentence has none. */
  readonly subject: string;
  /** Offset of the subject in the sentence (for resolving "Thứ trưởng" to a person). */
  readonly subjectAt: number;
  /** The addressee phrase, or null when inherited from context. */
  readonly addressee: PhraseSpan | null;
  /** Where the action begins. */
  readonly actionAt: number;
  /** Where the directive's text begins (after a photo credit or a wire prefix). */
  readonly spanStart: number;
  /** Set when the sentence reports a task of a document it names ("Trong Kế hoạch này, …"). */
  readonly documentIntro: boolean;
  /** The speaker of a quotation or of reported speech, when named. */
  readonly speaker: string | null;
  /** True when a pledge word ("sẽ") occurs in the action. */
  readonly pledged: boolean;
  /**
   * The sentence's part in an interview: a question ("PV: … gì?") or an answer opened by the
   * speaker's label ("Thứ trưởng Lê Văn A: …"); null otherwise.
   */
  readonly turn: "question" | "answer" | null;
}

const NONE: Reading = {
  type: "neutral",
  force: null,
  verb: null,
  subject: "",
  subjectAt: 0,
  addressee: null,
  actionAt: 0,
  spanStart: 0,
  documentIntro: false,
  speaker: null,
  pledged: false,
  turn: null,
};

function reading(partial: Partial<Reading> & { type: ReadingType }): Reading {
  return { ...NONE, ...partial };
}

/** `r` with its text starting at `spanStart`. */
function keepingIntro(spanStart: number, r: Reading): Reading {
  return startingAt(r, spanStart, r.documentIntro);
}

/**
 * `{ ...r, spanStart, documentIntro }`, written out: every sentence's reading passes through
 * here, and copying the fields by name is cheaper than a spread.
 */
function startingAt(r: Reading, spanStart: number, documentIntro: boolean): Reading {
  return {
    type: r.type,
    force: r.force,
    verb: r.verb,
    subject: r.subject,
    subjectAt: r.subjectAt,
    addressee: r.addressee,
    actionAt: r.actionAt,
    spanStart,
    documentIntro,
    speaker: r.speaker,
    pledged: r.pledged,
    turn: r.turn,
  };
}

/**
 * A time before the subject, with or without a comma ("năm 2026 Bộ sẽ …", "trong quý I/2026 Cục
 * …", "trong tháng 11, Sở …", "giai đoạn 2026 - 2030, Sở …"): a year, month, quarter or period
 * given by numbers.
 */
const TIME_LEAD =
  /^(?:(?:ngay )?trong |đến |từ )?(?:năm|tháng|quý|giai đoạn) (?:\d{1,4}|[ivx]{1,4})(?:\/\d{4})?(?:\s*[-–]\s*\d{4})?\s*,?\s+/u;

/** The words a `TIME_LEAD` can start with. */
const TIME_LEAD_WORDS = new Set(["năm", "tháng", "quý", "giai", "trong", "ngay", "đến", "từ"]);

/** Skips spaces, quotes, commas and connectives ("Cụ thể,", "Thứ hai,", "Bên cạnh đó,"). */
function skipOpeners(text: string, lower: string, at: number): number {
  let i = at;
  for (;;) {
    while (i < text.length && isOpenerPunctuation(text, i)) i++;
    const c = phraseAt(lower, i, CONNECTIVES);
    if (!c) {
      // Most words open no time: the regex runs only after one of its first words.
      const time = TIME_LEAD_WORDS.has(wordAt(lower, i)) && TIME_LEAD.exec(lower.slice(i, i + 40));
      if (time) {
        i += time[0].length;
        continue;
      }
      return i;
    }
    // "Riêng với …" is an intro, not the connective "Riêng,".
    if (c === "riêng" && lower.startsWith("riêng với", i)) return i;
    i += c.length;
  }
}

/** A list marker that opens an item: "1.", "2)", "a)", "đ)", "-", "•" (with the space after). */
const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[a-zđ][.)]|[-–•+])\s+/u;

/** A wire tag before the text: "(TTXVN) – ". */
const WIRE_TAG = /^\s*\([^)]{1,24}\)\s*[–-]\s*/u;
/** A dateline in capitals: "HÀ NỘI – ". */
const DATELINE = /^\s*[\p{Lu}][\p{Lu} ]{2,30}\s[–-]\s/u;
/** A photo credit left before the text: "Ảnh: ". */
const PHOTO_CREDIT = /^\s*Ảnh\s*:\s*/u;
/** A sentence that opens on a document: "Trong kế hoạch …", "Theo công điện …". */
const DOCUMENT_INTRO =
  /^\s*(trong|theo|tại)\s+(kế hoạch|công điện|chỉ thị|quyết định|chương trình|văn bản|thông báo)\b/u;
/** Words that make a following directive verb a power, not a task ("có thể giao"). */
const POWER_BEFORE = /(có thể|có quyền|được phép|sẽ)\s+$/u;

/** Where the article text proper starts: after a list marker, a photo credit, a wire tag or a dateline. */
export function textStart(text: string, lower: string): number {
  const marker = LIST_MARKER.exec(text);
  if (marker) return marker[0].length;
  const wire = WIRE_TAG.exec(text);
  if (wire) return wire[0].length;
  const dateline = DATELINE.exec(text);
  if (dateline) return dateline[0].length;
  const credit = PHOTO_CREDIT.exec(text);
  if (credit) {
    // "Ảnh:Phạm Chiểu Cùng với đó, …": skip the photographer's name up to a sentence opener.
    const re = /\s(\p{Lu})/gu;
    re.lastIndex = credit[0].length;
    for (let m = re.exec(text); m && m.index < credit[0].length + 60; m = re.exec(text)) {
      const at = m.index + 1;
      if (
        phraseAt(lower, at, CONNECTIVES) ||
        phraseAt(lower, at, INTRO_OPENERS) ||
        phraseAt(lower, at, DIRECTIVE_VERBS) ||
        phraseAt(lower, at, TITLES) ||
        startsParty(lower, at)
      )
        return at;
    }
  }
  return 0;
}

/** True when the directive verb at `at` is used as a verb (not "Ban Chỉ đạo", "yêu cầu của"). */
function isVerbal(text: string, lower: string, at: number, verb: string): boolean {
  const before = wordBefore(lower, at);
  if (NOUN_BEFORE.has(before)) return false;
  if (before === "được") return false;
  const after = skipSpaces(lower, at + verb.length);
  if (text[at + verb.length] === "," || text[at + verb.length] === ".") return false;
  if (after >= text.length) return false;
  const next = wordAt(lower, after);
  // "yêu cầu ban hành" is a noun phrase; "yêu cầu Ban Chỉ đạo …" names the addressee.
  if (NOUN_AFTER.has(next) && !(/\p{Lu}/u.test(text[after] ?? "") && startsParty(lower, after)))
    return false;
  if (
    verb === "giao" &&
    ["thông", "dịch", "hàng", "lưu", "tiếp", "nhận", "thương", "ban", "dục"].includes(next)
  )
    return false;
  // "Ban Chỉ đạo" with a capital C after a capitalized word is a body's name.
  if (
    verb === "chỉ đạo" &&
    /\p{Lu}/u.test(text[at] as string) &&
    at > 0 &&
    /\p{Lu}/u.test(text.slice(0, at).trim().split(/\s+/).pop()?.[0] ?? "")
  )
    return false;
  return true;
}

/** True when a past/ongoing marker stands right before `at` ("đã chỉ đạo", "vừa yêu cầu"). */
function pastBefore(lower: string, at: number): boolean {
  let w = wordBefore(lower, at);
  let end = at;
  if (w === "cũng" || w === "đều" || w === "hiện") {
    end = lower.lastIndexOf(w, at);
    w = wordBefore(lower, end);
  }
  return PAST_MARKERS.has(w);
}

/** Offset of the first "." or ";" from `at` (`at` >= 0), or the text's length when none. */
function clauseEndFrom(lower: string, at: number): number {
  for (let i = at; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 0x2e || code === 0x3b) return i;
  }
  return lower.length;
}

/** Where the action begins after a directive verb at `verbEnd` and its addressee. */
function actionStart(addressee: PhraseSpan | null, verbEnd: number): number {
  // "giao việc X cho Y": the action (việc X) comes before the addressee.
  if (addressee && addressee.start > verbEnd + 1) return verbEnd;
  return addressee ? addressee.end : verbEnd;
}

/** The addressee after a directive verb ("giao việc X cho Y" names Y after "cho"). */
function addresseeAfter(text: string, lower: string, at: number, verb: string): PhraseSpan | null {
  const direct = readParty(text, lower, at);
  if (verb === "giao" && (!direct || /^(việc|nhiệm vụ)\b/u.test(lower.slice(at)))) {
    const scope = clauseEndFrom(lower, at);
    const cho = lower.indexOf(" cho ", at);
    if (cho >= 0 && cho < scope) return readParty(text, lower, cho + 5);
  }
  return direct;
}

/**
 * The position of a directive verb after "vừa" at `at` ("Cục vừa yêu cầu …": an instruction just
 * given is news of one in force, unlike "đã yêu cầu"), else `at`.
 */
function recentVerb(text: string, lower: string, at: number): number {
  if (wordAt(lower, at) !== "vừa") return at;
  const next = skipSpaces(lower, at + "vừa".length);
  const verb = phraseAt(lower, next, DIRECTIVE_VERBS);
  return verb && isVerbal(text, lower, next, verb) ? next : at;
}

/**
 * A verb of drawing attention used as a directive verb at `at` (see `NOTICE_VERBS`): followed by
 * an addressee and the addressee's action, or by an action at once. Null for any other use.
 */
function noticeDirective(text: string, lower: string, at: number): Reading | null {
  const verb = phraseAt(lower, at, NOTICE_VERBS);
  if (!verb) return null;
  const a = skipSpaces(lower, at + verb.length);
  const force = NOTICE_VERB_FORCE[verb] ?? "requested";
  const addressee = readParty(text, lower, a);
  if (addressee) {
    const act = verbPosition(lower, addressee.end);
    const acts =
      phraseAt(lower, act, ACTION_STARTS) || phraseAt(lower, act, MODALS) || leadsTask(lower, act);
    if (!acts) return null;
    return reading({ type: "explicit", force, verb, addressee, actionAt: addressee.end });
  }
  if (!phraseAt(lower, a, ACTION_STARTS)) return null;
  return reading({ type: "explicit", force, verb, actionAt: a });
}

/** Skips "cũng", "đều", "đồng thời" … between a subject and its verb; returns the verb position. */
function verbPosition(lower: string, at: number): number {
  let i = skipSpaces(lower, at);
  for (;;) {
    const w = wordAt(lower, i);
    if (w === "cũng" || w === "đều" || w === "luôn") i = skipSpaces(lower, i + w.length);
    else if (lower.startsWith("đồng thời ", i)) i = skipSpaces(lower, i + "đồng thời".length);
    else return i;
  }
}

/** True when "sẽ" or another pledge word occurs in [from, to). */
function hasPledge(lower: string, from: number, to: number): boolean {
  // Each code unit is classified once: whether the previous one was a letter is carried along.
  let afterWord = wordUnitAt(lower, from - 1);
  for (let i = from; i < to; i++) {
    const word = wordUnitAt(lower, i);
    if (word && !afterWord && phraseAt(lower, i, PLEDGES)) return true;
    afterWord = word;
  }
  return false;
}

/**
 * True for "chủ trì" followed by a task ("Bộ Tài chính chủ trì xây dựng …"): the body is given the
 * lead of a task. "chủ trì cuộc họp" (chaired a meeting) is not followed by a task verb.
 */
function leadsTask(lower: string, at: number): boolean {
  if (!lower.startsWith("chủ trì", at)) return false;
  let i = skipSpaces(lower, at + "chủ trì".length);
  if (lower[i] === ",") i = skipSpaces(lower, i + 1);
  return phraseAt(lower, i, ACTION_STARTS) !== null;
}

/** The joint parties of a meeting ("hai bên", "các bên"), one of which is the authority. */
const JOINT_SUBJECT = /^(?:hai|các|cả hai)\s+bên$/u;

/** True when `subject` names the joint parties of a meeting (see `JOINT_SUBJECT`). */
export function isJointSubject(subject: string): boolean {
  return JOINT_SUBJECT.test(subject.trim().toLowerCase());
}

const AGREE = "thống nhất";

/**
 * What the joint parties agree at `v` ("Hai bên thống nhất tổ chức …", "Hai bên thống nhất giao
 * Cục A …"): an agreement binds each side as its pledge, and an agreed assignment is a directive
 * of the sides. Null for any other subject or verb ("thống nhất" alone is also "unified").
 */
function jointAgreement(
  text: string,
  lower: string,
  subjectStart: number,
  v: number,
  party: PhraseSpan,
): Reading | null {
  if (!lower.startsWith(AGREE, v) || !isJointSubject(party.text)) return null;
  const next = skipSpaces(lower, v + AGREE.length);
  const verb = phraseAt(lower, next, DIRECTIVE_VERBS);
  if (verb) {
    const r = readPredicate(text, lower, subjectStart, next, party);
    return r.type === "explicit" ? { ...r, subject: party.text } : null;
  }
  if (!phraseAt(lower, next, ACTION_STARTS)) return null;
  return reading({
    type: "pledge",
    force: "pledged",
    subject: party.text,
    subjectAt: subjectStart,
    addressee: party,
    actionAt: next,
    pledged: true,
  });
}

/** Reads what follows a subject that ends at `at` (a person, a body or a document). */
function readPredicate(
  text: string,
  lower: string,
  subjectStart: number,
  at: number,
  party: PhraseSpan | null,
): Reading {
  const subject = text.slice(subjectStart, at).trim();
  const v = recentVerb(text, lower, verbPosition(lower, at));
  const first = wordAt(lower, v);
  const clauseEnd = clauseEndFrom(lower, v);
  if (PAST_MARKERS.has(first) || lower.startsWith("hiện đang", v)) {
    // "X vừa ký Công điện …, yêu cầu …" reports a dispatch whose requests are directives.
    const serial = scanForVerb(text, lower, subjectStart, true);
    if (serial.type === "explicit") return serial;
    const later = party ? coordinatedFuture(lower, v, clauseEnd) : -1;
    if (later >= 0) {
      // "Bộ đang phối hợp … và sẽ báo cáo …", "Các thương nhân đã được cấp … nhưng phải …".
      const modal = phraseAt(lower, later, MODALS);
      return reading({
        type: modal ? "modal" : "pledge",
        force: modal ? (MODAL_FORCE[modal] ?? "must") : "pledged",
        subject,
        subjectAt: subjectStart,
        addressee: party,
        actionAt: later,
        pledged: !modal,
      });
    }
    return reading({ type: "closing", subject, subjectAt: subjectStart });
  }
  const joint = party ? jointAgreement(text, lower, subjectStart, v, party) : null;
  if (joint) return joint;
  const verb = phraseAt(lower, v, DIRECTIVE_VERBS);
  if (verb && isVerbal(text, lower, v, verb)) {
    const a = skipSpaces(lower, v + verb.length);
    const addressee = addresseeAfter(text, lower, a, verb);
    return reading({
      type: "explicit",
      force: DIRECTIVE_VERB_FORCE[verb] ?? "requested",
      verb,
      subject,
      subjectAt: subjectStart,
      addressee,
      actionAt: actionStart(addressee, a),
    });
  }
  if (phraseAt(lower, v, PROPOSALS) || phraseAt(lower, v, OPINIONS) || phraseAt(lower, v, ADVICE)) {
    return reading({ type: "closing", subject, subjectAt: subjectStart });
  }
  const notice = noticeDirective(text, lower, v);
  if (notice) return { ...notice, subject, subjectAt: subjectStart };
  const speech = phraseAt(lower, v, SPEECH);
  if (speech) {
    const after = v + speech.length;
    if (/^\s*[,:]/u.test(text.slice(after))) {
      const content = skipOpeners(text, lower, after);
      const clause = readClause(text, lower, content, false);
      const inner =
        clause.type === "neutral" ? (saidAfterIntro(text, lower, content) ?? clause) : clause;
      return { ...inner, speaker: subject || null };
    }
    // "Bộ trưởng khẳng định Bộ Công Thương sẽ …": the content, with a subject of its own, follows
    // the verb without a comma.
    const content = skipSpaces(lower, after);
    const inner = readClause(text, lower, content, false);
    if (
      inner.subject &&
      (inner.type === "pledge" || inner.type === "modal" || inner.type === "explicit")
    )
      return { ...inner, speaker: subject || null };
    return (
      documentNeed(lower, subjectStart, content, subject) ??
      reading({ type: "closing", subject, subjectAt: subjectStart })
    );
  }
  const modal = phraseAt(lower, v, MODALS);
  if (modal && party) {
    return reading({
      type: "modal",
      force: MODAL_FORCE[modal] ?? "must",
      subject,
      subjectAt: subjectStart,
      addressee: party,
      actionAt: v,
      pledged: hasPledge(lower, v, clauseEnd),
    });
  }
  if (phraseAt(lower, v, PLEDGES)) {
    return reading({
      type: "pledge",
      force: "pledged",
      subject,
      subjectAt: subjectStart,
      addressee: party,
      actionAt: v,
      pledged: true,
    });
  }
  if (party && (phraseAt(lower, v, ACTION_STARTS) || leadsTask(lower, v))) {
    return reading({
      type: "subject-action",
      subject,
      subjectAt: subjectStart,
      addressee: party,
      actionAt: v,
      pledged: hasPledge(lower, v, clauseEnd),
    });
  }
  // A named person doing something else (chairing, visiting, speaking): a fact.
  if (!party) return reading({ type: "closing", subject, subjectAt: subjectStart });
  return NONE;
}

/**
 * A document that states what must be done, with no subject ("kế hoạch nêu rõ cần phối hợp …",
 * "Công điện nhấn mạnh phải …"): its content binds whoever it is about (a topic fronted before
 * the comma, or the addressees in force), as a directive of the document; null when the subject
 * is no document or no modal opens the content: people's words of need stay their views.
 */
function documentNeed(
  lower: string,
  subjectStart: number,
  content: number,
  subject: string,
): Reading | null {
  if (!phraseAt(lower, subjectStart, DOCUMENTS)) return null;
  const modal = phraseAt(lower, content, MODALS);
  if (!modal) return null;
  return reading({
    type: "explicit",
    force: MODAL_FORCE[modal] ?? "must",
    verb: modal,
    subject,
    subjectAt: subjectStart,
    actionAt: content,
  });
}

/** Words that coordinate a second verb with the first ("… và sẽ …", "…, nhưng phải …"). */
const COORDINATORS = new Set(["và", "nhưng", "song"]);

/**
 * Offset of a future or obligation coordinated with a past or ongoing verb in [from, to): "sẽ"
 * or "phải" after "và", "nhưng", "đồng thời" or a comma ("Bộ đang rà soát … và sẽ báo cáo …",
 * "Các thương nhân đã được cấp … được tiếp tục hoạt động, nhưng phải hoàn thành …"): the clause
 * then states what is to be done. -1 when there is none ("đã phải", a bare "sẽ" inside a
 * reported fact, keep their reading).
 */
function coordinatedFuture(lower: string, from: number, to: number): number {
  let afterWord = true;
  for (let i = from; i < to; i++) {
    const word = wordUnitAt(lower, i);
    const starts = word && !afterWord;
    afterWord = word;
    if (!starts) continue;
    const w = wordAt(lower, i);
    if (w !== "sẽ" && w !== "phải") continue;
    let before = i;
    while (before > from && isSpaceUnit(lower.charCodeAt(before - 1))) before--;
    const coordinator = wordBefore(lower, i);
    if (lower[before - 1] === "," || COORDINATORS.has(coordinator)) return i;
    // "…, đồng thời sẽ …".
    if (coordinator === "thời" && wordBefore(lower, before - "thời".length) === "đồng") return i;
  }
  return -1;
}

/** Lists of words that end a person mention when written in lower case (see `personEnd`). */
const VERB_LISTS = [
  DIRECTIVE_VERBS,
  NOTICE_VERBS,
  SPEECH,
  OPINIONS,
  PROPOSALS,
  PLEDGES,
  ACTION_STARTS,
  MODALS,
];

/** End of a person mention (title, body words and name) that starts at `at`. */
function personEnd(text: string, lower: string, at: number, title: string): number {
  let i = at + title.length;
  const limit = Math.min(text.length, at + 140);
  let end = i;
  while (i < limit) {
    const ch = text[i] as string;
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === "(") {
      const close = text.indexOf(")", i);
      if (close < 0) break;
      i = close + 1;
      end = i;
      continue;
    }
    if (ch === "-" || ch === "–" || ch === ",") {
      // "ông X - Phó Chủ tịch UBND tỉnh", "Phó Thủ tướng X, Trưởng Ban Chỉ đạo …": apposed titles.
      const next = skipSpaces(lower, i + 1);
      const t = phraseAt(lower, next, TITLES);
      if (t) {
        i = next + t.length;
        end = i;
        continue;
      }
      break;
    }
    if (!isWordChar(ch)) break;
    const w = wordAt(lower, i);
    const capital = /\p{Lu}/u.test(ch);
    if (!capital) {
      // Lower-case words continue a body name inside a title ("Bộ Tài nguyên và Môi trường").
      const verbish =
        PAST_MARKERS.has(w) || w === "cũng" || w === "đều" || anyPhraseAt(lower, i, VERB_LISTS);
      if (verbish) break;
    }
    // Always step on (see `readParty`: an empty word where lower-casing lengthened the text).
    i += Math.max(1, w.length);
    end = i;
  }
  return end;
}

/** True when the nearest character before `at` that is not a space is a comma. */
function afterComma(lower: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpaceUnit(lower.charCodeAt(i - 1))) i--;
  return lower[i - 1] === ",";
}

/** Reads a clause that starts at `at`. `allowImperative` lets a task verb open it. */
export function readClause(
  text: string,
  lower: string,
  at: number,
  allowImperative: boolean,
): Reading {
  const p = skipOpeners(text, lower, at);
  if (p >= text.length) return NONE;
  if (phraseAt(lower, p, RESULT_OPENERS)) return NONE;
  const verb = phraseAt(lower, p, DIRECTIVE_VERBS);
  if (verb && isVerbal(text, lower, p, verb)) {
    const a = skipSpaces(lower, p + verb.length);
    const addressee = addresseeAfter(text, lower, a, verb);
    return reading({
      type: "explicit",
      force: DIRECTIVE_VERB_FORCE[verb] ?? "requested",
      verb,
      subjectAt: p,
      addressee,
      actionAt: actionStart(addressee, a),
    });
  }
  if (phraseAt(lower, p, PROPOSALS)) return reading({ type: "closing" });
  const title = phraseAt(lower, p, TITLES);
  if (title) {
    const r = readPredicate(text, lower, p, personEnd(text, lower, p, title), null);
    return r.type === "closing" ? (titledModal(text, lower, p) ?? r) : r;
  }
  const self = phraseAt(lower, p, SELF_REFERENCES);
  if (self) {
    // "Tôi đề nghị …", "chúng tôi sẽ …": the speaker acts (the extractor knows who speaks).
    const span: PhraseSpan = {
      start: p,
      end: p + self.length,
      text: text.slice(p, p + self.length),
    };
    return readPredicate(text, lower, p, span.end, span);
  }
  const doc = phraseAt(lower, p, DOCUMENTS);
  if (doc && (/\p{Lu}/u.test(text[p] as string) || afterComma(lower, p))) {
    // "Công điện yêu cầu …", "Tại các chợ, kế hoạch yêu cầu …": a document speaks for
    // its issuer (in lower case after a fronted phrase).
    const end = personEnd(text, lower, p, doc);
    const r = readPredicate(text, lower, p, end, null);
    if (r.type === "explicit") return r;
  }
  const party = readParty(text, lower, p);
  if (party) return readPredicate(text, lower, p, party.end, party);
  if (allowImperative && phraseAt(lower, restrictedAction(lower, p), ACTION_STARTS)) {
    return reading({ type: "imperative", actionAt: p, pledged: hasPledge(lower, p, text.length) });
  }
  return NONE;
}

/**
 * Where the action of a clause at `p` starts past a restricting "Chỉ" ("Chỉ xem xét … khi …":
 * a rule that allows the act only on a condition is a task like the act itself); `p` otherwise.
 */
function restrictedAction(lower: string, p: number): number {
  if (!lower.startsWith("chỉ ", p)) return p;
  return skipSpaces(lower, p + 4);
}

/**
 * A title that names holders of an office in general, with a modal ("Chủ tịch UBND các tỉnh,
 * thành phố và người đứng đầu các bộ … phải chịu trách nhiệm …"): read as a party (its name runs
 * past commas and "và", where a person's mention stops) with the modal as its predicate. Null
 * for any other predicate: a named person's act stays a fact.
 */
function titledModal(text: string, lower: string, at: number): Reading | null {
  if (!startsParty(lower, at)) return null;
  const party = readParty(text, lower, at);
  if (!party) return null;
  const r = readPredicate(text, lower, at, party.end, party);
  return r.type === "modal" ? r : null;
}

const ATTRIBUTION =
  /[”"]\s*,?\s*[-–]?\s*([^”"]{2,100}?)\s+(yêu cầu|chỉ đạo|đề nghị|nhấn mạnh|lưu ý|quán triệt|kết luận|cho biết|cho hay|nói|chia sẻ|nhận định|cho rằng|khẳng định|bày tỏ|khuyến nghị|nêu rõ|thông tin|giao nhiệm vụ)\s*[.!]?\s*$/u;

/** A question: never a directive ("PV: Bộ đặt ra yêu cầu gì …?"). */
const QUESTION_END = /\?[\s”"’»)]*$/u;

/**
 * An interview answer's label at `at`: a person ("Thứ trưởng Lê Văn A") and a colon, then the
 * answer. Null when the colon is followed by a task (the layout "Chủ tịch UBND các huyện: chỉ
 * đạo …" names an addressee, not a speaker).
 */
function answerLabel(
  text: string,
  lower: string,
  at: number,
): { speaker: string; contentAt: number } | null {
  const title = phraseAt(lower, at, TITLES);
  if (!title) return null;
  const end = personEnd(text, lower, at, title);
  const colon = skipSpaces(lower, end);
  if (text[colon] !== ":") return null;
  const content = skipSpaces(lower, colon + 1);
  if (
    content >= text.length ||
    phraseAt(lower, content, ACTION_STARTS) ||
    leadsTask(lower, content)
  )
    return null;
  return { speaker: text.slice(at, end).trim(), contentAt: content };
}

/** True when the quotation closed at `close` opened after `start` (inside the sentence). */
function opensInside(text: string, close: number, start: number): boolean {
  const mark = text[close] === '"' ? '"' : "“";
  return text.lastIndexOf(mark, close - 1) > start;
}

/** Reads a whole sentence; `lower` is `text.toLowerCase()` (a caller that has it passes it). */
export function readSentence(text: string, lower: string = text.toLowerCase()): Reading {
  const start = textStart(text, lower);
  if (QUESTION_END.test(text))
    return keepingIntro(start, reading({ type: "closing", turn: "question" }));
  const label = answerLabel(text, lower, start);
  if (!label) return readFrom(text, lower, start);
  // The answer speaks for the labelled person: "Tôi", "chúng tôi" in it are that person.
  const r = readFrom(text, lower, label.contentAt);
  return { ...r, speaker: r.speaker ?? label.speaker, turn: "answer" };
}

/**
 * "Theo ông X, EVN sẽ …": reported words of a person (not "Theo số liệu …", "Theo Công điện …",
 * which give a source), read after the comma with the person as speaker. Null when the sentence
 * is no such report or the words hold no task or pledge.
 */
function reportedBy(text: string, lower: string, at: number): Reading | null {
  const p = skipSpaces(lower, at);
  const title = phraseAt(lower, p, TITLES);
  if (!title) return null;
  const end = personEnd(text, lower, p, title);
  const comma = skipSpaces(lower, end);
  if (text[comma] !== ",") return null;
  let inner = readClause(text, lower, comma + 1, false);
  if (inner.type === "neutral") inner = afterShortLead(text, lower, comma + 1) ?? inner;
  if (inner.type === "neutral" || inner.type === "closing" || inner.type === "imperative")
    return null;
  return { ...inner, speaker: inner.speaker ?? text.slice(p, end).trim() };
}

/** Longest lead (in characters) read past by `afterShortLead`: a time, not a clause. */
const SHORT_LEAD = 24;

/**
 * The clause with a subject of its own after a short lead that opens at `at` and ends in a comma
 * ("Theo ông X, thời gian tới, Sở sẽ …": the lead is a time or a place, the words are the
 * clause's). Null when the lead is long (a clause of its own) or no subject follows.
 */
function afterShortLead(text: string, lower: string, at: number): Reading | null {
  const comma = text.indexOf(",", at);
  if (comma < 0 || comma - at > SHORT_LEAD) return null;
  const inner = readClause(text, lower, comma + 1, false);
  return inner.subject ? inner : null;
}

/** How many commas a participle's own phrase may hold before the main clause. */
const MAIN_CLAUSE_COMMAS = 4;

/**
 * After a participle that only looks like a task ("Tiếp nhận chỉ đạo của Tổng cục, …", "Trả lời
 * kiến nghị, …"), the clause with a subject of its own after the first comma that a capital
 * follows: a reported fact, a speaker's words or an explicit directive. Null when none follows.
 */
function mainClauseAfter(text: string, lower: string, at: number): Reading | null {
  // The subject is a title or a body's name, capitalized: "…, tổ chức chương trình …" goes on
  // listing tasks (or the participle's object: "Thực hiện Công điện về ứng phó, khắc phục hậu
  // quả …, Bộ A đề nghị …"), so the clause is sought after the first capitalized comma.
  let comma = text.indexOf(",", at);
  for (let n = 0; comma >= 0 && n < MAIN_CLAUSE_COMMAS; n++) {
    if (/\p{Lu}/u.test(text[skipSpaces(lower, comma + 1)] ?? "")) {
      const inner = readClause(text, lower, comma + 1, false);
      if (!inner.subject) return null;
      return inner.speaker || inner.type === "closing" || inner.type === "explicit" ? inner : null;
    }
    comma = text.indexOf(",", comma + 1);
  }
  return null;
}

/** A day or time of day that dates the sentence as an event ("Chiều 16/4, …", "Sáng nay, …"). */
const DATED_EVENT = /^(?:sáng|chiều|tối|trưa|đêm|ngày|hôm) (?:nay|qua|\d{1,2}\/\d{1,2})/u;

/** How far past a sentence the end of its quotation is sought (see `laterSpeaker`). */
const QUOTE_REACH = 400;

/**
 * The speaker of a quotation that opens in a sentence and closes in a later one ("“Chúng tôi cam
 * kết … . Tỉnh sẽ …”, ông X nói."), from the text after the sentence (`rest`): the attribution
 * after the first closing quotation mark, up to the end of its sentence. Null when the sentence
 * holds a whole quotation or none, or the quotation ends with no attribution.
 */
export function laterSpeaker(sentence: string, rest: string): string | null {
  const open = sentence.trimStart();
  if (open.startsWith("“")) {
    if (open.includes("”")) return null;
  } else if (!open.startsWith('"') || open.indexOf('"', 1) >= 0) return null;
  const text = rest.slice(0, QUOTE_REACH);
  const close = text.search(/[”"]/u);
  if (close < 0) return null;
  const stop = text.indexOf(".", close);
  const tail = text.slice(close, stop < 0 ? text.length : stop + 1);
  const found = ATTRIBUTION.exec(tail.toLowerCase());
  if (found?.index !== 0 || !found[1]) return null;
  const speaker = tail.slice(0, found[0].length).replace(/^[”"]\s*,?\s*[-–]?\s*/u, "");
  return speaker.slice(0, speaker.toLowerCase().lastIndexOf(found[2] ?? "")).trim() || null;
}

/** `readSentence` from `start`, where the text proper begins. */
function readFrom(text: string, lower: string, start: number): Reading {
  // A quotation closed by its speaker: "“…”, Phó Thủ tướng nhấn mạnh."
  // An attribution follows a closing quotation mark: without one, no search.
  const found = lower.includes("”") || lower.includes('"') ? ATTRIBUTION.exec(lower) : null;
  // A quotation that opens inside the sentence is a quoted phrase ("trở thành “cánh tay nối
  // dài” của doanh nghiệp … cung cấp thông tin"), not words closed by their speaker.
  const attribution = found && !opensInside(text, found.index, start) ? found : null;
  if (attribution?.[1] && attribution[2]) {
    const speaker = text.slice(attribution.index, attribution.index + attribution[0].length);
    const speakerText = speaker.replace(/^[”"]\s*,?\s*[-–]?\s*/u, "").replace(/\s*[.!]?\s*$/u, "");
    const verbText = attribution[2];
    const speakerName = speakerText.slice(0, speakerText.length - verbText.length).trim();
    const inner = readClause(
      text.slice(0, attribution.index),
      lower.slice(0, attribution.index),
      start,
      true,
    );
    // "“Bộ cam kết …”, Bộ trưởng khẳng định": a quoted pledge counts under any verb of saying;
    // quoted tasks count only when the speaker gives them ("… yêu cầu", "… nhấn mạnh"), and so
    // does an obligation the speaker lays on a party ("“Doanh nghiệp phải …”, Thứ trưởng nói":
    // the extractor keeps it only from a speaker with authority, in a directive's context).
    const pledge = inner.type === "pledge" || (inner.type === "subject-action" && inner.pledged);
    const obligation = inner.type === "modal" && inner.addressee !== null;
    if (!pledge && !obligation && !phraseAt(verbText, 0, DIRECTIVE_ATTRIBUTION))
      return keepingIntro(start, reading({ type: "closing" }));
    if (inner.type === "closing" || inner.type === "neutral") return keepingIntro(start, inner);
    return keepingIntro(start, { ...inner, speaker: speakerName, subject: inner.subject || "" });
  }

  const opener = skipOpeners(text, lower, start);
  const background = phraseAt(lower, opener, BACKGROUND_OPENERS);
  const documentIntro = DOCUMENT_INTRO.test(lower.slice(start));
  if (background && !documentIntro) {
    const reported = background === "theo" ? reportedBy(text, lower, opener + 4) : null;
    return keepingIntro(start, reported ?? reading({ type: "closing" }));
  }

  // Only a sentence with a colon near its start can name an addressee before one.
  const colonAt = text.indexOf(":", opener);
  const listed =
    colonAt >= 0 && colonAt - opener < 160 ? colonAddressee(text, lower, opener) : null;
  if (listed) return keepingIntro(start, listed);
  let r = readClause(text, lower, start, true);
  const intro = phraseAt(lower, opener, INTRO_OPENERS);
  // "Báo cáo tại phiên họp, …", "Thực hiện chỉ đạo của Bộ, …": the intro only looks like a task.
  if (
    r.type === "imperative" &&
    intro &&
    intro.length > (phraseAt(lower, opener, ACTION_STARTS)?.length ?? 0)
  )
    r = NONE;
  if (r.type === "imperative") r = mainClauseAfter(text, lower, opener) ?? r;
  if ((r.type === "neutral" || r.type === "imperative") && (intro || documentIntro)) {
    // "Để …, Thứ trưởng đề nghị …", "Đối với X, Bộ yêu cầu …", "Ngay sau Tết, các cơ quan phải …".
    const found = clauseAfterIntro(text, lower, opener);
    if (found) r = withFrontedAddressee(text, lower, opener, found);
  }
  if (r.type === "neutral") r = scanForVerb(text, lower, start);
  // "Chiều 16/4, Bộ Công Thương tổ chức hội nghị …": a dated event is reported, not assigned.
  if (
    r.type === "subject-action" &&
    !r.pledged &&
    DATED_EVENT.test(lower.slice(opener, opener + 16))
  )
    r = reading({ type: "closing", subject: r.subject, subjectAt: r.subjectAt });
  return startingAt(r, start, documentIntro || r.documentIntro);
}

/**
 * The main clause after an intro that opens at `opener` ("Để …, Thứ trưởng đề nghị …", "Về cơ
 * chế X, Bộ sẽ …"): the first clause after one of its commas that reads as more than a
 * neutral phrase. After a topic ("Đối với X, …") a task word may open it. Null when none does.
 */
function clauseAfterIntro(text: string, lower: string, opener: number): Reading | null {
  const topic = phraseAt(lower, opener, TOPIC_INTROS) !== null;
  let comma = text.indexOf(",", opener);
  let found: Reading | null = null;
  for (let n = 0; comma >= 0 && n < 6; n++) {
    const inner = readClause(text, lower, comma + 1, topic && n === 0);
    if (inner.type !== "neutral") {
      // "Đối với doanh nghiệp sở hữu, vận hành nền tảng, …, Bộ đề nghị …": a task word after
      // the topic's first comma may still belong to the topic; a directive verb further on is
      // the main clause.
      if (found && inner.type !== "explicit") break;
      found = inner;
      if (inner.type !== "imperative") break;
    }
    comma = text.indexOf(",", comma + 1);
  }
  return found;
}

/**
 * What a speaker says after "cho biết," when it opens on an intro ("Bộ trưởng cho biết, về cơ
 * chế X, Bộ sẽ …"): the clause after the intro, when it has a subject of its own (the speaker's
 * words give no bare tasks). Null when the content opens on no intro or holds no such clause.
 */
function saidAfterIntro(text: string, lower: string, content: number): Reading | null {
  if (!phraseAt(lower, content, INTRO_OPENERS)) return null;
  const found = clauseAfterIntro(text, lower, content);
  return found?.subject ? found : null;
}

const ADDRESSEE_INTROS = phrases(["đối với", "riêng đối với", "riêng với", "riêng"]);

/** Intros that front the addressee of the main clause ("Với Bộ Công Thương, Thủ tướng yêu cầu …"). */
const FRONTED_ADDRESSEE = phrases(["đối với", "riêng đối với", "riêng với", "với"]);

/**
 * `r` with the body fronted before the comma as its addressee, when `r` is a directive verb with
 * none after it: "Với Bộ Công Thương, Thủ tướng yêu cầu bảo đảm …" directs the ministry.
 */
function withFrontedAddressee(text: string, lower: string, opener: number, r: Reading): Reading {
  if (r.type !== "explicit" || r.addressee) return r;
  const intro = phraseAt(lower, opener, FRONTED_ADDRESSEE);
  if (!intro) return r;
  const party = readParty(text, lower, skipSpaces(lower, opener + intro.length));
  return party && party.end < r.subjectAt ? { ...r, addressee: party } : r;
}

/**
 * "Đối với Cục Hóa chất: chủ trì …", "Sở Công Thương các tỉnh: hướng dẫn …": an addressee named
 * before a colon, its tasks after it (the layout of directives that list tasks by body).
 */
function colonAddressee(text: string, lower: string, at: number): Reading | null {
  const intro = phraseAt(lower, at, ADDRESSEE_INTROS);
  const p = intro ? skipSpaces(lower, at + intro.length) : at;
  const party = readParty(text, lower, p);
  if (!party) return null;
  const colon = skipSpaces(lower, party.end);
  if (text[colon] !== ":") return null;
  const action = skipSpaces(lower, colon + 1);
  if (!phraseAt(lower, action, ACTION_STARTS) && !leadsTask(lower, action)) return null;
  return reading({
    type: "subject-action",
    subject: party.text,
    subjectAt: p,
    addressee: party,
    actionAt: action,
    pledged: hasPledge(lower, action, text.length),
  });
}

/**
 * Last resort: a directive verb later in the sentence, after a clause of its own ("Thủ tướng vừa
 * ký Công điện số 07, yêu cầu các bộ …"). The subject is the clause before the verb, or the
 * sentence's first person when the verb follows a comma.
 */
function scanForVerb(text: string, lower: string, start: number, serialOnly = false): Reading {
  let afterWord = wordUnitAt(lower, start - 1);
  for (let i = start; i < text.length; i++) {
    // Only syllable starts; each code unit is classified once.
    const word = wordUnitAt(lower, i);
    const startsWord = word && !afterWord;
    afterWord = word;
    if (!startsWord) continue;
    if (phraseAt(lower, i, PROPOSALS) && !NOUN_BEFORE.has(wordBefore(lower, i))) {
      const after = wordAt(
        lower,
        skipSpaces(lower, i + (phraseAt(lower, i, PROPOSALS)?.length ?? 0)),
      );
      if (!NOUN_AFTER.has(after)) return NONE;
    }
    if (!serialOnly && lower.startsWith("quy định", i)) {
      const rule = documentRule(text, lower, i);
      if (rule) return rule;
    }
    const verb = phraseAt(lower, i, DIRECTIVE_VERBS);
    if (!verb || !isVerbal(text, lower, i, verb) || pastBefore(lower, i)) continue;
    // "Huyện có thể giao …" states a power, not a task.
    if (POWER_BEFORE.test(lower.slice(Math.max(0, i - 12), i))) continue;
    const clauseStart = Math.max(
      ...[",", ";", ":", "(", "–"].map((c) => text.lastIndexOf(c, i - 1)),
      start - 1,
    );
    const chunk = text.slice(clauseStart + 1, i).trim();
    if (serialOnly && (chunk || text[clauseStart] !== ",")) continue;
    // "Bộ … sẽ tiếp tục chỉ đạo EVN …" pledges to direct: not a directive of the sentence.
    if (hasPledge(lower, clauseStart + 1, i)) continue;
    let subject = chunk;
    let subjectAt = clauseStart + 1;
    if (!chunk) {
      const lead = skipOpeners(text, lower, start);
      const title = phraseAt(lower, lead, TITLES);
      const party = title ? null : readParty(text, lower, lead);
      if (!title && !party) continue;
      subject = text
        .slice(lead, title ? personEnd(text, lower, lead, title) : (party?.end ?? lead))
        .trim();
      subjectAt = lead;
    } else if (
      !phraseAt(chunk.toLowerCase(), 0, TITLES) &&
      !startsParty(chunk.toLowerCase(), 0) &&
      !namesDocument(chunk.toLowerCase())
    ) {
      continue;
    }
    const a = skipSpaces(lower, i + verb.length);
    const addressee = addresseeAfter(text, lower, a, verb);
    // After a reported action ("Bộ đã yêu cầu …, đôn đốc việc …"), a verb in the list of
    // actions is a task word, not a new instruction: a serial directive names its addressee.
    if (serialOnly && !addressee) continue;
    return reading({
      type: "explicit",
      force: DIRECTIVE_VERB_FORCE[verb] ?? "requested",
      verb,
      subject,
      subjectAt,
      addressee,
      actionAt: actionStart(addressee, a),
    });
  }
  return NONE;
}

/**
 * True when `lower` is a document named as a subject, with at most four words after its head and
 * no verb among them ("kế hoạch", "kế hoạch này", "công điện số 12/CĐ-TTg"): a document's
 * requests are its issuer's.
 */
function namesDocument(lower: string): boolean {
  const doc = phraseAt(lower, 0, DOCUMENTS);
  if (!doc) return false;
  let words = 0;
  for (let i = skipSpaces(lower, doc.length); i < lower.length; i = skipSpaces(lower, i)) {
    if (++words > 4 || anyPhraseAt(lower, i, VERB_LISTS)) return false;
    while (i < lower.length && !isSpaceUnit(lower.charCodeAt(i))) i++;
  }
  return true;
}

/**
 * "Thông tư quy định thương nhân … phải …" with "quy định" at `at`: an issued regulation lays
 * down an obligation of a party, a directive of the document (named right before the verb,
 * capitalized). Null for anything else: the verb's other content ("quy định chi tiết …"), a
 * draft ("dự thảo Nghị định quy định …" proposes, it binds no one yet), a noun ("các quy định").
 */
function documentRule(text: string, lower: string, at: number): Reading | null {
  let doc: string | null = null;
  const end = at - 1;
  for (const d of DOCUMENTS.phrases) {
    const from = end - d.length;
    if (from >= 0 && lower.startsWith(d, from) && phraseAt(lower, from, DOCUMENTS) === d) {
      doc = d;
      break;
    }
  }
  if (!doc || lower[end] !== " ") return null;
  const docAt = end - doc.length;
  if (!/\p{Lu}/u.test(text[docAt] ?? "") || wordBefore(lower, docAt) === "thảo") return null;
  const content = skipSpaces(lower, at + "quy định".length);
  const party = readParty(text, lower, content);
  const modalAt = party ? verbPosition(lower, party.end) : -1;
  const modal = party ? phraseAt(lower, modalAt, MODALS) : null;
  // What the rule binds is a party ("thương nhân …, … phải") or any short noun phrase
  // ("các cửa hàng bán lẻ phải").
  const rule = party && modal ? null : shortSubjectModal(text, lower, content);
  const addressee = party && modal ? party : rule?.addressee;
  const force = modal ? MODAL_FORCE[modal] : rule?.force;
  if (!addressee) return null;
  return reading({
    type: "explicit",
    force: force ?? "must",
    verb: "quy định",
    subject: text.slice(docAt, end),
    subjectAt: docAt,
    addressee,
    actionAt: addressee.end,
  });
}

/** Where the item of a list marker ("1.", "a)", "-") starts in `text`, or -1 without one. */
export function listItemStart(text: string): number {
  const marker = LIST_MARKER.exec(text);
  return marker ? marker[0].length : -1;
}

/**
 * A short subject of any kind with a modal ("Trạm nạp phải có …", "Hồ sơ phải ghi rõ …"): how a
 * regulation's rules read, each about what it regulates. The extractor asks for it only inside
 * a regulation's rules (elsewhere "Giá phải …" is no task). Null when no modal follows the
 * subject (see `shortSubjectModal`) or the subject is a document itself.
 */
export function subjectModal(text: string, lower: string, at: number): Reading | null {
  const p = skipOpeners(text, lower, at);
  if (phraseAt(lower, p, DOCUMENTS)) return null;
  return shortSubjectModal(text, lower, p);
}

/**
 * A noun phrase of at most six words at `p` followed by a modal (see `subjectModal`), or by a past
 * verb with an obligation coordinated after it ("Các cơ sở đã được cấp phép … nhưng phải …").
 * Its words may be verbs of activity ("cửa hàng bán lẻ", "cơ sở kinh doanh"); a pledge or a
 * punctuation mark ends it.
 */
function shortSubjectModal(text: string, lower: string, p: number): Reading | null {
  let i = p;
  for (let words = 0; words < 7 && i < text.length; words++) {
    const w = wordAt(lower, i);
    if (!w) return null;
    if (words > 0) {
      const later = PAST_MARKERS.has(w) ? coordinatedFuture(lower, i, clauseEndFrom(lower, i)) : -1;
      const at = later >= 0 ? later : i;
      const modal = phraseAt(lower, at, MODALS);
      if (modal) {
        const subject = text.slice(p, i).trim();
        return reading({
          type: "modal",
          force: MODAL_FORCE[modal] ?? "must",
          subject,
          subjectAt: p,
          addressee: { start: p, end: p + subject.length, text: subject },
          actionAt: at,
        });
      }
      if (PAST_MARKERS.has(w) || phraseAt(lower, i, PLEDGES)) return null;
    }
    i += w.length;
    if (lower[i] !== " ") return null;
    i = skipSpaces(lower, i);
  }
  return null;
}

/**
 * Offsets (after the ":" or a ";") where the items of a list of tasks inside one sentence begin,
 * each a task of its own for the same addressees. The list is opened by a colon after a
 * directive verb ("Thứ trưởng đề nghị các Sở …: rà soát …; tăng cường …; phối hợp …": the colon
 * and each ";" open an item) or after an addressee ("Bộ A: Chủ trì …; đẩy mạnh …; chỉ đạo …":
 * the first item is the addressee's sentence, each ";" opens another). An item opens only where
 * a task verb, a manner word or a directive verb starts it. [] for a sentence without a ";"
 * after its colon, and for a ";" list after any other colon ("Bộ cho biết: …; …" lists facts).
 */
export function listItemCuts(text: string, lower: string): number[] {
  // Cheap gate: most sentences hold no colon followed by a ";".
  const colon = text.indexOf(":");
  if (colon < 0 || text.indexOf(";", colon) < 0) return [];
  const p = skipOpeners(text, lower, textStart(text, lower));
  const byAddressee = colonAddressee(text, lower, p) !== null;
  if (!byAddressee && !opensWithDirective(text, lower, colon)) return [];
  const cuts: number[] = [];
  if (!byAddressee && opensTask(text, lower, colon + 1)) cuts.push(colon + 1);
  for (let i = text.indexOf(";", colon); i >= 0; i = text.indexOf(";", i + 1)) {
    if (opensTask(text, lower, i + 1)) cuts.push(i + 1);
  }
  return cuts;
}

/** True when `text` before `end` reads as an explicit directive ("Bộ trưởng giao Sở A …"). */
function opensWithDirective(text: string, lower: string, end: number): boolean {
  return readSentence(text.slice(0, end), lower.slice(0, end)).type === "explicit";
}

/** True when the clause at `at` starts with a task: an imperative, or a directive verb alone. */
function opensTask(text: string, lower: string, at: number): boolean {
  const r = readClause(text, lower, at, true);
  return r.type === "imperative" || (r.type === "explicit" && !r.subject);
}

/**
 * Offsets (after the ";") where a clause of the sentence gives a task of its own: "… giao Sở A
 * …; giao Sở B …; đề nghị C …". A clause opens one when it starts with a directive verb and its
 * addressee, and either names its own issuer or continues a sentence that opened with the
 * issuer's directive verb (after "Bộ A chủ trì …; chỉ đạo cơ quan B …", the elided subject is
 * the body given the task, and directing B is part of its task). After an opening directive
 * verb, a clause that starts with another body and its task or modal is that body's task under
 * the same verb ("Thủ tướng giao Bộ A …; Bộ B phối hợp với … khắc phục …").
 */
export function clauseStarts(text: string, lower: string): number[] {
  const firstSemicolon = text.indexOf(";");
  if (firstSemicolon < 0) return [];
  const starts: number[] = [];
  // Whether the sentence opened with the issuer's directive verb: read once, when first needed.
  let opened: boolean | null = null;
  const opensWithVerb = () => {
    opened ??= opensWithDirective(text, lower, firstSemicolon);
    return opened;
  };
  for (let i = firstSemicolon; i >= 0; i = text.indexOf(";", i + 1)) {
    const r = readClause(text, lower, i + 1, false);
    const bodyTask =
      (r.type === "subject-action" || r.type === "modal") &&
      r.addressee !== null &&
      /\p{Lu}/u.test(text[r.addressee.start] ?? "");
    const ownTask = r.type === "explicit" && r.addressee !== null;
    // A clause naming its own issuer stands alone; the others need the opening directive verb.
    if ((bodyTask || (ownTask && !r.subject)) && !opensWithVerb()) continue;
    if (bodyTask || ownTask) starts.push(i + 1);
  }
  return starts;
}

/**
 * An authority's words that announce the points following under numbered sections ("… kết luận
 * một số nội dung sau.", "… chỉ đạo các nhiệm vụ như sau"): the words are an attribution verb
 * with a plural noun of content and "sau", ending the sentence. A notice of conclusions is laid
 * out so: each section's tasks are the authority's, with no issuer of their own.
 */
const ANNOUNCES_SECTIONS =
  /(?:^|\s)(?:yêu cầu|chỉ đạo|đề nghị|nhấn mạnh|quán triệt|kết luận|giao)\s+(?:một số\s+|các\s+|những\s+)?(?:nội dung|vấn đề|nhiệm vụ|ý kiến|điểm)(?:\s+chủ yếu|\s+chính)?\s+(?:như\s+)?sau\s*[.:]?\s*$/u;

export function announcesSections(lower: string): boolean {
  // Every form ends in "sau" (and a stop): most sentences are ruled out without a regex search.
  return lower.includes("sau") && ANNOUNCES_SECTIONS.test(lower);
}

/** A heading numbered as a section of a document ("1. Về …", "II. …", "3) …"). */
export function isNumberedHeading(text: string): boolean {
  return /^\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)]\s+\S/u.test(text);
}
