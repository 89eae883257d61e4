/**
 * Directive extraction: the tasks an authority gives (`directive`) and its own pledges
 * (`commitment`), sentence by sentence, with the context of earlier sentences. Once an authority
 * has directed someone ("Thứ trưởng đề nghị các địa phương …"), the subjectless imperatives that
 * follow ("Chủ động …", "Thứ hai, …") are tasks for the same addressees, until the topic changes
 * (a sub-head, a past fact, a new speaker, an opinion or a proposal). Pure.
 */
import { boundedMemo } from "../memo";
import { splitSentences } from "../sentences";
import type {
  ArticleInput,
  CitationMatch,
  DateMatch,
  Directive,
  DirectiveForce,
  DirectiveKind,
  Party,
  TermMatch,
  TextBlock,
} from "../types";
import { findDeadline } from "./deadline";
import { glossDirective } from "./gloss";
import {
  glossParty,
  isSelfReference,
  type PhraseSpan,
  rankOf,
  splitParties,
  startsParty,
} from "./parties";
import { PeopleIndex, type Person, peopleFromTerms, readPeople, TITLES } from "./people";
import {
  announcesSections,
  clauseStarts,
  isJointSubject,
  isNumberedHeading,
  laterSpeaker,
  listItemCuts,
  listItemStart,
  type Reading,
  readSentence,
  subjectModal,
  textStart,
} from "./reading";
import { BlockSpans } from "./spans";
import { DOCUMENTS, MODAL_FORCE, MODALS } from "./verbs";
import { collapse, isSpaceUnit, phraseAt, skipSpaces, sliceableLower, wordAt } from "./words";

export interface DirectiveContext {
  readonly terms: readonly TermMatch[];
  readonly citations: readonly CitationMatch[];
  readonly dates: readonly DateMatch[];
}

/** What is in force after a directive: who gave it, to whom, and how strongly. */
interface Frame {
  readonly issuer: Party | null;
  readonly issuerRank: number;
  /** Key of the issuer's own body ("bộ công thương", "chính phủ"): its tasks are commitments. */
  readonly ownKey: string | null;
  readonly addressees: readonly Party[];
  readonly force: DirectiveForce;
  readonly kind: DirectiveKind;
}

const BLOCK_ORDER = 1_000_000;

/** An issuer with authority, as remembered by the extractor (see `Extractor.authority`). */
interface Authority {
  readonly party: Party;
  readonly rank: number;
  readonly ownKey: string | null;
}

/**
 * Rank of a document whose issuer the article has not named: plans, dispatches and directives
 * are issued by agencies and above, so a request in one goes down to whom it names.
 */
const DOCUMENT_RANK = 2;

/**
 * True when `text` names no body of its own: no capitalized word after the first and no acronym
 * ("các doanh nghiệp", "Tập đoàn"; not "Công ty Cổ phần A", "EVN").
 */
function isCommonNoun(text: string): boolean {
  return !/\s\S*\p{Lu}|^\p{Lu}{2}/u.test(text);
}

/**
 * Comparable key of a body's name: lower case, abbreviations unified, no brackets (remembered by
 * text: bodies recur through an article).
 */
const bodyKey = boundedMemo(bodyKeyOf, 1024);

function bodyKeyOf(text: string): string {
  return collapse(
    text
      .toLowerCase()
      .replace(/\([^)]*\)/g, " ")
      .replace(/quản lý thị trường/g, "qltt")
      .replace(/[uủ]ỷ? ?ban nhân dân|uỷ ban nhân dân|ủy ban nhân dân/g, "ubnd")
      .replace(/^(các|những)\s+/u, ""),
  );
}

/** The issuer's own body, whose tasks the issuer pledges rather than assigns. */
function ownBodyKey(issuerText: string): string | null {
  const lower = issuerText.toLowerCase();
  if (/thủ tướng|chính phủ/u.test(lower)) return "chính phủ";
  const body = /(bộ|ubnd|ủy ban nhân dân|tổng cục|chi cục|cục|sở)\s[^,;]*/u.exec(lower);
  if (body) return bodyKey(body[0]);
  if (/bộ trưởng|thứ trưởng/u.test(lower)) return "bộ";
  return bodyKey(lower);
}

function sameBody(ownKey: string | null, text: string): boolean {
  if (!ownKey) return false;
  const key = bodyKey(text);
  if (key.length < 2) return false;
  if (ownKey === "bộ") return key.startsWith("bộ ") || key === "bộ";
  return key.startsWith(ownKey) || ownKey.startsWith(key);
}

