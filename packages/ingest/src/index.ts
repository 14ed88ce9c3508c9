export { Ingest, ingestFiles, articleId, byPath, type InputFile, type IngestResult, type IngestOptions } from './ingest.ts';
export { MAX_ARTICLE_BYTES, decodeArticle, firstInvalidUtf8, tooLarge } from './decode.ts';
export { EARLIEST_PUBLISHED, outsideWindow, todayUtc } from './window.ts';
export { splitFrontMatter, type FrontMatter } from './frontmatter.ts';
export { removeBoilerplate, type CleanedText } from './boilerplate.ts';
export { pickTitle } from './title.ts';
export { inferPublished, type Published, type PublishedInput } from './published.ts';
export { splitSentences, MAX_SENTENCE_CHARS } from './sentences.ts';
export { findDates, type DateMention } from './dates.ts';
