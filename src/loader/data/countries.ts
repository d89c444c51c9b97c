// Places that trade articles name, as data: the canonical name, other names, the adjective
// (demonym) forms, and the capital used as a metonym for the government ("Hanoi said").
// Codes are ISO 3166-1 alpha-2; the European Union uses the reserved code EU.
export interface CountryEntry {
  code: string;
  name: string;
  kind: 'country' | 'organization';
  names: string[];
  adjectives: string[];
  capitals: string[];
}

const c = (code: string, name: string, names: string[], adjectives: string[], capitals: string[] = []): CountryEntry => ({
  code, name, kind: 'country', names, adjectives, capitals,
});

export const COUNTRIES: CountryEntry[] = [
  c('US', 'United States', ['United States of America', 'United States', 'U.S.A.', 'USA', 'U.S.', 'US', 'America'], ['American', 'U.S.', 'US'], ['Washington']),
  c('VN', 'Vietnam', ['Socialist Republic of Vietnam', 'Vietnam', 'Viet Nam', 'Việt Nam'], ['Vietnamese'], ['Hanoi', 'Hà Nội']),
  c('CN', 'China', ["People's Republic of China", 'China', 'PRC'], ['Chinese'], ['Beijing']),
  c('JP', 'Japan', ['Japan'], ['Japanese'], ['Tokyo']),
  c('KR', 'South Korea', ['Republic of Korea', 'South Korea', 'Korea'], ['South Korean', 'Korean'], ['Seoul']),
  c('KP', 'North Korea', ["Democratic People's Republic of Korea", 'North Korea', 'DPRK'], ['North Korean'], ['Pyongyang']),
  c('IN', 'India', ['India'], ['Indian'], ['New Delhi']),
  c('GB', 'United Kingdom', ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'], ['British'], ['London']),
  { code: 'EU', name: 'European Union', kind: 'organization', names: ['European Union', 'EU', 'E.U.', 'Europe'], adjectives: ['European'], capitals: ['Brussels'] },
  c('CA', 'Canada', ['Canada'], ['Canadian'], ['Ottawa']),
  c('MX', 'Mexico', ['Mexico'], ['Mexican'], ['Mexico City']),
  c('BR', 'Brazil', ['Brazil'], ['Brazilian'], ['Brasilia', 'Brasília']),
  c('AR', 'Argentina', ['Argentina'], ['Argentine', 'Argentinian'], ['Buenos Aires']),
  c('AU', 'Australia', ['Australia'], ['Australian'], ['Canberra']),
  c('NZ', 'New Zealand', ['New Zealand'], ['New Zealander'], ['Wellington']),
  c('ID', 'Indonesia', ['Indonesia'], ['Indonesian'], ['Jakarta']),
  c('TH', 'Thailand', ['Thailand'], ['Thai'], ['Bangkok']),
  c('MY', 'Malaysia', ['Malaysia'], ['Malaysian'], ['Kuala Lumpur']),
  c('PH', 'Philippines', ['Philippines'], ['Philippine', 'Filipino'], ['Manila']),
  c('SG', 'Singapore', ['Singapore'], ['Singaporean'], []),
  c('KH', 'Cambodia', ['Cambodia'], ['Cambodian'], ['Phnom Penh']),
  c('LA', 'Laos', ['Laos', 'Lao PDR'], ['Lao', 'Laotian'], ['Vientiane']),
  c('MM', 'Myanmar', ['Myanmar', 'Burma'], ['Burmese'], ['Naypyidaw']),
  c('BD', 'Bangladesh', ['Bangladesh'], ['Bangladeshi'], ['Dhaka']),
  c('PK', 'Pakistan', ['Pakistan'], ['Pakistani'], ['Islamabad']),
  c('LK', 'Sri Lanka', ['Sri Lanka'], ['Sri Lankan'], ['Colombo']),
  c('TW', 'Taiwan', ['Taiwan'], ['Taiwanese'], ['Taipei']),
  c('HK', 'Hong Kong', ['Hong Kong'], [], []),
  c('DE', 'Germany', ['Germany'], ['German'], ['Berlin']),
  c('FR', 'France', ['France'], ['French'], ['Paris']),
  c('IT', 'Italy', ['Italy'], ['Italian'], ['Rome']),
  c('ES', 'Spain', ['Spain'], ['Spanish'], ['Madrid']),
  c('NL', 'Netherlands', ['Netherlands'], ['Dutch'], ['Amsterdam', 'The Hague']),
  c('BE', 'Belgium', ['Belgium'], ['Belgian'], []),
  c('IE', 'Ireland', ['Ireland'], ['Irish'], ['Dublin']),
  c('PL', 'Poland', ['Poland'], ['Polish'], ['Warsaw']),
  c('SE', 'Sweden', ['Sweden'], ['Swedish'], ['Stockholm']),
  c('CH', 'Switzerland', ['Switzerland'], ['Swiss'], ['Bern']),
  c('NO', 'Norway', ['Norway'], ['Norwegian'], ['Oslo']),
  c('RU', 'Russia', ['Russian Federation', 'Russia'], ['Russian'], ['Moscow']),
  c('UA', 'Ukraine', ['Ukraine'], ['Ukrainian'], ['Kyiv']),
  c('TR', 'Turkey', ['Türkiye', 'Turkey'], ['Turkish'], ['Ankara']),
  c('IL', 'Israel', ['Israel'], ['Israeli'], []),
  c('SA', 'Saudi Arabia', ['Saudi Arabia'], ['Saudi'], ['Riyadh']),
  c('AE', 'United Arab Emirates', ['United Arab Emirates', 'UAE'], ['Emirati'], ['Abu Dhabi']),
  c('EG', 'Egypt', ['Egypt'], ['Egyptian'], ['Cairo']),
  c('ZA', 'South Africa', ['South Africa'], ['South African'], ['Pretoria']),
  c('NG', 'Nigeria', ['Nigeria'], ['Nigerian'], ['Abuja']),
  c('KE', 'Kenya', ['Kenya'], ['Kenyan'], ['Nairobi']),
  c('CL', 'Chile', ['Chile'], ['Chilean'], ['Santiago']),
  c('CO', 'Colombia', ['Colombia'], ['Colombian'], ['Bogota', 'Bogotá']),
  c('PE', 'Peru', ['Peru'], ['Peruvian'], ['Lima']),
];

/** Regions whose names contain a country's: matched so that they are not read as that country. */
export const REGIONS: string[] = [
  'Latin America', 'South America', 'North America', 'Central America', 'Southeast Asia', 'South Asia', 'East Asia',
  'Central Asia', 'West Africa', 'East Africa', 'New South Wales', 'Korean Peninsula', 'Indian Ocean',
];

/** Cities that are not capitals but host talks; recognised as locations only. */
export const CITIES: string[] = [
  'Washington, D.C.', 'Washington D.C.', 'Washington, DC', 'Washington DC', 'Ho Chi Minh City', 'Geneva',
  'New York', 'Shanghai', 'Osaka', 'Busan', 'Mumbai', 'Davos', 'Da Nang', 'Stockholm', 'Kananaskis',
  'Lima', 'San Francisco', 'Mar-a-Lago',
];
