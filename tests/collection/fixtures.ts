import type { RawSource } from '../../src/ingest/checkSources';

/** A new article about a meeting in Bishkek, in the seed articles' form; its facts are read off the text. */
export const BISHKEK_ARTICLE = [
  'CIS security chiefs meet in Bishkek',
  'BISHKEK, 12.04.2024 (Kabar) – On 11 April 2024, a meeting of the heads of security agencies of the CIS member states was held in Bishkek.',
  '',
  'Zarina Tokoeva, an adviser to the Kyrgyz delegation, said the participants discussed border security and the fight against terrorism. A message from E. Rahmon was read out.',
  '',
  'The participants recalled the SCO Convention on Countering Extremism, signed in Astana in 2017. They agreed to meet again in Karakol in 2025.',
  '',
].join('\n');

/** A file as the browser hands it to the ingest. */
export const fileOf = (name: string, text: string): RawSource => ({ name, bytes: new TextEncoder().encode(text) });
