// The values passed between pipeline stages. Each stage is a pure function from one of these to the next.

/** Metadata from YAML front matter (or HTML <head>), normalised; unknown keys are kept in `extra`. */
export interface DocumentMeta {
  title: string | null;
  /** ISO date as written in the front matter (`2021-03-01`), or null. */
  date: string | null;
  url: string | null;
  kind: string | null;
  extra: Record<string, unknown>;
}

/** A document as read from disk (stage 01). */
export interface SourceDocument {
  /** Path relative to its input folder, forward slashes; also the `doc` of every evidence item. */
  file: string;
  /** The decoded file content. Every offset in the pipeline points into this string. */
  raw: string;
  /**
   * Same length as `raw`: front matter, HTML markup, scripts, styles and navigation replaced by spaces
   * (entities by their character padded with spaces), so that an offset into `text` is an offset into `raw`.
   */
  text: string;
  meta: DocumentMeta;
}

/** What the per-document stages read of a document: everything but `raw`. */
export type DocumentText = Omit<SourceDocument, "raw">;

/** What the corpus-wide stages keep of a document (evidence, the store): everything but `text`. */
export type HeldDocument = Omit<SourceDocument, "text">;

/** A file that was not built, and why; the build goes on without it. */
export interface LoadWarning {
  file: string;
  reason: string;
}

export interface LoadOptions {
  /** Files larger than this are skipped with a warning. Default 5 MB. */
  maxBytes: number;
}

export interface LoadResult<T = SourceDocument> {
  documents: T[];
  warnings: LoadWarning[];
}
