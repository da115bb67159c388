/**
 * Cross-article entity resolution: groups the entities found in many articles into one entity per
 * real-world referent, with every alias, the evidence of each merge, links between entities that
 * are related but not the same (the Kremlin and Putin), and the surname-only mentions that could
 * not be placed. Analyst overrides are applied on top. Pure: same input, same output, whatever the
 * input order.
 */
import { applyOverrides, type Group, type MemberInfo } from './apply-overrides.js';
import { entityForms, type EntityForms } from './entity-forms.js';
import { PAST_ROLE_WORDS, SPEAKER_ROLE_WORDS } from './lang/en/titles.js';
import { comparePersonNames, compareSurnames, initials, isAcronym, isKnownGivenName, isListedAcronym, MIN_RULE_ACRONYM, matchPhrases, personReadings } from './match-names.js';
import { centralEuropeanKey, eastSlavicPlaceKey, foldText, isAllCaps, looksEastSlavicPlace, phraseKeys, slavicLooseKey } from './name-key.js';
import type { PersonName } from './parse-person-name.js';
import { hasCyrillic } from './transliterate.js';
import type {
  Ambiguity,
  EntityInput,
  EntityLink,
  MergeEvidence,
  Override,
  Resolution,
  ResolvedEntity,
  SkippedInput,
} from './types.js';
import { METONYM_NAMES, PLACE_AND_ORG_NAMES, metonymOffices } from './variant-index.js';

/** Options of `resolveEntities`. */
export interface ResolveOptions {
  /** Analyst overrides, applied in order after the automatic grouping. */
  overrides?: readonly Override[];
}

interface Profile {
  index: number;
  input: EntityInput;
  type: string;
  forms: EntityForms;
  /** Person forms with a given name (every reading). */
  full: PersonName[];
  /** Person forms that are a single surname (every reading). */
  single: PersonName[];
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** Joins two sets; the smaller index stays root so results do not depend on merge order. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    return root;
  }
}

function validate(inputs: readonly EntityInput[]): { ok: EntityInput[]; okIndex: number[]; skipped: SkippedInput[] } {
  const ok: EntityInput[] = [];
  const okIndex: number[] = [];
  const skipped: SkippedInput[] = [];
  inputs.forEach((e, index) => {
    if (e === null || typeof e !== 'object' || typeof e.type !== 'string' || typeof e.article !== 'string') {
      skipped.push({ index, reason: 'invalid-input', detail: 'expected {name, type, mentions, article}' });
      return;
    }
    const name = typeof e.name === 'string' ? e.name : '';
    const mentions = Array.isArray(e.mentions) ? e.mentions.filter((m): m is string => typeof m === 'string') : [];
    if (name.trim() === '' && mentions.every((m) => m.trim() === '')) {
      skipped.push({ index, reason: 'empty-name', detail: 'no name and no mentions' });
      return;
    }
    if (!/\p{L}/u.test(name + mentions.join(' '))) {
      skipped.push({ index, reason: 'no-letters', detail: `"${name.slice(0, 40)}" has no letters` });
      return;
    }
    ok.push({ ...e, name, mentions });
    okIndex.push(index);
  });
  return { ok, okIndex, skipped };
}

type ProfileParts = Pick<Profile, 'forms' | 'full' | 'single'>;

/**
 * Builds a profile; `cache` (one per call of `resolveEntities`) shares the parsing of entities with
 * the same type, name and mentions, which a corpus repeats thousands of times ("U.S.", "Putin").
 */
function profileOf(input: EntityInput, index: number, cache: Map<string, ProfileParts>): Profile {
  const key = JSON.stringify([input.type, input.name, input.mentions]);
  let parts = cache.get(key);
  if (parts === undefined) {
    const forms = entityForms(input);
    const full: PersonName[] = [];
    const single: PersonName[] = [];
    if (input.type === 'PERSON') {
      for (const form of forms.strong) {
        for (const p of personReadings(form)) (p.given === null ? single : full).push(p);
      }
    }
    parts = { forms, full, single };
    cache.set(key, parts);
  }
  return { index, input, type: input.type, ...parts };
}

