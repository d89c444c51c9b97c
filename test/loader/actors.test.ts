import { describe, expect, it } from 'vitest';
import { recogniseOrganizations, recognisePeople } from '../../src/loader/recognise/actors.js';

const people = (s: string) => recognisePeople(s).map((p) => ({ name: p.name, title: p.title, country: p.country }));
const orgs = (s: string) =>
  recogniseOrganizations(s, recognisePeople(s)).map((o) => ({ name: o.name, acronym: o.acronym, country: o.country }));

describe('recognisePeople: people introduced by an office', () => {
  it('finds a titled person with the country the title names', () => {
    expect(people('Japanese Economy Minister Ryo Akazawa arrived in Washington on Thursday.')).toEqual([
      { name: 'Ryo Akazawa', title: 'Economy Minister', country: 'JP' },
    ]);
    expect(people('Thai Commerce Minister Pichai Naripthaphan met reporters.')).toEqual([
      { name: 'Pichai Naripthaphan', title: 'Commerce Minister', country: 'TH' },
    ]);
  });

  it('finds two titled people in one sentence, each with their own country', () => {
    expect(
      people('EU Trade Commissioner Maros Sefcovic spoke by phone with U.S. Trade Representative Paul Whitman.'),
    ).toEqual([
      { name: 'Maros Sefcovic', title: 'Trade Commissioner', country: 'EU' },
      { name: 'Paul Whitman', title: 'Trade Representative', country: 'US' },
    ]);
  });

  it('takes the country from a possessive before the title', () => {
    expect(people('Vietnam’s Deputy Prime Minister Ho Duc Phoc travelled to Washington.')).toEqual([
      { name: 'Ho Duc Phoc', title: 'Deputy Prime Minister', country: 'VN' },
    ]);
  });

  it('splits a portfolio from the name that follows it, keeping diacritics', () => {
    expect(people('Minister of Industry and Trade Nguyễn Thị Mai led the delegation.')).toEqual([
      { name: 'Nguyễn Thị Mai', title: 'Minister of Industry and Trade', country: null },
    ]);
    expect(people('Minister of Trade Budi Santoso said the offer stood.')).toEqual([
      { name: 'Budi Santoso', title: 'Minister of Trade', country: null },
    ]);
  });

  it('prefers the longest office ("Prime Minister" over "Minister")', () => {
    expect(people('Prime Minister Anna Lindqvist welcomed the accord.')).toEqual([
      { name: 'Anna Lindqvist', title: 'Prime Minister', country: null },
    ]);
  });

  it('finds a single surname after an office, and courtesy titles', () => {
    expect(people('Secretary Lutnick told reporters the deal was near.')).toEqual([
      { name: 'Lutnick', title: 'Secretary', country: null },
    ]);
    expect(people('Mr. Tanaka declined to comment.')).toEqual([{ name: 'Tanaka', title: 'Mr.', country: null }]);
  });

  it('keeps hyphenated given names that continue in lower case', () => {
    expect(people('In Seoul, Trade Minister Ahn Duk-geun briefed lawmakers.')).toEqual([
      { name: 'Ahn Duk-geun', title: 'Trade Minister', country: null },
    ]);
  });

  it('drops a trailing possessive from the name', () => {
    expect(people('Commerce Minister Piyush Goyal’s office said talks went well.').map((p) => p.name)).toEqual([
      'Piyush Goyal',
    ]);
  });

  it('finds a lower-case office owned by a country ("Japan’s chief trade negotiator …")', () => {
    expect(people('Japan’s chief trade negotiator Ryosei Akazawa landed in Washington.')).toEqual([
      { name: 'Ryosei Akazawa', title: 'chief trade negotiator', country: 'JP' },
    ]);
  });

  it('gives offsets that point at the mention and the name', () => {
    const s = 'On Monday, Indian Commerce Minister Piyush Goyal met British officials.';
    const [p] = recognisePeople(s);
    expect(p).toBeDefined();
    expect(s.slice(p!.index, p!.index + p!.text.length)).toBe('Indian Commerce Minister Piyush Goyal');
    expect(s.slice(p!.nameIndex, p!.nameIndex + p!.name.length)).toBe('Piyush Goyal');
  });

  it('does not make a person out of a country or a month after a title', () => {
    expect(people('The President said in May that tariffs would stay.')).toEqual([]);
    expect(people('The Minister of Trade said exports grew.')).toEqual([]);
  });

  it('a second titled person does not inherit the first person’s nationality', () => {
    const found = people('Indian Prime Minister Arun Mehra and President Claire Dubois spoke.');
    expect(found.map((p) => p.name)).toEqual(['Arun Mehra', 'Claire Dubois']);
    expect(found[1]!.country).not.toBe('IN');
  });

  it('keeps hyphenated names whose second part is capitalised ("Jean-Luc", "Okonjo-Iweala")', () => {
    expect(people('Trade Minister Jean-Luc Moreau met his Indian counterpart.').map((p) => p.name)).toEqual([
      'Jean-Luc Moreau',
    ]);
    expect(people('Director-General Ngozi Okonjo-Iweala urged restraint.').map((p) => p.name)).toEqual([
      'Ngozi Okonjo-Iweala',
    ]);
  });

  it('finds a person named in an appositive after a lower-case office', () => {
    expect(people('Indonesia’s chief negotiator, Airlangga Hartarto, said talks would continue.')).toEqual([
      { name: 'Airlangga Hartarto', title: 'chief negotiator', country: 'ID' },
    ]);
  });
});

