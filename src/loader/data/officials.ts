// Officials trade articles name often, as data: whose side they are on and their office, for the
// cases the text leaves implicit ("President Donald Trump", "Minister Akazawa"). It only fills in
// a country or office the text did not give; people absent from it are still found by the
// recognisers. Offices are as of 2025.
export interface Official {
  name: string;
  country: string;
  title: string;
}

export const OFFICIALS: Official[] = [
  { name: 'Donald Trump', country: 'US', title: 'President of the United States' },
  { name: 'JD Vance', country: 'US', title: 'Vice President of the United States' },
  { name: 'Jamieson Greer', country: 'US', title: 'United States Trade Representative' },
  { name: 'Scott Bessent', country: 'US', title: 'Secretary of the Treasury' },
  { name: 'Howard Lutnick', country: 'US', title: 'Secretary of Commerce' },
  { name: 'Marco Rubio', country: 'US', title: 'Secretary of State' },
  { name: 'Tô Lâm', country: 'VN', title: 'General Secretary of the Communist Party of Vietnam' },
  { name: 'Lương Cường', country: 'VN', title: 'President of Vietnam' },
  { name: 'Phạm Minh Chính', country: 'VN', title: 'Prime Minister of Vietnam' },
  { name: 'Hồ Đức Phớc', country: 'VN', title: 'Deputy Prime Minister of Vietnam' },
  { name: 'Bùi Thanh Sơn', country: 'VN', title: 'Deputy Prime Minister and Minister of Foreign Affairs of Vietnam' },
  { name: 'Nguyễn Hồng Diên', country: 'VN', title: 'Minister of Industry and Trade' },
  { name: 'Xi Jinping', country: 'CN', title: 'President of China' },
  { name: 'Li Qiang', country: 'CN', title: 'Premier of China' },
  { name: 'He Lifeng', country: 'CN', title: 'Vice Premier of China' },
  { name: 'Wang Wentao', country: 'CN', title: 'Minister of Commerce of China' },
  { name: 'Li Chenggang', country: 'CN', title: 'China International Trade Representative' },
  { name: 'Shigeru Ishiba', country: 'JP', title: 'Prime Minister of Japan' },
  { name: 'Ryosei Akazawa', country: 'JP', title: 'Minister for Economic Revitalization' },
  { name: 'Lee Jae-myung', country: 'KR', title: 'President of South Korea' },
  { name: 'Yeo Han-koo', country: 'KR', title: 'Trade Minister of South Korea' },
  { name: 'Kim Jung-kwan', country: 'KR', title: 'Minister of Trade, Industry and Energy' },
  { name: 'Narendra Modi', country: 'IN', title: 'Prime Minister of India' },
  { name: 'Piyush Goyal', country: 'IN', title: 'Minister of Commerce and Industry' },
  { name: 'Keir Starmer', country: 'GB', title: 'Prime Minister of the United Kingdom' },
  { name: 'Jonathan Reynolds', country: 'GB', title: 'Secretary of State for Business and Trade' },
  { name: 'Ursula von der Leyen', country: 'EU', title: 'President of the European Commission' },
  { name: 'Maroš Šefčovič', country: 'EU', title: 'European Commissioner for Trade' },
  { name: 'António Costa', country: 'EU', title: 'President of the European Council' },
  { name: 'Mark Carney', country: 'CA', title: 'Prime Minister of Canada' },
  { name: 'Dominic LeBlanc', country: 'CA', title: 'Minister responsible for Canada–U.S. Trade' },
  { name: 'Claudia Sheinbaum', country: 'MX', title: 'President of Mexico' },
  { name: 'Marcelo Ebrard', country: 'MX', title: 'Secretary of Economy of Mexico' },
  { name: 'Anthony Albanese', country: 'AU', title: 'Prime Minister of Australia' },
  { name: 'Don Farrell', country: 'AU', title: 'Minister for Trade and Tourism' },
  { name: 'Prabowo Subianto', country: 'ID', title: 'President of Indonesia' },
  { name: 'Airlangga Hartarto', country: 'ID', title: 'Coordinating Minister for Economic Affairs' },
  { name: 'Anwar Ibrahim', country: 'MY', title: 'Prime Minister of Malaysia' },
  { name: 'Ferdinand Marcos Jr.', country: 'PH', title: 'President of the Philippines' },
  { name: 'Hun Manet', country: 'KH', title: 'Prime Minister of Cambodia' },
  { name: 'Luiz Inácio Lula da Silva', country: 'BR', title: 'President of Brazil' },
  { name: 'Friedrich Merz', country: 'DE', title: 'Chancellor of Germany' },
  { name: 'Emmanuel Macron', country: 'FR', title: 'President of France' },
];