/** A photo caption left in the text: "… Ảnh: Internet", "(Ảnh: VGP/…)", or followed by a credit. */
function isCaption(text: string, next: string | undefined): boolean {
  // Every caption form holds "Ảnh": most sentences are ruled out without a regex search.
  if (
    text.includes("Ảnh") &&
    /\(Ảnh\s*[:：]|Ảnh\s*:\s*[^.]{0,40}\.?$|Ảnh minh họa\.?$|Ảnh minh hoạ\.?$/u.test(text)
  )
    return true;
  return next !== undefined && /^Ảnh\s*:/u.test(next);
}

/** Everything the extractor needs about the article as it reads. */
/** The fullest mentions of one named person (see `Extractor.issuerParty`). */
interface NameMentions {
  /** The first mention with a real title (not "ông", "bà", "đồng chí"). */
  readonly titled: Person | undefined;
  /** The first of the longest mentions. */
  readonly fuller: Person | undefined;
}

/** A body just set up by a reported act ("… ký Quyết định thành lập Đoàn kiểm tra …"). */
interface Establishment {
  /** The body's name as written after "thành lập", lower case. */
  readonly name: string;
  /** Who set it up: the subject of the sentence. */
  readonly by: string;
}

/** Words that end the name of a body after "thành lập" ("Đoàn kiểm tra do Cục trưởng … làm"). */
const NAME_ENDERS = new Set(["do", "gồm", "với", "để", "nhằm", "có", "tại", "thuộc", "trực", "và"]);

/** The name after "thành lập" at `at` (lower case, up to six words), or "" when none. */
function establishedName(lower: string, at: number): string {
  let i = at;
  let end = at;
  for (let n = 0; n < 6; n++) {
    const w = wordAt(lower, i);
    if (!w || NAME_ENDERS.has(w) || (n === 0 && /^\d/u.test(w))) break;
    end = i + w.length;
    if (lower[end] !== " ") break;
    i = skipSpaces(lower, end);
  }
  return lower.slice(at, end);
}

/**
 * True when the frame's issuer is a document ("Thông tư quy định …", "Công điện yêu cầu …"): its
 * content is told sentence by sentence, and each rule names what it regulates ("Trạm nạp phải
 * …").
 */
function isRegulation(frame: Frame | null): boolean {
  const issuer = frame?.issuer?.text;
  return issuer !== undefined && phraseAt(issuer.toLowerCase(), 0, DOCUMENTS) !== null;
}

/** Longest phrase `splitParties` looks up after a comma or "và" (plus the character after it). */
const PARTY_LOOKAHEAD = 24;

/**
 * End (block offset) of the text that reading the parties of `span` looks at, for a sentence at
 * `sentenceStart`: past the phrase, the spaces and the short phrases read after a last comma or
 * "và", then to the next space (so lower-casing the cut text gives the same letters as
 * lower-casing the whole rest of the block).
 */
function partyWindowEnd(text: string, sentenceStart: number, spanEnd: number): number {
  const skip = (from: number) => {
    let i = from;
    while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
    return i;
  };
  let end = skip(sentenceStart + spanEnd + 3) + PARTY_LOOKAHEAD;
  end = skip(end) + PARTY_LOOKAHEAD;
  while (end < text.length && !isSpaceUnit(text.charCodeAt(end))) end++;
  return Math.min(end, text.length);
}

class Extractor {
  private frame: Frame | null = null;
  /** Who answers in an interview, from the answer's label, until the next question. */
  private answerer: string | null = null;
  /**
   * The person interviewed, when questions stand as paragraphs of their own and the answers
   * carry no label: the person named last before the first question (the lead introduces
   * whom the reporter talks to). Undefined until a question is read.
   */
  private interviewee: string | null | undefined;
  private readonly people: PeopleIndex;
  private readonly nameMentions = new Map<string, NameMentions>();
  private readonly lowers = new Map<TextBlock, { text: string; lower: string | null }>();
  private readonly terms: BlockSpans<TermMatch>;
  private readonly citations: BlockSpans<CitationMatch>;
  private readonly dates: BlockSpans<DateMatch>;
  /**
   * Keys of the bodies given a task by name so far (see `bodyKey`): a business's pledge answers
   * the authority that directed it, though businesses pledge nothing in news of their own plans.
   */
  private readonly directed = new Set<string>();
  /** The body set up by the sentence just read, whose mandate may follow. */
  private established: Establishment | null = null;
  /** True while the frame in force was opened by a sentence ending in a colon: a list follows. */
  private listOpen = false;
  /**
   * The frame of an authority's announcement of numbered sections ("Thứ trưởng kết luận một số
   * nội dung sau."): each numbered heading puts it back in force, whatever the previous section
   * left (a fact, a proposal), since the sections are all the authority's points.
   */
  private notice: Frame | null = null;
  /**
   * The body that issued the document the article reports ("Bộ A vừa ban hành Quyết định …"):
   * before any authority has given a task, the document's tasks for another body are given by it.
   */
  private publisher: Authority | null = null;
  /**
   * The latest authority (rank 1 and above) that gave a task in the article: the issuer of the
   * documents it reports ("kế hoạch đề nghị …"), and the body its short name stands for ("Văn
   * phòng Điều phối sẽ …" after "Văn phòng Điều phối … tỉnh yêu cầu …").
   */
  private authority: Authority | null = null;
  readonly out: Directive[] = [];

  constructor(
    private readonly input: ArticleInput,
    context: DirectiveContext,
  ) {
    this.people = new PeopleIndex(
      [
        ...peopleFromTerms(context.terms, (t) => t.block * BLOCK_ORDER + t.start),
        ...input.blocks.flatMap((b) =>
          readPeople(b.text, b.index * BLOCK_ORDER, this.lowerOf(b) ?? b.text.toLowerCase()),
        ),
      ].sort((a, b) => a.order - b.order),
    );
    this.terms = new BlockSpans(context.terms);
    this.citations = new BlockSpans(context.citations);
    this.dates = new BlockSpans(context.dates);
  }

  /**
   * The lower case of a block's text when its slices are those of its sentences (see
   * `sliceableLower`), else null; computed once per block, as people and sentences are read.
   */
  private lowerOf(block: TextBlock): string | null {
    const known = this.lowers.get(block);
    if (known && known.text === block.text) return known.lower;
    const lower = sliceableLower(block.text);
    this.lowers.set(block, { text: block.text, lower });
    return lower;
  }

  /** The titled and the fullest mention of a person's name (computed once per name). */
  private mentionsOf(name: string): NameMentions {
    let found = this.nameMentions.get(name);
    if (!found) {
      const same = this.people.named(name);
      found = {
        titled: same.find((p) => !["ông", "bà", "đồng chí"].includes(p.title)),
        fuller: same.reduce<Person | undefined>(
          (best, p) => (!best || p.text.length > best.text.length ? p : best),
          undefined,
        ),
      };
      this.nameMentions.set(name, found);
    }
    return found;
  }

  /** Party for a subject or speaker as written; bare titles resolve to the person named earlier. */
  private issuerParty(
    text: string,
    order: number,
  ): { party: Party; rank: number; ownKey: string | null } {
    // "Kết luận cuộc họp, Phó Thủ tướng": the issuer is the first chunk that names someone.
    const chunks = collapse(text).split(/,\s*/u);
    const mention =
      chunks.find((c) => {
        const lowerChunk = c.toLowerCase();
        return Boolean(phraseAt(lowerChunk, 0, TITLES)) || startsParty(lowerChunk, 0);
      }) ?? collapse(text);
    const lower = mention.toLowerCase();
    if (phraseAt(lower, 0, TITLES)) {
      const named = readPeople(mention, 0)[0];
      const person = named?.name ? named : this.people.resolve(mention, order);
      // The fullest mention of the same person gives the title and the body ("Thứ trưởng Bộ …").
      const same = person?.name ? this.mentionsOf(person.name) : null;
      const titled = same?.titled ?? person;
      const fuller = same?.fuller;
      const full = person?.text ?? mention;
      const rankText = `${titled?.title ?? ""} ${fuller?.text ?? full}`;
      // A title written after the name, with its body, that holds no authority ("ông X, Phó
      // Chủ tịch Hiệp hội …"): the person speaks for members, whatever the title.
      const role = titled?.role ?? fuller?.role ?? person?.role;
      const noAuthority = role !== undefined && rankOf(role) === 0;
      return {
        party: { text: full, en: titled?.en ?? mention },
        rank: noAuthority
          ? 0
          : Math.max(
              rankOf(rankText),
              person || /^(ông|bà)\s/u.test(lower) ? rankOf(rankText) : 2.5,
            ),
        ownKey: ownBodyKey(rankText),
      };
    }
    const span: PhraseSpan = { start: 0, end: mention.length, text: mention };
    const party = { text: mention, en: glossParty(span, [], 0) };
    if (phraseAt(lower, 0, DOCUMENTS)) {
      // A document speaks for the authority that issued it.
      return {
        party,
        rank: this.authority?.rank ?? DOCUMENT_RANK,
        ownKey: this.authority?.ownKey ?? null,
      };
    }
    return { party, rank: this.rankOfSubject(mention), ownKey: ownBodyKey(mention) };
  }

  /**
   * Rank of a body named as a subject: its own (see `rankOf`), or, for a name of unknown rank
   * that is the short form of the article's authority ("Văn phòng Điều phối"), the authority's.
   */
  private rankOfSubject(text: string): number {
    const authority = this.authority;
    // The sides of a meeting include the article's authority: their agreement binds it.
    if (authority && isJointSubject(text)) return authority.rank;
    const rank = rankOf(text);
    if (rank !== 0.5 || !authority) return rank;
    return sameBody(authority.ownKey, text) ? authority.rank : rank;
  }

  /** Remembers the issuer of a directive as the article's authority (see `authority`). */
  private noteAuthority(frame: Frame): void {
    const issuer = frame.issuer;
    if (!issuer || frame.issuerRank < 1) return;
    if (phraseAt(issuer.text.toLowerCase(), 0, DOCUMENTS)) return;
    this.authority = { party: issuer, rank: frame.issuerRank, ownKey: frame.ownKey };
  }

  /**
   * The reading with its addressee widened to a recognized institution that starts inside it and
   * runs past it: "Bộ Giáo dục và Đào tạo" is read up to "Đào" (the lower-case "tạo" looks like
   * a verb), and the term matcher knows the whole name.
   */
  private widenToTerm(r: Reading, block: TextBlock, start: number): Reading {
    const a = r.addressee;
    if (!a) return r;
    let end = a.end;
    for (const t of this.terms.within(block.index, start + a.start, start + a.end + 40)) {
      if (t.category === "institution" && t.start < start + a.end && t.end > start + end)
        end = t.end - start;
    }
    if (end === a.end) return r;
    const addressee = {
      start: a.start,
      end,
      text: collapse(block.text.slice(start + a.start, start + end)),
    };
    // The action began inside the name ("tạo tiếp tục …"): it begins after it.
    const inside = r.actionAt >= a.end && r.actionAt < end;
    return { ...r, addressee, actionAt: inside ? end : r.actionAt };
  }

  /**
   * True when `text` (a subject, or a speaker's fullest mention with its title and body) names a
   * body given a task earlier in the article.
   */
  private wasDirected(text: string): boolean {
    if (this.directed.size === 0) return false;
    const key = bodyKey(text);
    if (key.length < 2) return false;
    for (const d of this.directed) if (d.startsWith(key) || key.includes(d)) return true;
    return false;
  }

  /**
   * True when a business's pledge answers the authority that gave it a task by name: the body
   * pledges itself ("Công ty A cam kết …"), or its head pledges for it, in the first person
   * ("“Chúng tôi sẽ …”, ông X nói") or by the body's common noun with no name of its own ("Chủ
   * tịch Tập đoàn A khẳng định, Tập đoàn cam kết …": the speaker's title names the body).
   */
  private answersAuthority(
    subject: string,
    speaker: string | null,
    self: boolean,
    order: number,
  ): boolean {
    if (!self && this.wasDirected(subject)) return true;
    if (!speaker || !(self || isCommonNoun(subject))) return false;
    return this.wasDirected(this.speakerMention(speaker, order));
  }

  /**
   * The fullest mention of a speaker with the title and body written after the name ("Ông
   * Nguyễn Văn A giám đốc công ty …"), for finding the body the speaker speaks for.
   */
  private speakerMention(speaker: string, order: number): string {
    const person = readPeople(speaker, 0)[0] ?? this.people.resolve(speaker, order);
    const same = person?.name ? this.mentionsOf(person.name) : undefined;
    const role = person?.role ?? same?.titled?.role ?? same?.fuller?.role ?? "";
    return `${same?.fuller?.text ?? person?.text ?? speaker} ${role}`;
  }

  /**
   * True when a body named as the subject of a directive verb is carrying out a task of the
   * directive in force: the body is not a person, not the issuer's own body, and ranks below the
   * issuer (businesses and state groups rank 0).
   */
  private carriesOut(frame: Frame, subject: string, rank: number): boolean {
    if (frame.kind !== "directive" || frame.issuerRank <= rank) return false;
    const lower = subject.toLowerCase();
    if (phraseAt(lower, 0, TITLES) || !startsParty(lower, 0)) return false;
    return !sameBody(frame.ownKey, subject);
  }

  private parties(span: PhraseSpan, block: TextBlock, sentenceStart: number): Party[] {
    // Only the text the phrase reading can reach, not the whole rest of the block: copying and
    // lower-casing that for every sentence made long paragraphs quadratic.
    const windowEnd = partyWindowEnd(block.text, sentenceStart, span.end);
    let text = block.text.slice(sentenceStart, windowEnd);
    // The block's own lower case, when its slices are those of the window, spares lower-casing
    // the window again for every directive.
    const blockLower = this.lowerOf(block);
    let lower = blockLower?.slice(sentenceStart, windowEnd) ?? text.toLowerCase();
    if (lower.length !== text.length) {
      // Lower-casing that changes lengths ("İ") shifts offsets: read the whole rest instead.
      text = block.text.slice(sentenceStart);
      lower = text.toLowerCase();
    }
    // Only the terms `glossParty` keeps (inside the party), found by binary search.
    return splitParties(span, text, lower).map((p) => ({
      text: p.text,
      en: glossParty(
        p,
        this.terms.within(block.index, sentenceStart + p.start, sentenceStart + p.end + 1),
        sentenceStart,
      ),
    }));
  }

  /**
   * A task in a sentence with no verb of its own kind, read from the structure around it (a
   * neutral reading otherwise): the mandate of a body just set up ("Đoàn kiểm tra có nhiệm vụ
   * …", with a frame of its establisher), a rule of a regulation in force ("Trạm nạp phải …"), or
   * an item of a list of tasks opened by a colon, on its own paragraph, whatever verb begins it
   * ("2. Xác thực danh tính …").
   */
  private unmarkedTask(
    sentence: string,
    lower: string,
    r: Reading,
    established: Establishment | null,
    start: number,
    order: number,
  ): Reading {
    if (established) {
      const p = textStart(sentence, lower);
      const after = p + established.name.length;
      const modal = lower.startsWith(established.name, p)
        ? phraseAt(lower, skipSpaces(lower, after), MODALS)
        : null;
      if (modal) {
        const by = this.issuerParty(established.by, order);
        this.frame = {
          issuer: by.party,
          issuerRank: by.rank,
          ownKey: by.ownKey,
          addressees: [],
          force: "tasked",
          kind: "directive",
        };
        const text = sentence.slice(p, after);
        return {
          ...r,
          type: "modal",
          force: MODAL_FORCE[modal] ?? "tasked",
          subject: text,
          subjectAt: p,
          addressee: { start: p, end: after, text },
          actionAt: skipSpaces(lower, after),
        };
      }
    }
    if (isRegulation(this.frame)) return subjectModal(sentence, lower, r.spanStart) ?? r;
    if (this.listOpen && start === 0) {
      const item = listItemStart(sentence);
      if (item >= 0 && /\p{Lu}/u.test(sentence[item] ?? "") && !sentence.includes(":"))
        return { ...r, type: "imperative", actionAt: item, spanStart: item };
    }
    return r;
  }

  /**
   * The frame of a sentence that reports a document's content with a body as subject ("Theo kế
   * hoạch, Cục A kiểm tra …", "Trong kế hoạch, Sở B sẽ …"): a pledge is the body's own, and so
   * is any task while the article has named no authority (the body is taken to be the
   * document's issuer: "Cục A vừa ban hành Kế hoạch … Trong Kế hoạch này, Cục A tập trung …").
   * Once an authority has given tasks, the task is given to the body by the document, i.e. by
   * that authority (its own body's tasks then read as commitments).
   */
  private documentFrame(r: Reading, subject: string, order: number): Frame {
    const publisher = this.publisher;
    const other = publisher && !sameBody(publisher.ownKey, subject) ? publisher : null;
    const authority = this.authority ?? other;
    if (r.type === "pledge" || r.pledged || !authority) {
      const body = this.issuerParty(subject, order);
      return {
        issuer: body.party,
        issuerRank: body.rank,
        ownKey: body.ownKey,
        addressees: [],
        force: "pledged",
        kind: "commitment",
      };
    }
    return {
      issuer: authority.party,
      issuerRank: authority.rank,
      ownKey: authority.ownKey,
      addressees: [],
      force: "tasked",
      kind: "directive",
    };
  }

  /**
   * Who answers the question at [start, end) of `block`: the interviewee when the question is a
   * paragraph of its own (an interview's layout; the answers that follow speak for that person,
   * their "chúng tôi" is the person's body), else nobody until an answer's label names one.
   */
  private questionAnswerer(
    block: TextBlock,
    start: number,
    end: number,
    order: number,
  ): string | null {
    if (start !== 0 || block.text.slice(end).trim() !== "") return null;
    if (this.interviewee === undefined)
      this.interviewee = this.people.latestNamed(order)?.text ?? null;
    return this.interviewee;
  }

  /** Remembers the body a reported act sets up ("… thành lập Đoàn kiểm tra do …"). */
  private noteEstablishment(lower: string, by: string): void {
    const at = lower.indexOf("thành lập ");
    if (at < 0) return;
    const name = establishedName(lower, at + "thành lập ".length);
    if (name) this.established = { name, by };
  }

  /** Applies one sentence's reading: updates the frame and emits a directive when there is one. */
  read(block: TextBlock, start: number, end: number, emit: boolean): void {
    const sentence = block.text.slice(start, end);
    const blockLower = this.lowerOf(block);
    const lower = blockLower?.slice(start, end) ?? sentence.toLowerCase();
    let r = this.widenToTerm(readSentence(sentence, lower), block, start);
    const established = this.established;
    this.established = null;
    const order = block.index * BLOCK_ORDER + start;
    if (r.type === "neutral") r = this.unmarkedTask(sentence, lower, r, established, start, order);
    if (r.type === "closing" && r.subject) {
      this.noteEstablishment(lower, r.subject);
      this.notePublisher(lower, r.subject, order + r.subjectAt);
    }
    if (r.turn === "question") this.answerer = this.questionAnswerer(block, start, end, order);
    if (r.turn === "answer") this.answerer = r.speaker;
    // "Tôi", "chúng tôi" stand for the speaker: the quotation's, else the interview's answerer.
    const self = isSelfReference(r.subject);
    if (self) {
      // A quotation may run on over several sentences before its attribution.
      const speaker = r.speaker ?? this.answerer ?? laterSpeaker(sentence, block.text.slice(end));
      if (!speaker) return;
      r = { ...r, subject: speaker, speaker };
    }
    if (r.subject && announcesSections(lower)) this.noteNotice(r.subject, order + r.subjectAt);
    const frame = this.frame;
    const speakerFrame = (): Frame | null => {
      if (!r.speaker) return null;
      const s = this.issuerParty(r.speaker, order + r.subjectAt);
      return {
        issuer: s.party,
        issuerRank: s.rank,
        ownKey: s.ownKey,
        addressees: [],
        force: "requested",
        kind: "directive",
      };
    };
    switch (r.type) {
      case "closing":
        this.frame = null;
        return;
      case "neutral":
        return;
      case "explicit": {
        const who = r.subject || r.speaker;
        const ctx = who ? null : frame;
        if (!who && !ctx) return;
        const issuer = who ? this.issuerParty(who, order + r.subjectAt) : null;
        if (frame && issuer && r.subject && this.carriesOut(frame, r.subject, issuer.rank)) {
          // In a list of tasks ("Phó Thủ tướng chỉ đạo: - EVN chỉ đạo các tổng công ty …"), a
          // body below the issuer that directs others is itself given the task.
          const subject: PhraseSpan = {
            start: r.subjectAt,
            end: r.subjectAt + r.subject.length,
            text: r.subject,
          };
          const addressees = this.parties(subject, block, start);
          const next: Frame = { ...frame, addressees, kind: "directive" };
          this.frame = next;
          const force = frame.kind === "directive" ? frame.force : "tasked";
          const verbAt = r.subjectAt + r.subject.length;
          if (emit)
            this.emit(block, start, end, { ...r, actionAt: verbAt }, next, "directive", force);
          return;
        }
        const rank = issuer?.rank ?? ctx?.issuerRank ?? 0.5;
        if (rank === 0) {
          this.frame = null;
          return;
        }
        const addressees = r.addressee
          ? this.parties(r.addressee, block, start)
          : (frame?.addressees ?? []);
        if (r.verb === "đề nghị" && r.addressee && rankOf(r.addressee.text) > rank) {
          // A request going up (to the Government, a ministry) is a proposal.
          this.frame = null;
          return;
        }
        const next: Frame = {
          issuer: issuer?.party ?? ctx?.issuer ?? null,
          issuerRank: rank,
          ownKey: issuer?.ownKey ?? ctx?.ownKey ?? null,
          addressees,
          force: r.force ?? "requested",
          kind: "directive",
        };
        this.frame = next;
        // "Thủ tướng Chính phủ yêu cầu:" only opens a list: its tasks are the items that follow.
        const bare = !r.addressee && /^[\s:.,;–-]*$/u.test(sentence.slice(r.actionAt));
        if (emit && !bare) this.emit(block, start, end, r, next, "directive", next.force);
        return;
      }
      case "modal":
      case "pledge":
      case "subject-action": {
        const said = self ? speakerFrame() : null;
        const speakerRank = r.speaker ? (said ?? speakerFrame())?.issuerRank : undefined;
        // A first-person subject is the speaker, who pledges or acts for the speaker's body.
        const subject = self ? null : r.addressee;
        const subjectText = self ? r.subject : (subject?.text ?? r.subject);
        const subjectRank = said ? said.issuerRank : this.rankOfSubject(subjectText);
        let ctx = frame ?? speakerFrame();
        const pledge = r.type === "pledge" || r.pledged;
        // A body's pledge reported by whoever speaks for it ("“EVN cam kết …”, ông X khẳng
        // định"; "ông Y cho biết, đơn vị sẽ …"): businesses (rank 0) pledge nothing here.
        const reportedPledge =
          pledge && r.speaker !== null && subjectRank > 0 && (!said || subjectRank >= 1);
        // A business given a task earlier that pledges, or whose head pledges for it ("Công ty
        // cam kết …", "“Chúng tôi sẽ …”, ông X nói"): an answer to the authority.
        const answering =
          pledge &&
          subjectRank < 1 &&
          this.answersAuthority(subjectText, r.speaker, said !== null, order + r.subjectAt);
        // A business's own pledge told by a speaker, the business given no task by name: news of
        // the business, whatever the speaker's title (a group's "Chủ tịch" ranks as an official's
        // by the word), never a task of the directive in force.
        const businessPledge = r.type === "pledge" && subjectRank === 0;
        if (
          r.speaker &&
          ctx &&
          (ctx.issuerRank < 1 ||
            (speakerRank !== undefined && speakerRank < 1) ||
            businessPledge) &&
          !reportedPledge &&
          !answering
        ) {
          // Quoted words of someone with no known authority (an expert, a business): an opinion.
          this.frame = null;
          return;
        }
        if (!ctx && r.documentIntro && subject) ctx = this.documentFrame(r, subject.text, order);
        const authority = subjectRank >= 1 || reportedPledge || answering;
        if (r.type === "pledge" && !authority && !ctx) return;
        if (r.type === "modal" && !ctx && !authority) return;
        if (r.type === "subject-action" && !ctx && !(r.pledged && authority)) return;
        const own = ctx ? sameBody(ctx.ownKey, subjectText) : false;
        const commitment =
          (pledge || own) &&
          authority &&
          (own || !ctx || r.type === "pledge" || reportedPledge || answering);
        const addressees = said?.issuer
          ? [said.issuer]
          : subject
            ? this.parties(subject, block, start)
            : (ctx?.addressees ?? []);
        const kind: DirectiveKind = commitment ? "commitment" : "directive";
        const force: DirectiveForce = commitment
          ? "pledged"
          : r.type === "modal"
            ? (r.force ?? "must")
            : ctx?.kind === "directive"
              ? ctx.force
              : "tasked";
        // A reported pledge is given by its speaker, whoever directed before ("“EVN cam kết …”,
        // ông X khẳng định" after the ministry's tasks).
        const speaking = commitment && reportedPledge ? (said ?? speakerFrame())?.issuer : null;
        // The same person as the directive in force keeps that mention (the fuller one).
        const pledgedBy = speaking && speaking.en !== ctx?.issuer?.en ? speaking : null;
        const issuer =
          pledgedBy ?? ctx?.issuer ?? (commitment && subject ? (addressees[0] ?? null) : null);
        const next: Frame = {
          issuer,
          issuerRank: ctx?.issuerRank ?? rankOf(subjectText),
          ownKey: ctx?.ownKey ?? (commitment ? bodyKey(subjectText) : null),
          addressees,
          force: ctx?.kind === "directive" && !commitment ? ctx.force : force,
          kind,
        };
        this.frame = next;
        if (emit) this.emit(block, start, end, r, next, kind, force);
        return;
      }
      case "imperative": {
        if (!frame) return;
        if (emit)
          this.emit(
            block,
            start,
            end,
            r,
            frame,
            frame.kind,
            frame.kind === "commitment" ? "pledged" : frame.force,
          );
        return;
      }
    }
  }

  /** Remembers the body that issued a reported document (see `publisher`). */
  private notePublisher(lower: string, subject: string, order: number): void {
    const at = lower.indexOf("ban hành ");
    if (at < 0 || !phraseAt(lower, at + "ban hành ".length, DOCUMENTS)) return;
    const by = this.issuerParty(subject, order);
    if (by.rank >= 1) this.publisher = { party: by.party, rank: by.rank, ownKey: by.ownKey };
  }

  /** Remembers an authority's announcement of numbered sections (see `notice`). */
  private noteNotice(subject: string, order: number): void {
    const by = this.issuerParty(subject, order);
    if (by.rank < 1) return;
    this.notice = {
      issuer: by.party,
      issuerRank: by.rank,
      ownKey: by.ownKey,
      addressees: [],
      force: "requested",
      kind: "directive",
    };
  }

  private emit(
    block: TextBlock,
    start: number,
    end: number,
    r: Reading,
    frame: Frame,
    kind: DirectiveKind,
    force: DirectiveForce,
  ): void {
    let from = start + r.spanStart;
    while (from < end && isSpaceUnit(block.text.charCodeAt(from))) from++;
    const citations = this.citations.within(block.index, from, end);
    const dates = this.dates.within(block.index, from, end);
    const terms = this.terms.within(block.index, from, end);
    const deadline = findDeadline(block, from, end, dates, this.input.meta.published);
    const actionAt = start + Math.max(r.actionAt, r.spanStart);
    if (kind === "directive") {
      this.noteDirected(frame.addressees);
      this.noteAuthority(frame);
    }
    this.out.push({
      type: "directive",
      block: block.index,
      start: from,
      end,
      text: collapse(block.text.slice(from, end)),
      kind,
      force,
      issuer: frame.issuer,
      addressees: frame.addressees,
      deadline,
      citations: citations.map((c) => c.text),
      gloss_en: glossDirective({
        addressees: frame.addressees.map((a) => a.en),
        force,
        action: block.text.slice(actionAt, end),
        actionOffset: actionAt,
        terms,
        citations,
        dates,
        deadline,
      }),
    });
  }

  /**
   * Remembers the bodies given a task by name ("Công ty Cổ phần A", "EVN", not "các doanh
   * nghiệp"): only a body singled out answers with a pledge of its own.
   */
  private noteDirected(addressees: readonly Party[]): void {
    for (const a of addressees) if (!isCommonNoun(a.text)) this.directed.add(bodyKey(a.text));
  }

  /**
   * Keeps `listOpen`: a new frame opens a list when its sentence ends in a colon ("… thực hiện
   * các nội dung sau:"); the list's own items keep it open, any other new frame closes it.
   */
  private noteList(before: Frame | null, sentence: string): void {
    if (!this.frame) this.listOpen = false;
    else if (this.frame !== before) {
      if (sentence.trimEnd().endsWith(":")) this.listOpen = true;
      else if (listItemStart(sentence) < 0) this.listOpen = false;
    }
  }

  /**
   * Reads a sentence clause by clause: "… giao Sở A …; giao Sở B …; đề nghị C …" gives a task in
   * each clause, and so does each item of a list of tasks inside the sentence ("… đề nghị các Sở:
   * rà soát …; tăng cường …"), every item for the addressees of the list's head (an item that
   * directs another body does not hand the rest of the list to that body).
   */
  private readClauses(
    block: TextBlock,
    s: { readonly start: number; readonly end: number; readonly text: string },
    lower: string,
    emit: boolean,
  ): void {
    const clauses = clauseStarts(s.text, lower);
    const items = listItemCuts(s.text, lower);
    const cuts =
      items.length === 0 ? clauses : [...new Set([...clauses, ...items])].sort((a, b) => a - b);
    let from = s.start;
    let listFrame: Frame | null | undefined;
    let item = false;
    // After a list item, the list's frame is back in force (an item may have directed another body).
    const restoreList = () => {
      if (item && listFrame !== undefined) this.frame = listFrame;
    };
    for (const cut of cuts) {
      restoreList();
      this.read(block, from, s.start + cut - 1, emit);
      item = items.includes(cut);
      if (item) listFrame ??= this.frame;
      from = s.start + cut;
    }
    restoreList();
    this.read(block, from, s.end, emit);
    restoreList();
  }

  /** Reads one block, in article order (the context carries from block to block). */
  readBlock(block: TextBlock): void {
    if (block.kind === "heading") {
      // A numbered section of an announced notice stays under its authority; any other heading
      // ends the notice.
      if (!this.notice || !isNumberedHeading(block.text)) this.notice = null;
      this.frame = this.notice;
      this.answerer = null;
      this.established = null;
      this.listOpen = false;
      return;
    }
    const sentences = splitSentences(block.text);
    const blockLower = this.lowerOf(block);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as (typeof sentences)[number];
      if (isCaption(s.text, sentences[i + 1]?.text)) continue;
      // Titles restate the body: they are read for context but never listed.
      const emit = block.kind !== "title";
      const lower = blockLower?.slice(s.start, s.end) ?? s.text.toLowerCase();
      const before = this.frame;
      this.readClauses(block, s, lower, emit);
      this.noteList(before, s.text);
    }
    if (block.kind === "title") this.frame = null;
  }

  /** The directives found so far. */
  get directives(): Directive[] {
    return this.out;
  }

  run(): Directive[] {
    for (const block of this.input.blocks) this.readBlock(block);
    return this.out;
  }
}

/**
 * A directive reader that takes the article one block at a time, so a page can spread the work
 * over several slices: call `readBlock` for every block in order, then read `directives`.
 */
export function directiveReader(
  input: ArticleInput,
  context: DirectiveContext,
): {
  readBlock(block: TextBlock): void;
  readonly directives: Directive[];
} {
  return new Extractor(input, context);
}

/** The directives and commitments of an article, in reading order. */
export function extractDirectives(input: ArticleInput, context: DirectiveContext): Directive[] {
  return new Extractor(input, context).run();
}