function bestPersonMatch(a: readonly PersonName[], b: readonly PersonName[]) {
  let best: ReturnType<typeof comparePersonNames> | null = null;
  let names: [string, string] = ['', ''];
  for (const x of a) {
    for (const y of b) {
      const m = comparePersonNames(x, y);
      if (m.match && (best === null || m.score > best.score)) {
        best = m;
        names = [x.text, y.text];
      }
    }
  }
  return best === null ? null : { ...best, names };
}

/** The block key of a surname: the loose East Slavic key, so that Honcharenko and Goncharenko meet (and are then checked). */
function surnameBlock(surname: string): string {
  return slavicLooseKey(surname);
}

/**
 * Every block key of a surname: `surnameBlock`, and the German/Polish/French key (see
 * `centralEuropeanKey`), so that Schirinowski and Zhirinovsky meet (and are then checked).
 */
function surnameBlocks(surname: string): string[] {
  const loose = surnameBlock(surname);
  const central = `ce:${centralEuropeanKey(surname)}`;
  return [loose, central];
}

function resolvePersons(profiles: readonly Profile[], uf: UnionFind, merges: Map<number, MergeEvidence[]>, ambiguities: Ambiguity[]): void {
  const persons = profiles.filter((p) => p.type === 'PERSON');
  const fulls = persons.filter((p) => p.full.length > 0);
  // Members of a cluster, to check that a merge does not join incompatible full names by chaining
  // (V. Zelensky fits Volodymyr Zelensky and a hypothetical Viktor Zelensky, who are not one person).
  const clusterMembers = new Map<number, Profile[]>();
  for (const p of fulls) clusterMembers.set(p.index, [p]);
  const compatible = (a: number, b: number): boolean => {
    for (const p of clusterMembers.get(uf.find(a)) ?? []) {
      for (const q of clusterMembers.get(uf.find(b)) ?? []) {
        if (bestPersonMatch(p.full, q.full) === null) return false;
      }
    }
    return true;
  };
  // `clusterMembers` holds one profile per distinct spelling set, which is all `compatible` needs.
  const join = (a: number, b: number, m: MergeEvidence, sameForms = false): void => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    const all = sameForms ? (clusterMembers.get(ra) ?? []) : [...(clusterMembers.get(ra) ?? []), ...(clusterMembers.get(rb) ?? [])];
    const mergesA = merges.get(ra) ?? [];
    const mergesB = merges.get(rb) ?? [];
    const root = uf.union(a, b);
    clusterMembers.delete(ra);
    clusterMembers.delete(rb);
    clusterMembers.set(root, all);
    merges.delete(ra);
    merges.delete(rb);
    merges.set(root, [...mergesA, ...mergesB, m]);
  };

  // Entities with identical full-name forms join at once; only distinct spellings are compared.
  const bySignature = new Map<string, Profile>();
  const representatives: Profile[] = [];
  for (const p of fulls) {
    const signature = p.full.map((n) => foldText(n.text)).sort().join('|');
    const first = bySignature.get(signature);
    if (first === undefined) {
      bySignature.set(signature, p);
      representatives.push(p);
    } else {
      join(first.index, p.index, { names: [first.input.name, p.input.name], rule: 'same-name', evidence: ['same name forms'], score: 1 }, true);
    }
  }
  const blocks = new Map<string, Profile[]>();
  for (const p of representatives) {
    const keys = new Set(p.full.flatMap((n) => surnameBlocks(n.surname)));
    for (const k of keys) {
      const list = blocks.get(k) ?? [];
      list.push(p);
      blocks.set(k, list);
    }
  }
  const candidates: { a: Profile; b: Profile; score: number; evidence: string[]; names: [string, string] }[] = [];
  const seenPairs = new Set<string>();
  for (const list of blocks.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const pair = `${a.index}:${b.index}`;
        if (seenPairs.has(pair)) continue;
        seenPairs.add(pair);
        const m = bestPersonMatch(a.full, b.full);
        if (m !== null) candidates.push({ a, b, score: m.score, evidence: m.evidence, names: m.names });
      }
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.a.index - y.a.index || x.b.index - y.b.index);
  for (const c of candidates) {
    if (uf.find(c.a.index) === uf.find(c.b.index)) continue;
    if (!compatible(c.a.index, c.b.index)) continue;
    join(c.a.index, c.b.index, { names: c.names, rule: 'name', evidence: c.evidence, score: c.score });
  }

  // Surname-only entities join a full name only when one bearer of that surname is known, in the
  // same article first, then in the corpus; two bearers leave the mention unplaced.
  const bySurname = new Map<string, Set<number>>();
  for (const p of fulls) {
    for (const n of p.full) {
      for (const k of surnameBlocks(n.surname)) {
        const set = bySurname.get(k) ?? new Set<number>();
        set.add(p.index);
        bySurname.set(k, set);
      }
    }
  }
  const singles = persons.filter((p) => p.full.length === 0 && p.single.length > 0);
  const orphanBlocks = new Map<string, Profile[]>();
  for (const s of singles) {
    const roots = new Map<number, { evidence: string; names: [string, string]; sameArticle: boolean }>();
    for (const n of s.single) {
      const near = new Set(surnameBlocks(n.surname).flatMap((k) => [...(bySurname.get(k) ?? [])]));
      for (const idx of [...near].sort((x, y) => x - y)) {
        const full = profiles[idx]!;
        for (const f of full.full) {
          const sm = compareSurnames(n.surname, f.surname, false, n.central || f.central);
          if (!sm.ok) continue;
          const root = uf.find(idx);
          const sameArticle = full.input.article === s.input.article;
          const prev = roots.get(root);
          if (prev === undefined || (sameArticle && !prev.sameArticle)) roots.set(root, { evidence: sm.evidence, names: [n.text, f.text], sameArticle });
        }
      }
    }
    const inArticle = [...roots].filter(([, v]) => v.sameArticle);
    let chosen: [number, { evidence: string; names: [string, string] }] | null = null;
    let rule = '';
    if (inArticle.length === 1) {
      chosen = inArticle[0]!;
      rule = 'surname-in-article';
    } else if (inArticle.length === 0 && roots.size === 1 && !s.single.some((n) => isKnownGivenName(n.surname))) {
      // A word that is also a common given name ("Charles") joins a full name only inside one article.
      chosen = [...roots][0]!;
      rule = 'surname-in-corpus';
    }
    if (chosen !== null) {
      const [root, v] = chosen;
      const where = rule === 'surname-in-article' ? `the only person surnamed so in article ${s.input.article}` : 'the only person surnamed so in the corpus';
      join(root, s.index, { names: v.names, rule, evidence: [`"${v.names[0]}" is the surname of "${v.names[1]}"`, where, v.evidence], score: 0.7 });
      continue;
    }
    if (roots.size > 1) {
      ambiguities.push({ member: s.index, name: s.input.name, candidates: [...roots.keys()].map(String) });
      continue;
    }
    // No full name known: surname-only entities of the same spelling group together, unless the
    // word is a given name (a first name alone never merges).
    if (s.single.some((n) => isKnownGivenName(n.surname))) continue;
    // Every reading's key, so that Ščerbakov (shcherbakov / scerbakov) meets Shcherbakov.
    for (const key of new Set(s.single.flatMap((n) => surnameBlocks(n.surname)))) {
      const list = orphanBlocks.get(key) ?? [];
      list.push(s);
      orphanBlocks.set(key, list);
    }
  }
  for (const list of orphanBlocks.values()) {
    for (let i = 1; i < list.length; i++) {
      if (uf.find(list[0]!.index) === uf.find(list[i]!.index)) continue;
      const m = bestPersonMatch(list[0]!.single, list[i]!.single);
      if (m === null) continue;
      join(list[0]!.index, list[i]!.index, { names: m.names, rule: 'surname-only', evidence: [...m.evidence, 'no full name with this surname in the corpus'], score: m.score });
    }
  }
}

