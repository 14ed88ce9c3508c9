export { ingestFiles, articleId, type InputFile, type IngestResult } from './ingest.ts';
export { MAX_ARTICLE_BYTES, decodeArticle, firstInvalidUtf8 } from './decode.ts';
export { splitFrontMatter, type FrontMatter } from './frontmatter.ts';
export { removeBoilerplate, type CleanedText } from './boilerplate.ts';
export { pickTitle } from './title.ts';
export { inferPublished, type Published, type PublishedInput } from './published.ts';
export { splitSentences } from './sentences.ts';
export { findDates, type DateMention } from './dates.ts';
