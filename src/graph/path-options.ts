// The path finder's options as people and embedding pages give them (relation kinds by name, nodes by key, ISO
// dates), their visible defaults and validation, and the edge classes the worker's kernel filters on.

import { describeValue } from "../schema/describe-value.ts";
import { ENTITY_KINDS, RELATION_KINDS } from "../schema/graph.ts";
import type { EntityKind, RelationKind } from "../schema/graph.ts";
import { partialDateRange } from "./visibility.ts";

/**
 * A rule rather than a kind: a path may not pass through a country by two memberships of it (Ana member of X, X,
 * Ben member of X), while one membership, at an end or beside another relation, stays usable.
 */
export const COUNTRY_DETOURS = "country-detours";

/**
 * What a path may not use: `"FUNDS"` (every FUNDS edge), `"MEMBER_OF:country"` (only the MEMBER_OF edges whose
 * target is an entity of that kind, such as membership of a country), or `"country-detours"` (see `COUNTRY_DETOURS`).
 */
export type ExcludedKind = RelationKind | `${RelationKind}:${EntityKind}` | typeof COUNTRY_DETOURS;

export interface PathSettings {
  excludeKinds: ExcludedKind[];
  /** Node keys a path may not pass through (the endpoints are always allowed). */
  avoid: string[];
  /** ISO dates as precise as wanted (`2021`, `2021-03`, `2021-03-01`); each bound covers its whole period. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Prefer well-evidenced edges (least total weight) over fewest hops. */
  weighted: boolean;
  /** How many shortest simple paths to list (Yen's algorithm); 1 lists only the shortest. */
  k: number;
}

/**
 * Detours through a country are left out by default: nearly everyone is a member of one, so with them most paths
 * would run through the largest country. The panel shows this as a ticked option that can be cleared.
 */
export const DEFAULT_EXCLUDED_KINDS: readonly ExcludedKind[] = Object.freeze([COUNTRY_DETOURS] as ExcludedKind[]);

export const MAX_K = 20;

export const DEFAULT_PATH_SETTINGS: Readonly<PathSettings> = Object.freeze({
  excludeKinds: DEFAULT_EXCLUDED_KINDS as ExcludedKind[],
  avoid: [] as string[],
  dateFrom: null,
  dateTo: null,
  weighted: false,
  k: 5,
});

/** Entity-kind slots per relation kind in an edge class: `class = relation index × 8 + target kind index`. */
const KIND_SLOTS = 8;

/** The kernel's edge class of an edge: its relation kind and the kind of its target, in one byte. */
export function edgeClass(relation: RelationKind, targetKind: EntityKind | string): number {
  const r = RELATION_KINDS.indexOf(relation);
  if (r < 0) throw new Error(`paths.options: unknown relation kind ${JSON.stringify(relation)}`);
  const t = ENTITY_KINDS.indexOf(targetKind as EntityKind);
  return r * KIND_SLOTS + (t < 0 ? KIND_SLOTS - 1 : t);
}

/** The edge classes an exclusion list leaves out altogether, ascending. */
export function excludedClasses(excluded: readonly ExcludedKind[]): number[] {
  const classes = new Set<number>();
  for (const item of excluded) {
    if (item === COUNTRY_DETOURS) continue;
    const [relation, target] = item.split(":") as [RelationKind, EntityKind | undefined];
    const base = RELATION_KINDS.indexOf(relation) * KIND_SLOTS;
    if (target === undefined) for (let t = 0; t < KIND_SLOTS; t++) classes.add(base + t);
    else classes.add(edgeClass(relation, target));
  }
  return [...classes].sort((a, b) => a - b);
}

/** The edge classes of which an exclusion list lets a path take only one in a row (the kernel's `noChainKinds`). */
export function noChainClasses(excluded: readonly ExcludedKind[]): number[] {
  return excluded.includes(COUNTRY_DETOURS) ? [edgeClass("MEMBER_OF", "country")] : [];
}

/** Whether `value` names a relation kind, a relation kind and a target entity kind, or `COUNTRY_DETOURS`. */
export function isExcludedKind(value: unknown): value is ExcludedKind {
  if (typeof value !== "string") return false;
  if (value === COUNTRY_DETOURS) return true;
  const [relation, target, extra] = value.split(":");
  return (
    extra === undefined &&
    (RELATION_KINDS as readonly string[]).includes(relation) &&
    (target === undefined || (ENTITY_KINDS as readonly string[]).includes(target))
  );
}

/**
 * `["country-detours", "MEMBER_OF:country", "FUNDS"]` in a stable order (the rule first, then schema order, a plain
 * kind before its qualified forms).
 */
function sortExcluded(items: Iterable<ExcludedKind>): ExcludedKind[] {
  const rank = (item: string) => {
    if (item === COUNTRY_DETOURS) return -1;
    const [relation, target] = item.split(":");
    return (
      RELATION_KINDS.indexOf(relation as RelationKind) * 10 +
      (target ? 1 + ENTITY_KINDS.indexOf(target as EntityKind) : 0)
    );
  };
  return [...new Set(items)].sort((a, b) => rank(a) - rank(b));
}