function resolvePhrases(profiles: readonly Profile[], uf: UnionFind, merges: Map<number, MergeEvidence[]>): void {
  const join = (a: number, b: number, m: MergeEvidence): void => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return;
    const list = [...(merges.get(ra) ?? []), ...(merges.get(rb) ?? []), m];
    merges.delete(ra);
    merges.delete(rb);
    merges.set(uf.union(a, b), list);
  };
  const others = profiles.filter((p) => p.type !== 'PERSON');
  const blocks = new Map<string, { profile: Profile; form: string }[]>();
  const put = (key: string, profile: Profile, form: string): void => {
    const list = blocks.get(key) ?? [];
    list.push({ profile, form });
    blocks.set(key, list);
  };
  const keysOf = new Map<string, string[]>();
  for (const p of others) {
    for (const form of p.forms.strong) {
      let keys = keysOf.get(form);
      if (keys === undefined) keysOf.set(form, (keys = phraseKeys(form)));
      for (const key of keys) {
        put(`${p.type}|k|${key}`, p, form);
        if (p.type === 'PLACE' && looksEastSlavicPlace(key)) put(`${p.type}|l|${eastSlavicPlaceKey(key)}`, p, form);
        const row = PLACE_AND_ORG_NAMES.row(key) ?? METONYM_NAMES.row(key);
        if (row !== undefined) put(`${p.type}|v|${PLACE_AND_ORG_NAMES.row(key) !== undefined ? 'p' : 'm'}${row}`, p, form);
      }
    }
  }
  for (const list of blocks.values()) {
    for (let i = 1; i < list.length; i++) {
      const a = list[0]!;
      const b = list[i]!;
      if (uf.find(a.profile.index) === uf.find(b.profile.index)) continue;
      const m = a.form === b.form ? { match: true, score: 1, evidence: ['same name'] } : matchPhrases(a.form, b.form, a.profile.type);
      if (!m.match) continue;
      join(a.profile.index, b.profile.index, { names: [a.form, b.form], rule: m.evidence[0]?.startsWith('listed') ? 'variant' : 'name', evidence: m.evidence, score: m.score });
    }
  }
  // Acronyms join the one entity whose initials they spell; with two candidates they join neither.
  const byInitials = new Map<string, { profile: Profile; form: string }[]>();
  for (const p of others) {
    for (const form of p.forms.strong) {
      if (isAcronym(form)) continue;
      const init = initials(hasCyrillic(form) ? foldText(form) : form);
      if (init.length < MIN_RULE_ACRONYM || foldText(form).split(' ').length < 2) continue;
      const list = byInitials.get(`${p.type}|${init}`) ?? [];
      list.push({ profile: p, form });
      byInitials.set(`${p.type}|${init}`, list);
    }
  }
  for (const p of others) {
    for (const form of p.forms.strong) {
      if (!isAcronym(form) || isListedAcronym(form)) continue;
      const targets = byInitials.get(`${p.type}|${foldText(form).replace(/ /g, '')}`) ?? [];
      const roots = new Set(targets.map((t) => uf.find(t.profile.index)));
      if (roots.size !== 1) continue;
      const t = targets[0]!;
      join(t.profile.index, p.index, { names: [t.form, form], rule: 'acronym', evidence: [`"${form}" is the acronym of "${t.form}"`, 'the only entity with these initials'], score: 0.8 });
    }
  }
}

