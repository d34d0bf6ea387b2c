import './zodConfig';
import { z } from 'zod';
import { slugSchema } from './knowledgeSchema';

/** The version of the gazetteer table's format. */
export const GAZETTEER_VERSION = 1;

/** A state the table's places lie in, with the words an article names it by. */
export const gazetteerCountrySchema = z.object({
  /** ISO 3166-1 alpha-2, as GeoNames gives it. */
  iso: z.string().regex(/^[A-Z]{2}$/),
  /** The state entity id the knowledge file uses ("united-states"), or the slug of its English name. */
  id: slugSchema,
  name: z.string().min(1),
  /** Other names ("Kyrgyz Republic", "Кыргызстан"), which hint that the article is about the state. */
  names: z.array(z.string().min(1)).default([]),
  /** Adjectives ("Kyrgyz", "Russian"), which hint the same. */
  adjectives: z.array(z.string().min(1)).default([]),
});

const column = <T extends z.ZodType>(item: T) => z.array(item);

/**
 * The places, one column per field so that the table stays small and quick to check. Row i of
 * every column is place i; `ascii` is "" where it equals `name`, and `alternates` holds the other
 * names separated by "|", "" for none.
 */
export const gazetteerPlacesSchema = z.object({
  name: column(z.string().min(1)),
  ascii: column(z.string()),
  alternates: column(z.string()),
  /** Index into `countries`. */
  country: column(z.number().int().min(0)),
  lat: column(z.number().min(-90).max(90)),
  lon: column(z.number().min(-180).max(180)),
  population: column(z.number().int().min(0)),
});

/** The gazetteer table `npm run build:gazetteer` cuts from GeoNames (public/data/gazetteer.json). */
export const gazetteerSchema = z
  .object({
    version: z.literal(GAZETTEER_VERSION),
    /** The licence notice GeoNames asks for. */
    attribution: z.string().min(1),
    /** Which places were kept, in words. */
    cut: z.string().min(1),
    countries: z.array(gazetteerCountrySchema),
    /** Continents and regions that are never read as a place, though GeoNames has towns of the name ("Asia"). */
    notPlaces: z.array(z.string().min(1)),
    places: gazetteerPlacesSchema,
  })
  .superRefine((table, ctx) => {
    const n = table.places.name.length;
    for (const [key, values] of Object.entries(table.places)) {
      if (values.length !== n) ctx.addIssue({ code: 'custom', path: ['places', key], message: `has ${values.length} rows where name has ${n}` });
    }
    const bad = table.places.country.findIndex((c) => c >= table.countries.length);
    if (bad >= 0) ctx.addIssue({ code: 'custom', path: ['places', 'country', bad], message: 'names no country of the table' });
  });

/** A validated gazetteer table. */
export type GazetteerTable = z.infer<typeof gazetteerSchema>;
/** One state of the table. */
export type GazetteerCountry = z.infer<typeof gazetteerCountrySchema>;