const FIELDS: ReadonlySet<string> = new Set(Object.keys(DEFAULT_PATH_SETTINGS));

/**
 * Validates options from outside (the embedding API, the URL): fields left out keep `base` (the visible defaults),
 * a bad field keeps `base` too and adds an error such as `paths.options: unknown relation kind "FOO"`.
 * `hasNode`, when given, rejects avoided nodes the graph does not have.
 */
export function normalizePathSettings(
  partial: unknown,
  base: Readonly<PathSettings> = DEFAULT_PATH_SETTINGS,
  hasNode?: (key: string) => boolean,
): { settings: PathSettings; errors: string[] } {
  const errors: string[] = [];
  const settings: PathSettings = { ...base, excludeKinds: [...base.excludeKinds], avoid: [...base.avoid] };
  if (partial === undefined || partial === null) return { settings, errors };
  if (typeof partial !== "object" || Array.isArray(partial)) {
    return { settings, errors: [`paths.options: expected an object, got ${describeValue(partial)}`] };
  }
  const input = partial as Record<string, unknown>;
  for (const field of Object.keys(input)) {
    if (!FIELDS.has(field)) errors.push(`paths.options: unknown option ${JSON.stringify(field)}`);
  }

  if (input.excludeKinds !== undefined) {
    if (!Array.isArray(input.excludeKinds)) {
      errors.push(
        `paths.options: excludeKinds must be an array of relation kinds, got ${describeValue(input.excludeKinds)}`,
      );
    } else {
      const kinds: ExcludedKind[] = [];
      for (const item of input.excludeKinds) {
        // Relation kinds are upper case and entity kinds lower case in the schema; accept either case.
        const fixed =
          typeof item === "string" && item.toLowerCase() !== COUNTRY_DETOURS
            ? item
                .split(":")
                .map((part, i) => (i === 0 ? part.toUpperCase() : part.toLowerCase()))
                .join(":")
            : typeof item === "string"
              ? item.toLowerCase()
              : item;
        if (isExcludedKind(fixed)) kinds.push(fixed);
        else
          errors.push(
            `paths.options: unknown relation kind ${describeValue(item)} (use e.g. "FUNDS", "MEMBER_OF:country" or "country-detours")`,
          );
      }
      settings.excludeKinds = sortExcluded(kinds);
    }
  }

  if (input.avoid !== undefined) {
    const list = typeof input.avoid === "string" ? [input.avoid] : input.avoid;
    if (!Array.isArray(list)) {
      errors.push(`paths.options: avoid must be an array of node keys, got ${describeValue(input.avoid)}`);
    } else {
      const avoid = new Set<string>();
      for (const key of list) {
        if (typeof key !== "string" || key === "")
          errors.push(`paths.options: avoid holds ${describeValue(key)}, not a node key`);
        else if (hasNode && !hasNode(key))
          errors.push(`paths.options: no entity with key ${describeValue(key)} to avoid`);
        else avoid.add(key);
      }
      settings.avoid = [...avoid].sort();
    }
  }

  for (const field of ["dateFrom", "dateTo"] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null || (typeof value === "string" && partialDateRange(value) !== null)) settings[field] = value;
    else
      errors.push(`paths.options: ${field} ${describeValue(value)} is not an ISO date (2021, 2021-03 or 2021-03-01)`);
  }
  if (settings.dateFrom !== null && settings.dateTo !== null) {
    if (partialDateRange(settings.dateFrom)!.start > partialDateRange(settings.dateTo)!.end) {
      errors.push(`paths.options: dateFrom ${settings.dateFrom} is after dateTo ${settings.dateTo}; swapped them`);
      [settings.dateFrom, settings.dateTo] = [settings.dateTo, settings.dateFrom];
    }
  }

  if (input.weighted !== undefined) {
    if (typeof input.weighted === "boolean") settings.weighted = input.weighted;
    else errors.push(`paths.options: weighted must be true or false, got ${describeValue(input.weighted)}`);
  }
  if (input.k !== undefined) {
    if (Number.isSafeInteger(input.k) && (input.k as number) >= 1 && (input.k as number) <= MAX_K) {
      settings.k = input.k as number;
    } else errors.push(`paths.options: k must be a whole number from 1 to ${MAX_K}, got ${describeValue(input.k)}`);
  }
  return { settings, errors };
}

/** `2021-03` → the first millisecond of March 2021 (UTC). */
export function periodStartMs(iso: string): number {
  const [y, m = "1", d = "1"] = iso.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** `2021-03` → the last millisecond of March 2021 (UTC). */
export function periodEndMs(iso: string): number {
  const [y, m, d] = iso.split("-");
  if (m === undefined) return Date.UTC(Number(y) + 1, 0, 1) - 1;
  if (d === undefined) return Date.UTC(Number(y), Number(m), 1) - 1;
  return Date.UTC(Number(y), Number(m) - 1, Number(d) + 1) - 1;
}

/** Whether two settings ask the same question. */
export function samePathSettings(a: PathSettings, b: PathSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