/** Code-point order: the same on every machine, unlike `localeCompare`. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function slug(text: string): string {
  return foldText(text).replace(/ /g, '-').slice(0, 80) || 'entity';
}

function isLatin(text: string): boolean {
  return !hasCyrillic(text) && !/[^\p{Script=Latin}\p{P}\p{Z}\p{N}]/u.test(text);
}

/**
 * The display name of a resolved entity, deterministic: a Latin-script form before others, a full
 * name (two words or more for a person; not an acronym otherwise) before a part, no initials, then
 * the form written by the most outlets, then in the most articles, then the longer, then code-point
 * order. So the spelling most of the press agrees on wins over the one a single prolific outlet
 * repeats (Zelensky in four outlets over Zelenskiy in one outlet's ten wires). A name known only by
 * an acronym that the variant table lists is shown under the table's usual spelling (EU → European
 * Union; NATO stays NATO).
 */
function canonicalName(type: string, forms: Map<string, { form: string; count: number; outlets: Set<string> }>): string {
  const entries = [...forms.values()];
  const score = (e: { form: string; count: number; outlets: Set<string> }): number[] => {
    const words = e.form.split(/\s+/u).length;
    const hasInitial = /(^|\s)\p{L}\.?(\s|$)/u.test(e.form) ? 0 : 1;
    const full = type === 'PERSON' ? (words >= 2 ? 1 : 0) : isAcronym(e.form) ? 0 : 1;
    return [isLatin(e.form) ? 1 : 0, full, hasInitial, e.outlets.size, e.count, Math.min(words, 3)];
  };
  entries.sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i]! - sa[i]!;
    return a.form < b.form ? -1 : a.form > b.form ? 1 : 0;
  });
  const best = entries[0]?.form ?? '';
  if (type !== 'PERSON' && isAcronym(best)) {
    for (const key of phraseKeys(best)) {
      const row = PLACE_AND_ORG_NAMES.row(key);
      // The table lists each name under its usual spelling first (NATO; European Union, EU).
      const usual = row === undefined ? undefined : PLACE_AND_ORG_NAMES.spellings(row)[0];
      if (usual !== undefined && isLatin(usual)) return usual;
    }
  }
  return best;
}

