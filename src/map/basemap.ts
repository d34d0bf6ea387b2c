import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** What Natural Earth says about a country: its short English name ("Tajikistan"). */
export interface CountryProperties {
  name: string;
}

/** One country's outline, with its ISO 3166 numeric code as `id` when Natural Earth has one. */
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

/** The countries to fill and the borders between them to stroke. */
export interface Basemap {
  countries: CountryFeature[];
  /** Land borders only: each shared edge once, coastlines left out. */
  borders: MultiLineString;
}

/** The shape of the world-atlas countries file. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/** Converts the world-atlas TopoJSON into GeoJSON features and one border mesh. */
export function basemapFromTopology(topology: CountriesTopology): Basemap {
  const object = topology.objects.countries;
  const collection = feature(topology, object);
  // Natural Earth has a few features without a name or an outline (disputed areas); they have
  // nothing to label, so they are dropped rather than drawn as anonymous shapes.
  const countries = collection.features.filter((f): f is CountryFeature => !!f.geometry && typeof f.properties?.name === 'string');
  const borders = mesh(topology, object, (a, b) => a !== b);
  return { countries, borders };
}

let pending: Promise<Basemap> | undefined;

/**
 * Loads the Natural Earth 1:50m countries once. The file is imported dynamically so it becomes
 * its own chunk, served from the app's origin and fetched only when a map is shown.
 */
export function loadBasemap(): Promise<Basemap> {
  pending ??= import('world-atlas/countries-50m.json')
    .then((m) => basemapFromTopology((m.default ?? m) as unknown as CountriesTopology))
    .catch((e: unknown) => {
      // Forget the failure so that the next map to mount tries again.
      pending = undefined;
      throw new Error(`The base map could not be loaded (${e instanceof Error ? e.message : String(e)}).`);
    });
  return pending;
}
