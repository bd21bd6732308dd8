// A place in a YAML document and one problem there, as it reaches the user (the plan, an exercise script).
import type { YamlCheckKey } from './words-en.js';

export type { YamlCheckKey };

/** Keys and list indexes from the top of the document to a value. */
export type YamlPath = (string | number)[];

/** One problem, as it reaches the user: where (path, and line and column for YAML) and what. */
export interface YamlError {
  path: YamlPath;
  /** 1-based, for YAML input. */
  line?: number;
  /** 1-based, for YAML input. */
  column?: number;
  message: string;
}

/** Puts a shared key into words in the document's own catalogue and language. */
export type SayYaml = (
  key: YamlCheckKey | 'yaml.multiple_docs',
  params?: Record<string, string | number>,
) => string;

/** What a check reports before it is put into words: a path, a key of the document's catalogue and its parameters. */
export interface YamlProblem<Key extends string> {
  /** The value at fault; for a missing field, the field that should be there. */
  path: YamlPath;
  key: Key;
  params?: Record<string, string | number>;
  /** Parameters that are themselves words of the catalogue, put into the reader's language. */
  terms?: Record<string, Key>;
  /** Name the whole path as the location (the problem is about the item itself, not one of its fields). */
  whole?: boolean;
  /** Name the last item of the location by its number rather than by its id (two items share the id). */
  byNumber?: boolean;
  /** Point at the field's key rather than its value (an unknown field). */
  atKey?: boolean;
  /** Say only what is wrong, without naming the place (the whole document is at fault). */
  bare?: boolean;
}

/** Where a problem is, in words. */
export interface Location {
  /** The part of the document: "role 'legal'", "inject 'ransom_note'"; the document's name for a top field. */
  where: string;
  /** The field inside it, quoted as the YAML spells it: "'deputies' item 2"; empty when the path is the part. */
  field: string;
  /** The same without quotes, to stand before a quoted value: "email 'anna@example'". */
  name: string;
}