function containsPhrase(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

function buildLinks(entities: readonly ResolvedEntity[]): EntityLink[] {
  const links: EntityLink[] = [];
  const speakerWords = SPEAKER_ROLE_WORDS.map((s) => foldText(s));
  const pastWords = PAST_ROLE_WORDS.map((s) => foldText(s));
  const institutions = entities.filter((e) => e.type !== 'PERSON');
  const metonyms = institutions
    .map((e) => ({ entity: e, offices: [e.name, ...e.aliases.map((a) => a.alias)].flatMap(metonymOffices) }))
    .filter((m) => m.offices.length > 0);
  const orgNames = new Map<string, ResolvedEntity>();
  for (const e of institutions) {
    if (e.type !== 'ORG') continue;
    for (const a of [e.name, ...e.aliases.map((x) => x.alias)]) {
      const f = foldText(a);
      if (f.length >= 3 && !orgNames.has(f)) orgNames.set(f, e);
    }
  }
  for (const person of entities) {
    if (person.type !== 'PERSON') continue;
    const seen = new Set<string>();
    const add = (link: EntityLink): void => {
      const key = `${link.from}|${link.to}|${link.kind}`;
      if (seen.has(key)) {
        const prev = links.find((l) => `${l.from}|${l.to}|${l.kind}` === key)!;
        for (const ev of link.evidence) if (!prev.evidence.includes(ev)) prev.evidence.push(ev);
        return;
      }
      seen.add(key);
      links.push(link);
    };
    for (const { role, articles } of person.roles) {
      const folded = foldText(role);
      if (folded === '') continue;
      const words = folded.split(' ');
      if (pastWords.some((w) => words.includes(w))) continue;
      const speaks = speakerWords.some((w) => containsPhrase(folded, w));
      const where = `role "${role}" in ${articles.length} article${articles.length === 1 ? '' : 's'}`;
      for (const m of metonyms) {
        const names = [m.entity.name, ...m.entity.aliases.map((a) => a.alias)].map((s) => foldText(s));
        const namesInstitution = names.some((n) => containsPhrase(folded, n));
        const office = m.offices.map((s) => foldText(s)).find((o) => (speaks ? containsPhrase(folded, o) : folded.endsWith(o)));
        if (speaks && (namesInstitution || office !== undefined)) {
          add({ from: person.id, to: m.entity.id, kind: 'speaks-for', evidence: [where] });
        } else if (!speaks && office !== undefined && !folded.includes(' of ') && !/s\s/u.test(role.replace(/.*['’]/u, ''))) {
          add({ from: m.entity.id, to: person.id, kind: 'metonym-of', evidence: [`${m.entity.name} stands for the office of ${where}`] });
        }
      }
      for (let n = Math.min(words.length, 5); n >= 1; n--) {
        for (let i = 0; i + n <= words.length; i++) {
          const org = orgNames.get(words.slice(i, i + n).join(' '));
          if (org === undefined || links.some((l) => l.from === person.id && l.to === org.id)) continue;
          add({ from: person.id, to: org.id, kind: speaks ? 'speaks-for' : 'role-at', evidence: [where] });
        }
      }
    }
  }
  return links;
}

/**
 * Identical merges (the same spelling in a thousand articles) are kept once with a count, so that
 * an entity's evidence stays readable and small.
 */
function collapseMerges(merges: readonly MergeEvidence[]): MergeEvidence[] {
  const byKey = new Map<string, MergeEvidence>();
  for (const m of merges) {
    const key = JSON.stringify([m.rule, m.names, m.evidence]);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { ...m });
    else seen.count = (seen.count ?? 1) + (m.count ?? 1);
  }
  return [...byKey.values()];
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Resolves article-level entities into cross-article entities. Persons merge on compatible full
 * names (surname key, given name or its variant, middle names, suffix); surname-only entities join
 * only an unambiguous bearer; other types merge on the same key, listed variants or an unambiguous
 * acronym. Types never mix. Metonyms stay themselves and are linked. Overrides apply last.
 */
export function resolveEntities(inputs: readonly EntityInput[], options: ResolveOptions = {}): Resolution {
  const list = Array.isArray(inputs) ? inputs : [];
  const { ok, okIndex, skipped } = validate(list);
  // Deterministic order: by type, article, name, then input position.
  const order = ok.map((_, i) => i).sort((a, b) => {
    const x = ok[a]!;
    const y = ok[b]!;
    return cmp(x.type, y.type) || cmp(x.article, y.article) || cmp(x.name, y.name) || a - b;
  });
  const cache = new Map<string, ProfileParts>();
  const profiles = order.map((i, position) => profileOf(ok[i]!, position, cache));
  const uf = new UnionFind(profiles.length);
  const merges = new Map<number, MergeEvidence[]>();
  const ambiguities: Ambiguity[] = [];
  resolvePersons(profiles, uf, merges, ambiguities);
  resolvePhrases(profiles, uf, merges);

  const groupsByRoot = new Map<number, Group>();
  for (const p of profiles) {
    const root = uf.find(p.index);
    const g = groupsByRoot.get(root) ?? { members: [], merges: merges.get(root) ?? [], manualAliases: [] };
    g.members.push(p.index);
    groupsByRoot.set(root, g);
  }
  const memberInfo: MemberInfo[] = profiles.map((p) => ({
    type: p.type,
    folded: new Set([...p.forms.strong, ...p.forms.weak, p.input.name].map((s) => foldText(s)).filter((f) => f !== '')),
  }));
  const { groups, outcomes } = applyOverrides([...groupsByRoot.values()], memberInfo, options.overrides ?? []);

  const used = new Set<string>();
  const entities: ResolvedEntity[] = groups
    .map((g) => {
      const type = profiles[g.members[0]!]!.type;
      const forms = new Map<string, { form: string; count: number; outlets: Set<string>; manual: boolean }>();
      const writings = new Map<string, Map<string, number>>();
      const articles = new Set<string>();
      const outlets = new Set<string>();
      const roles = new Map<string, Set<string>>();
      for (const m of g.members) {
        const p = profiles[m]!;
        articles.add(p.input.article);
        if (p.input.outlet) outlets.add(p.input.outlet);
        // A member whose every mention is a description ("Finland's President") keeps its own
        // name for display; it had no form to merge on.
        const own = [...p.forms.strong, ...p.forms.weak];
        for (const form of own.length > 0 ? own : [p.input.name.trim()]) {
          const key = foldText(form);
          const entry = forms.get(key) ?? { form, count: 0, outlets: new Set<string>(), manual: false };
          // One name in several writings that fold alike: Latin script first (as for the display
          // name), then the writing most members use ("NATO" over the Guardian's "Nato", "Solvyn"
          // over a dateline's "SOLVYN"), mixed case on a tie.
          const seen = (writings.get(key) ?? writings.set(key, new Map()).get(key)!);
          seen.set(form, (seen.get(form) ?? 0) + 1);
          entry.count++;
          if (p.input.outlet) entry.outlets.add(p.input.outlet);
          forms.set(key, entry);
        }
        for (const role of p.input.roles ?? []) {
          if (typeof role !== 'string' || role.trim() === '') continue;
          const set = roles.get(role) ?? new Set<string>();
          set.add(p.input.article);
          roles.set(role, set);
        }
      }
      for (const [key, seen] of writings) {
        const best = [...seen].sort((a, b) => Number(isLatin(b[0])) - Number(isLatin(a[0])) || b[1] - a[1] || Number(isAllCaps(a[0])) - Number(isAllCaps(b[0])) || (a[0] < b[0] ? -1 : 1))[0];
        if (best) forms.get(key)!.form = best[0];
      }
      for (const alias of g.manualAliases) {
        const key = foldText(alias);
        const entry = forms.get(key) ?? { form: alias, count: 0, outlets: new Set<string>(), manual: true };
        entry.manual = true;
        forms.set(key, entry);
      }
      const counted = new Map([...forms].filter(([, v]) => v.count > 0));
      const name = canonicalName(type, counted.size > 0 ? counted : forms);
      return {
        id: '',
        name,
        type,
        aliases: [...forms.values()]
          .sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1))
          .map((v) => ({ alias: v.form, count: v.count, outlets: [...v.outlets].sort(), ...(v.manual ? { manual: true } : {}) })),
        members: g.members.map((m) => okIndex[order[m]!]!).sort((a, b) => a - b),
        articles: [...articles].sort(),
        outlets: [...outlets].sort(),
        roles: [...roles].map(([role, arts]) => ({ role, articles: [...arts].sort() })).sort((a, b) => (a.role < b.role ? -1 : 1)),
        merges: collapseMerges(g.merges),
      };
    })
    .sort((a, b) => cmp(a.type, b.type) || cmp(a.name, b.name) || a.members[0]! - b.members[0]!)
    .map((e) => {
      e.id = uniqueId(`${e.type.toLowerCase()}:${slug(e.name)}`, used);
      return e;
    });
  const memberToId = new Map<number, string>();
  for (const e of entities) for (const m of e.members) memberToId.set(m, e.id);
  const resolvedAmbiguities = ambiguities.map((a) => ({
    member: okIndex[order[a.member]!]!,
    name: a.name,
    candidates: a.candidates.map((root) => memberToId.get(okIndex[order[Number(root)]!]!) ?? root).sort(),
  }));
  return { entities, links: buildLinks(entities), ambiguities: resolvedAmbiguities, skipped, overrides: outcomes };
}