describe('recognisePeople: people introduced by attribution', () => {
  it('"said X, a …" gives the role as title and the place’s country', () => {
    expect(people('“We need clarity,” said Budi Gunawan, a furniture exporter in Indonesia.')).toEqual([
      { name: 'Budi Gunawan', title: 'furniture exporter', country: 'ID' },
    ]);
  });

  it('"X, a …, said" is found too', () => {
    expect(
      people('Maria Keller, a senior economist at the Kiel Institute, said the figures were preliminary.'),
    ).toEqual([{ name: 'Maria Keller', title: 'senior economist', country: null }]);
  });

  it('"said X" with a full name and no role', () => {
    expect(people('The talks were useful, said Lena Fischer.')).toEqual([
      { name: 'Lena Fischer', title: null, country: null },
    ]);
  });

  it('a single word after "said" is not enough to make a person', () => {
    expect(people('The talks were useful, said Fischer.')).toEqual([]);
    expect(people('The talks were useful, said Japan.')).toEqual([]);
  });
});

describe('recognisePeople: name forms', () => {
  it('a possessive is no part of a name; "MacAulay" and "O\'Brien" are whole names', () => {
    const names = (s: string) => recognisePeople(s).map((p) => p.name);
    expect(names("President Donald Trump's 46% tariff hit.")).toEqual(['Donald Trump']);
    expect(names('Agriculture Minister Lawrence MacAulay said so.')).toEqual(['Lawrence MacAulay']);
    expect(names("Foreign Minister Conor O'Brien spoke.")).toEqual(["Conor O'Brien"]);
    expect(names("Data from China's General Administration of Customs show it.")).toEqual([]);
  });
});

describe('recogniseOrganizations', () => {
  it('a list of portfolios is one name; a day after it, or a second body after "and the", is not part of it', () => {
    const names = (s: string) =>
      recogniseOrganizations(s).map((o) => [o.name, s.slice(o.index, o.index + o.name.length)]);
    expect(names('The Ministry of Energy, Mines and Fisheries said so.')).toEqual([
      ['Ministry of Energy, Mines and Fisheries', 'Ministry of Energy, Mines and Fisheries'],
    ]);
    expect(names('The Ministry of Trade, Peru and Chile agreed.')).toEqual([
      ['Ministry of Trade', 'Ministry of Trade'],
    ]);
    expect(names('The Federal Council on Thursday agreed.')).toEqual([['Federal Council', 'Federal Council']]);
    expect(names('She met the Office of the U.S. Trade Representative and the Commerce Department.')).toEqual([
      ['Office of the U.S. Trade Representative', 'Office of the U.S. Trade Representative'],
      ['Commerce Department', 'Commerce Department'],
    ]);
  });

  it('finds organizations by their head words, with the country their name gives', () => {
    expect(orgs('The U.S. Census Bureau reported the figures.')).toEqual([
      { name: 'U.S. Census Bureau', acronym: null, country: 'US' },
    ]);
    expect(orgs('The European Commission proposed a response.')).toEqual([
      { name: 'European Commission', acronym: null, country: 'EU' },
    ]);
    expect(orgs('The World Trade Organization warned of risks.')).toEqual([
      { name: 'World Trade Organization', acronym: null, country: null },
    ]);
  });

  it('keeps "of …" complements and reads a parenthesised acronym', () => {
    expect(orgs('According to the General Statistics Office (GSO), exports rose.')).toEqual([
      { name: 'General Statistics Office', acronym: 'GSO', country: null },
    ]);
    expect(orgs('The Ministry of Industry and Trade said exports rose.')).toEqual([
      { name: 'Ministry of Industry and Trade', acronym: null, country: null },
    ]);
  });

  it('does not read an office title as an organization', () => {
    expect(orgs('Minister of Industry and Trade Lê Quang Huy spoke first.')).toEqual([]);
  });

  it('drops a leading article or preposition and ignores one-word heads', () => {
    expect(orgs('In talks with the Federal Reserve, officials were cautious.').map((o) => o.name)).toEqual([
      'Federal Reserve',
    ]);
    expect(orgs('The Ministry said nothing.')).toEqual([]);
  });

  it('a possessive country before an organization is its owner, not part of its name', () => {
    expect(orgs('Vietnam’s Ministry of Industry and Trade said exports rose.')).toEqual([
      { name: 'Ministry of Industry and Trade', acronym: null, country: 'VN' },
    ]);
  });
});

describe('recognisePeople: offices with "for", and officials named bare', () => {
  it('"Coordinating Minister for Economic Affairs" and "Assistant US Trade Representative for Southeast Asia" are titles', () => {
    expect(people('Coordinating Minister for Economic Affairs Budi Santoso led the team.')).toEqual([
      { name: 'Budi Santoso', title: 'Coordinating Minister for Economic Affairs', country: null },
    ]);
    expect(
      people('The delegation was headed by Assistant US Trade Representative for Southeast Asia Daniel Okafor.'),
    ).toEqual([{ name: 'Daniel Okafor', title: 'Trade Representative for Southeast Asia', country: 'US' }]);
  });

  it('a well-known official needs no office, and is found with or without accents', () => {
    expect(people('The presidents met Xi Jinping in Beijing.')).toEqual([
      { name: 'Xi Jinping', title: null, country: 'CN' },
    ]);
    expect(people('Trump spoke with To Lam on Wednesday.')).toEqual([{ name: 'To Lam', title: null, country: 'VN' }]);
  });

  it('a known name inside a longer word is not that official', () => {
    expect(people('Talks on Xi Jinpingism were not held.')).toEqual([]);
  });
});
