// Within one article: details told apart from the act they belong to (a killing, an attack with no toll, a
// deployment, at the same place and on the same days as a shelling, a battle or an attack) fold into it.
import type { EventFeature } from '../../shared/schema.ts';
import { describeEvent } from './summary.ts';

/**
 * "Tanks shelled Homs on Monday ... the shelling killed at least 20": a killing told apart from the act that
 * caused it (an attack at the same place and on the same days as a shelling or a battle) is that act's toll,
 * not a second event; "the district came under attack" with no toll is a detail of that act.
 */
export function absorbBareKillings(events: EventFeature[]): EventFeature[] {
  const specific = (e: EventFeature): boolean =>
    e.properties.event_type === 'Explosions/Remote violence' || e.properties.event_type === 'Battles';
  const violent = (e: EventFeature): boolean => specific(e) || e.properties.event_type === 'Violence against civilians';
  const samePlaceAndDays = (a: EventFeature, b: EventFeature): boolean =>
    a.properties.geo_precision === b.properties.geo_precision &&
    JSON.stringify(a.properties.place) === JSON.stringify(b.properties.place) &&
    a.properties.date_start !== null && a.properties.date_start === b.properties.date_start && a.properties.date_end === b.properties.date_end;
  return events.filter((e) => {
    const p = e.properties;
    // "Troops and tanks poured into Deraa" on the day they killed 18 there: the deployment is that act's.
    if (p.event_type === 'Strategic developments' && p.sub_event_type === 'Other' && !p.fatalities) {
      const act = events.find((h) => h !== e && violent(h) && samePlaceAndDays(h, e));
      if (act) act.properties.sources = [...act.properties.sources, ...p.sources];
      return !act;
    }
    if (p.event_type !== 'Violence against civilians' || p.sub_event_type !== 'Attack') return true;
    // A toll moves only to an act that has none; an attack with no toll ("came under attack") is a detail.
    const host = events.find((h) => h !== e && specific(h) && !(p.fatalities && h.properties.fatalities) && samePlaceAndDays(h, e));
    if (!host) return true;
    host.properties.fatalities = host.properties.fatalities ?? p.fatalities;
    host.properties.injured = host.properties.injured ?? p.injured;
    host.properties.sources = [...host.properties.sources, ...p.sources];
    host.properties.actors = [...new Set([...host.properties.actors, ...p.actors])];
    if (p.victims?.length) host.properties.victims = [...new Set([...(host.properties.victims ?? []), ...p.victims])];
    host.properties.summary = describeEvent(host.properties);
    return false;
  });
}
