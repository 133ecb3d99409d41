// Placeholder: the ingest-facts branch supplies the extractor.
import type { AnalyzedArticle, ExtractedDeployment } from './types.js';

export function extractDeployments(_a: AnalyzedArticle): ExtractedDeployment[] {
  return [];
}
